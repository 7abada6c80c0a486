#include "support/support.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

namespace quire::test {

namespace fs = std::filesystem;

fs::path source_root() { return QUIRE_SOURCE_ROOT; }
fs::path test_file(const std::string& relative) { return source_root() / "tests" / relative; }
fs::path western_bay() { return source_root() / "examples" / "domain-western-bay-2019" / "inspection.yaml"; }

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("quire-test-" + std::to_string(rd()) + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& name, const std::string& contents) const {
  const fs::path p = path_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << contents;
  return p;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  BOOST_REQUIRE_MESSAGE(in, "cannot read " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& minimal_fixture() {
  static const std::string text = slurp(test_file("fixtures/minimal.yaml"));
  return text;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks '" << from << "'");
  return text.replace(at, from.size(), to);
}

int line_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "text lacks '" << needle << "'");
  int line = 1;
  for (std::size_t i = 0; i < at; ++i)
    if (text[i] == '\n') ++line;
  return line;
}

bool has_diagnostic(const Diagnostics& diags, const std::string& code, int line, int column) {
  for (const auto& d : diags.all())
    if (d.code == code && (line == 0 || d.pos.line == line) && (column == 0 || d.pos.column == column)) return true;
  return false;
}

std::string dump(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.all()) out += "\n  " + format_diagnostic(d);
  return out.empty() ? "(no diagnostics)" : out;
}

CommandResult run_quire(const std::string& arguments, const std::string& prefix) {
  TempDir capture;
  const fs::path out = capture.path() / "stdout", err = capture.path() / "stderr";
  const std::string command = prefix + " '" + QUIRE_BINARY + "' " + arguments + " >'" + out.string() + "' 2>'" +
                              err.string() + "' </dev/null";
  const int status = std::system(command.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace quire::test
