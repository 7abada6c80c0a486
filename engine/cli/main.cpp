// quire: renders youth-offending inspection reports from an inspection's data.
#include <exception>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"

int main(int argc, char** argv) {
  using namespace quire::cli;
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  std::string error;
  const auto args = parse_arguments(arguments, error);
  if (!args) {
    std::cerr << "quire: " << error << "\n\n" << usage(arguments.empty() ? "" : arguments[0]);
    return kBadInput;
  }
  try {
    return run_command(*args);
  } catch (const std::exception& e) {
    std::cerr << "quire: internal error: " << e.what() << "\n";
    return kInternalFailure;
  }
}
