// The rule vocabulary every family's rules file shares: rating bands and where each rule comes from.
#pragma once

#include <string>

namespace quire {

// A lower bound: scores at or above `minimum` (and below the band above) get `rating`.
struct Band {
  std::string rating;
  int minimum = 0;
};

// A rule and where it comes from: "reference", "published" or "inferred", and the evidence.
struct Provenance {
  std::string status;
  std::string evidence;
};

}  // namespace quire
