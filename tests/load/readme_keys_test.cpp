// The README's reference to the inspection data (its "Writing an inspection's data" section) against
// the loader: every key or closed-vocabulary word it names must be one the loader accepts, and every
// key the loader accepts in the examples must be named there. Issue 16 found the FJI call-out kinds
// and the moderation key documented wrongly; this is what keeps the README honest.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

// Words in the reference that are not YAML keys: the case CSV's header and answers, which its own
// reader takes (load/case_csv.cpp).
const std::set<std::string> kNotKeys = {"case", "question", "answer", "yes", "no"};

// The README's section on the inspection data, up to the list of what `validate` checks.
std::string data_reference() {
  const std::string readme = test::slurp(test::source_root() / "README.md");
  const auto from = readme.find("## Writing an inspection's data");
  const auto to = readme.find("What `validate` checks", from);
  BOOST_REQUIRE(from != std::string::npos && to != std::string::npos);
  return readme.substr(from, to - from);
}

// The words the reference names as keys or values: the keys of its YAML example, and every
// identifier inside `code` spans (paths and file names left out).
std::set<std::string> documented_words(const std::string& text) {
  std::set<std::string> words;
  std::istringstream lines(text);
  std::string line;
  bool in_fence = false;
  const std::regex yaml_key(R"(^\s*(?:-\s+)?([a-z_][a-z0-9_]*):)");
  const std::regex identifier(R"([a-z0-9][a-z0-9_-]*)");
  while (std::getline(lines, line)) {
    if (line.rfind("```", 0) == 0) {
      in_fence = !in_fence;
      continue;
    }
    std::smatch m;
    if (in_fence) {
      if (std::regex_search(line, m, yaml_key)) words.insert(m[1]);
      continue;
    }
    for (std::size_t open = line.find('`'); open != std::string::npos; open = line.find('`', open + 1)) {
      const std::size_t close = line.find('`', open + 1);
      if (close == std::string::npos) break;
      std::istringstream pieces(line.substr(open + 1, close - open - 1));
      open = close;
      for (std::string piece; pieces >> piece;) {
        if (piece.find_first_of("/.[#") != std::string::npos) continue;  // a path, a file, a citation
        for (std::sregex_iterator it(piece.begin(), piece.end(), identifier), end; it != end; ++it)
          words.insert(it->str());
      }
    }
  }
  return words;
}

// What the loader accepts, over every example and the fixtures of each family.
// The rules files' names (`rules: fji-2013`): values the README may name, not keys it must.
std::set<std::string> rules_names() {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(test::source_root() / "data" / "rules"))
    names.insert(entry.path().stem().string());
  return names;
}

std::set<std::string> accepted_words() {
  std::set<std::string> words;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(test::source_root() / "examples"))
    files.push_back(entry.path() / "inspection.yaml");
  for (const auto& entry : fs::directory_iterator(test::test_file("fixtures")))
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  for (const auto& file : files) {
    Diagnostics d;
    const auto source = InspectionSource::open(file, d);
    if (!source) continue;
    const auto some = source->accepted_words();
    words.insert(some.begin(), some.end());
  }
  return words;
}

std::string listed(const std::set<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(issue16_every_key_the_readme_names_is_one_the_loader_accepts) {
  const auto accepted = accepted_words();
  BOOST_REQUIRE(accepted.count("effective_practice"));  // the examples reach the call-outs
  std::set<std::string> unknown;
  for (const auto& word : documented_words(data_reference()))
    if (!accepted.count(word) && !kNotKeys.count(word) && !rules_names().count(word)) unknown.insert(word);
  BOOST_TEST(unknown.empty(), "the README names keys the loader refuses: " << listed(unknown));
}

BOOST_AUTO_TEST_CASE(issue16_every_key_the_loader_accepts_is_in_the_readme) {
  const auto documented = documented_words(data_reference());
  std::set<std::string> missing;
  for (const auto& word : accepted_words())
    if (!documented.count(word)) missing.insert(word);
  BOOST_TEST(missing.empty(), "keys the loader accepts that the README does not name: " << listed(missing));
}

BOOST_AUTO_TEST_CASE(the_readme_check_finds_a_wrong_key) {
  // The check itself: the issue's wrong call-out kinds and moderation key are found.
  const auto words = documented_words("`{callout: example|comment|case|quote}` and `moderated` with its `reason`");
  for (const char* w : {"callout", "example", "comment", "quote", "moderated", "reason"})
    BOOST_TEST(words.count(w), w);
  const auto accepted = accepted_words();
  for (const char* w : {"example", "comment", "quote", "moderated"}) BOOST_TEST(!accepted.count(w), w);
}
