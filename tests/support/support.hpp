// Helpers shared by the test programs: paths, temporary folders, running the CLI.
#pragma once

#include <filesystem>
#include <string>

#include "base/diagnostics.hpp"

namespace quire::test {

// The source tree (holding data/, templates/, examples/, tests/).
std::filesystem::path source_root();
// A path under tests/.
std::filesystem::path test_file(const std::string& relative);
// The Western Bay example's inspection.yaml.
std::filesystem::path western_bay();

// A fresh folder removed when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes a file in the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& contents) const;

 private:
  std::filesystem::path path_;
};

// tests/fixtures/minimal.yaml, read once on first use (never during static initialisation,
// before Boost.Test is ready to report a failure).
const std::string& minimal_fixture();
// Reads a whole file.
std::string slurp(const std::filesystem::path& path);
// `text` with the first occurrence of `from` replaced by `to`; fails the test when absent.
std::string replace_once(std::string text, const std::string& from, const std::string& to);
// 1-based line of the first occurrence of `needle` in `text`.
int line_of(const std::string& text, const std::string& needle);

// Whether some diagnostic has this code (and, when given, line and column).
bool has_diagnostic(const Diagnostics& diags, const std::string& code, int line = 0, int column = 0);
// Every diagnostic, formatted, for failure messages.
std::string dump(const Diagnostics& diags);

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs the quire binary with `arguments` (already shell-quoted as needed), optionally behind a
// prefix such as "timeout 30".
CommandResult run_quire(const std::string& arguments, const std::string& prefix = "");

}  // namespace quire::test
