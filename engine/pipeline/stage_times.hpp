// Wall time spent in each stage of one render, for the benchmarks in bench/ (QUIRE_TIMINGS=1
// makes `quire render` print them). Measuring costs two clock reads per stage.
#pragma once

#include <chrono>
#include <string>

namespace quire {

struct StageTimes {
  double prepare_ms = 0;   // load + validate + score
  double markdown_ms = 0;  // templates -> Markdown
  double layout_ms = 0;    // Markdown -> document model -> layout
  double write_ms = 0;     // PDF (or HTML) bytes
  double output_ms = 0;    // writing the file atomically

  // "prepare 12.1 ms, markdown 3.0 ms, layout 20.4 ms, write 15.2 ms, output 0.3 ms"
  std::string summary() const;
};

// Adds the time from its construction to its destruction to `slot`; does nothing without one.
class StageTimer {
 public:
  explicit StageTimer(double* slot) : slot_(slot), start_(std::chrono::steady_clock::now()) {}
  ~StageTimer() {
    if (slot_) *slot_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  double* slot_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace quire
