#include "pipeline/stage_times.hpp"

#include <cstdio>

namespace quire {

std::string StageTimes::summary() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "prepare %.2f ms, markdown %.2f ms, layout %.2f ms, write %.2f ms, output %.2f ms",
                prepare_ms, markdown_ms, layout_ms, write_ms, output_ms);
  return buf;
}

}  // namespace quire
