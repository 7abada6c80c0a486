// The CLI's commands: each runs the pipeline and turns its outcome into an exit code.
#pragma once

#include "cli/args.hpp"

namespace quire::cli {

// Runs the parsed command; returns the process exit code.
int run_command(const Arguments& args);
// `quire translations export|import`.
int run_translations(const Arguments& args);

}  // namespace quire::cli
