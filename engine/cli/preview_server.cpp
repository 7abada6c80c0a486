// quire-serve's side of `quire serve`: runs the preview server in this process.
#include <iostream>

#include "cli/preview.hpp"
#include "serve/serve.hpp"

namespace quire::cli {

int run_preview(const Arguments& args, const Options& options) {
  std::string error;
  if (serve::run(serve::Settings{args.input, args.port, options}, std::cout, error)) return kSuccess;
  std::cerr << "quire: " << error << "\n";
  return kBadInput;
}

}  // namespace quire::cli
