#include "base/percent.hpp"

#include <cstdio>

namespace quire {

double Fraction::percent() const {
  return defined() ? 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator) : 0.0;
}

int Fraction::rounded_percent() const {
  if (!defined()) return 0;
  // floor((200n + d) / 2d) is 100n/d rounded half up, in integers.
  return static_cast<int>((200 * numerator + denominator) / (2 * denominator));
}

std::string Fraction::exact_str() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", percent());
  return str() + " = " + buf + "%";
}

std::string Fraction::str() const { return std::to_string(numerator) + "/" + std::to_string(denominator); }

bool at_least_percent(const Fraction& f, int threshold_percent) {
  return f.defined() && 100 * f.numerator >= static_cast<std::int64_t>(threshold_percent) * f.denominator;
}

}  // namespace quire
