// The adversarial corpus (tests/adversarial/cases/*/): each broken or hostile input must give its
// expected exit code and message, within a time limit, without crashing, and without writing or
// touching the output file.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  int exit_code = 0;
  std::string message;
};

Expectation read_expectation(const fs::path& file) {
  Expectation e;
  std::istringstream in(test::slurp(file));
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("exit: ", 0) == 0) e.exit_code = std::stoi(line.substr(6));
    if (line.rfind("message: ", 0) == 0) e.message = line.substr(9);
    if (line == "message:") e.message.clear();
  }
  return e;
}

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_adversarial_input_fails_cleanly_or_renders) {
  const fs::path corpus = test::test_file("adversarial/cases");
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    const std::string name = entry.path().filename().string();
    BOOST_TEST_CONTEXT("adversarial case " << name) {
      const Expectation expect = read_expectation(entry.path() / "expect");
      test::TempDir dir;
      fs::copy(entry.path(), dir.path(), fs::copy_options::recursive);
      const std::string sentinel = "an earlier report that must survive\n";
      const fs::path output = dir.write("report.md", sentinel);
      const auto before = names_in(dir.path());
      // `timeout` turns a hang into exit 124; -k makes sure nothing outlives the limit.
      const auto r = test::run_quire("render '" + (dir.path() / "inspection.yaml").string() + "' -o '" +
                                     output.string() + "'", "timeout -k 5 30");
      BOOST_TEST(r.exit_code == expect.exit_code, "exit " << r.exit_code << "; stderr:\n" << r.err);
      BOOST_TEST(r.err.find(expect.message) != std::string::npos,
                 "expected '" << expect.message << "' in stderr:\n" << r.err);
      BOOST_TEST(names_in(dir.path()) == before, "no file may be created or left behind");
      if (expect.exit_code != 0) BOOST_TEST(test::slurp(output) == sentinel);
      if (expect.exit_code == 0) BOOST_TEST(test::slurp(output) != sentinel);
    }
    ++cases;
  }
  BOOST_TEST(cases >= 100);
}
