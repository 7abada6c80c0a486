// cli/: argument parsing and exit codes only; the work is done by pipeline/.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace quire::cli {

// Exit codes: the contract scripts rely on.
enum ExitCode { kSuccess = 0, kInternalFailure = 1, kBadInput = 2 };

struct Arguments {
  std::string command;  // render, validate, score, serve, new
  std::string input;                // the first of `inputs`
  std::vector<std::string> inputs;  // render: one file, or folders of inspections (a batch)
  std::string output;
  std::string language = "en";         // the last --lang given
  std::vector<std::string> languages;  // every --lang given, in order (a batch renders each)
  std::string formats;                 // render of folders: --to, e.g. "pdf,md,html"
  std::string rules;                   // new: --rules NAME
  std::string area;                    // new: --area NAME
  std::string root;
  bool draft = false;
  bool json = false;
  bool help = false;
  int port = 8080;  // serve: the loopback port (0: any free one)
  // translations: "export" or "import", its files in order (INPUT; or FILE.xlf INPUT), the language
  // translated into (--to), and for the label catalogue, --labels LANG.
  std::string action;
  std::vector<std::string> files;
  std::string to;
  std::string labels;
};

// Parses `quire translations export|import ...` (argv without the command's own word).
std::optional<Arguments> parse_translations(const std::vector<std::string>& argv, std::string& error);

// Parses argv; on a usage error returns nothing and sets `error`.
std::optional<Arguments> parse_arguments(const std::vector<std::string>& argv, std::string& error);

// The usage text for the tool, or for one command.
std::string usage(const std::string& command);

}  // namespace quire::cli
