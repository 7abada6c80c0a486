// Exact fractions and the one rounding rule reports use: whole percentages, half up.
#pragma once

#include <cstdint>
#include <string>

namespace quire {

// numerator/denominator kept exact; only display rounds.
struct Fraction {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;

  bool defined() const { return denominator > 0; }
  // The exact percentage as a double, for comparisons against band edges stated in whole percent.
  double percent() const;
  // The whole percentage a report prints: 100 * n / d rounded half up.
  int rounded_percent() const;
  // "20/31".
  std::string str() const;
  // "35/54 = 64.8%": the fraction and its percentage to one decimal place, for a message that
  // sets the exact figure beside the printed, rounded one (which "35/54 = 65%" would repeat).
  std::string exact_str() const;
};

// True when exact * 100 >= threshold_percent, compared without floating-point error.
bool at_least_percent(const Fraction& f, int threshold_percent);

}  // namespace quire
