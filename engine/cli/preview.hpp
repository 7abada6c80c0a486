// `quire serve`: the live preview. The HTTP server (and the TLS and compression libraries its
// HTTP library brings) lives in a second program, quire-serve, so that `quire render`, run many
// times a day, does not pay for loading them at every start (about 3.5 ms of a 40 ms render).
#pragma once

#include "cli/args.hpp"
#include "pipeline/pipeline.hpp"

namespace quire::cli {

// Serves the preview until stopped; returns the process exit code. In quire it hands the command
// to quire-serve beside it; in quire-serve it runs the server.
int run_preview(const Arguments& args, const Options& options);

}  // namespace quire::cli
