// Limits on what an input file may ask of the parser, checked before parsing: size, nesting depth
// and alias use (the "billion laughs" shape). yaml-cpp recurses per nesting level and an alias makes
// one node reachable many times, so both are bounded here with clear messages.
#pragma once

#include <cstddef>
#include <string>

#include "base/diagnostics.hpp"

namespace quire::load_detail {

struct InputLimits {
  std::size_t max_bytes = 16u << 20;  // 16 MiB: a large report's data is well under 1 MiB
  int max_depth = 64;                 // nested maps and lists
  int max_aliases = 100;              // *alias uses in one file
};

// Reports each exceeded limit at its position; returns whether the file is within all of them.
bool check_input_limits(const std::string& file, const std::string& source, const InputLimits& limits,
                        Diagnostics& diags);

}  // namespace quire::load_detail
