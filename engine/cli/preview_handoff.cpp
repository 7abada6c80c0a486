// quire's side of `quire serve`: replaces this process with quire-serve, found beside quire,
// giving it the same command, so the caller (a terminal, a test harness) keeps the same process.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/preview.hpp"

namespace quire::cli {

namespace {

std::filesystem::path server_beside_this_program() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return (ec ? std::filesystem::path(".") : self.parent_path()) / "quire-serve";
}

std::vector<std::string> serve_command(const Arguments& args) {
  std::vector<std::string> words{"quire-serve", "serve", args.input, "--port", std::to_string(args.port)};
  if (!args.root.empty()) words.insert(words.end(), {"--root", args.root});
  return words;
}

}  // namespace

int run_preview(const Arguments& args, const Options&) {
  const auto server = server_beside_this_program();
  std::vector<std::string> words = serve_command(args);
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::cout.flush();
  ::execv(server.c_str(), argv.data());
  std::cerr << "quire: cannot start the preview server " << server << ": " << std::strerror(errno)
            << " (it is built beside quire: cmake --build build)\n";
  return kInternalFailure;
}

}  // namespace quire::cli
