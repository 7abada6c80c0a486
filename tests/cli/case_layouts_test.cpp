// Issue 18: the case tool's export as it comes. A case file with one row per case and a column per
// question scores exactly as the same answers one row per answer.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <vector>

#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// Each example folder with a case file (one row per answer, as the examples keep them).
std::vector<fs::path> examples_with_cases() {
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(test::source_root() / "examples"))
    if (fs::exists(entry.path() / "cases.csv")) found.push_back(entry.path());
  std::sort(found.begin(), found.end());
  return found;
}

// "yes" -> "Yes", "YES" or "yes" in turn: the tool's capitalisation is not the file's concern.
std::string spelled(const std::string& answer, std::size_t n) {
  std::string out = answer;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (n % 3 == 1 ? i == 0 : n % 3 == 2) out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
  return out;
}

// The same answers as Excel would save the wide export: a byte-order mark, CRLF, quoted case ids,
// one column per question in the order first met, a blank cell where a case has no answer.
std::string to_wide(const std::string& long_csv) {
  std::istringstream in(long_csv);
  std::string line;
  std::getline(in, line);  // case,question,answer
  std::vector<std::string> cases, questions;
  std::map<std::pair<std::string, std::string>, std::string> answers;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto first = line.find(','), second = line.find(',', first + 1);
    const std::string c = line.substr(0, first), q = line.substr(first + 1, second - first - 1);
    if (std::find(cases.begin(), cases.end(), c) == cases.end()) cases.push_back(c);
    if (std::find(questions.begin(), questions.end(), q) == questions.end()) questions.push_back(q);
    answers[{c, q}] = line.substr(second + 1);
  }
  std::string out = "\xEF\xBB\xBF" "case";
  for (const auto& q : questions) out += "," + q;
  out += "\r\n";
  std::size_t n = 0;
  for (const auto& c : cases) {
    out += "\"" + c + "\"";
    for (const auto& q : questions) {
      const auto it = answers.find({c, q});
      out += "," + (it == answers.end() ? std::string() : spelled(it->second, n++));
    }
    out += "\r\n";
  }
  return out;
}

// A copy of an example folder, with its case file replaced by `cases`.
fs::path copy_with_cases(const fs::path& example, const test::TempDir& dir, const std::string& cases) {
  const fs::path copy = dir.path() / example.filename();
  fs::copy(example, copy, fs::copy_options::recursive);
  dir.write((example.filename() / "cases.csv").string(), cases);
  return copy / "inspection.yaml";
}

}  // namespace

BOOST_AUTO_TEST_CASE(both_layouts_of_every_examples_cases_give_identical_scores) {
  const auto examples = examples_with_cases();
  BOOST_TEST_REQUIRE(examples.size() >= 3u);
  for (const auto& example : examples) {
    BOOST_TEST_CONTEXT(example.filename().string()) {
      test::TempDir as_written, wide;
      const std::string cases = test::slurp(example / "cases.csv");
      const auto a = test::run_quire("score --json " + quoted(copy_with_cases(example, as_written, cases)));
      const auto b = test::run_quire("score --json " + quoted(copy_with_cases(example, wide, to_wide(cases))));
      BOOST_TEST(a.exit_code == 0, a.err);
      BOOST_TEST(b.exit_code == 0, b.err);
      const auto long_scores = test::parse_json(a.out), wide_scores = test::parse_json(b.out);
      BOOST_TEST(long_scores.at("cases_examined").get<int>() > 0);
      BOOST_TEST(long_scores == wide_scores, "one row per answer:\n" << a.out << "\none row per case:\n" << b.out);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_wide_column_naming_no_question_of_the_rules_is_reported_once_at_its_header) {
  test::TempDir dir;
  const fs::path example = test::source_root() / "examples" / "domain-western-bay-2019";
  std::string cases = to_wide(test::slurp(example / "cases.csv"));
  cases = test::replace_once(cases, ",3.1.2,", ",3.1.9,");
  const auto input = copy_with_cases(example, dir, cases);
  const auto r = test::run_quire("validate " + quoted(input));
  BOOST_TEST(r.exit_code == 2);
  const std::string at = (input.parent_path() / "cases.csv").string() + ":1:12: error: '3.1.9' is not a case-based key question";
  BOOST_TEST(r.err.find(at) != std::string::npos, r.err);
  BOOST_TEST(r.err.find("did you mean") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("'3.1.9'") == r.err.rfind("'3.1.9'"), "reported once, not once per case:\n" << r.err);
}
