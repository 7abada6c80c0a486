// `quire render DIR... -o OUTDIR`: a whole programme in one command. Every inspection under the
// folders is rendered by a small pool of threads (one report per thread at a time; a report's
// own render is unchanged), and every problem is printed once, in one summary, at the end.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "pipeline/pipeline.hpp"

namespace quire::cli {

// Whether `render`'s arguments ask for a batch: several inputs, or a folder.
bool is_batch(const Arguments& args);

// One inspection of a batch: its file and the name its outputs take (its folder's name).
struct BatchItem {
  std::filesystem::path input;
  std::string name;
};

// The inspections under `inputs` (folders searched at any depth for inspection.yaml, or files
// named directly), in a stable order. Reports, and returns nothing for, a folder holding none or
// two inspections whose outputs would share a name.
std::optional<std::vector<BatchItem>> find_inspections(const std::vector<std::string>& inputs, std::string& error);

// Output file name for an inspection in one edition and format: NAME.EXT, or NAME.LANG.EXT
// (cy,en -> NAME.cy-en.EXT) when the batch makes more than one edition.
std::string output_name(const std::string& name, const std::string& language, const std::string& format,
                        bool several_editions);

// Runs the batch; returns the process exit code.
int run_batch(const Arguments& args, const Options& options);

}  // namespace quire::cli
