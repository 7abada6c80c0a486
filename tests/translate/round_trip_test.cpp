// Issue 19: the translator's hand-off, end to end through the command line: export, fill every
// target as a translation tool would (keeping the inline codes), import, render the final Welsh.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "model/translation.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using namespace quire;

namespace {

// Copies an example's folder (its cases.csv too) into `dir`; returns the copy's inspection.yaml.
fs::path copy_example(const test::TempDir& dir, const std::string& name) {
  const fs::path to = dir.path() / name;
  fs::copy(test::source_root() / "examples" / name, to, fs::copy_options::recursive);
  return to / "inspection.yaml";
}

// Every unit's target: a copy of its source (codes and all) behind "Cy: ", as a tool writes it.
std::string fill_targets(std::string xliff, const std::string& state = "translated") {
  std::size_t at = 0;
  while ((at = xliff.find("<source>", at)) != std::string::npos) {
    const std::size_t end = xliff.find("</source>", at);
    const std::string inner = xliff.substr(at + 8, end - at - 8);
    const std::string target = "<target state=\"" + state + "\">Cy: " + inner + "</target>";
    xliff.insert(end + 9, target);
    at = end + 9 + target.size();
  }
  return xliff;
}

// The file with what an import adds taken out again: the Welsh entries (and their block lines),
// the {en: ...} wrappers and `en:` keys. Whitespace is dropped, as the import may move lines.
std::string without_translations(const std::string& yaml) {
  std::string kept;
  std::istringstream lines(yaml);
  long skip_deeper_than = -1;
  for (std::string line; std::getline(lines, line);) {
    const auto first = line.find_first_not_of(' ');
    const long indent = first == std::string::npos ? -1 : static_cast<long>(first);
    if (skip_deeper_than >= 0 && (indent < 0 || indent > skip_deeper_than)) continue;
    skip_deeper_than = -1;
    const std::string t = first == std::string::npos ? "" : line.substr(first);
    if (t.rfind("cy: ", 0) == 0 || t.rfind("cy_of: ", 0) == 0 || t.rfind("cy_reviewed: ", 0) == 0) {
      skip_deeper_than = indent;
      continue;
    }
    kept += line + "\n";
  }
  kept = std::regex_replace(kept, std::regex(R"(\{en: (.*?), cy: "(?:[^"\\]|\\.)*", cy_of: [0-9a-f]{8}(?:, cy_reviewed: true)?\})"), "$1");
  kept = std::regex_replace(kept, std::regex(R"((^|\n)([ -]*)en: )"), "$1$2");
  std::string squeezed;
  for (const char c : kept)
    if (c != ' ' && c != '\n') squeezed += c;
  return squeezed;
}

int count_of(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Export, fill, import, and a final Welsh render of `yaml`: each step must succeed.
void round_trip(const test::TempDir& dir, const fs::path& yaml, int expected_units_at_least) {
  const std::string before = test::slurp(yaml);
  const fs::path xlf = dir.path() / "out.xlf", filled = dir.path() / "filled.xlf";
  auto r = test::run_quire("translations export " + yaml.string() + " --to cy -o " + xlf.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string xliff = test::slurp(xlf);
  BOOST_TEST(count_of(xliff, "<trans-unit ") >= expected_units_at_least, r.err);
  std::ofstream(filled) << fill_targets(xliff);
  r = test::run_quire("translations import " + filled.string() + " " + yaml.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string after = test::slurp(yaml);
  BOOST_TEST(without_translations(after) == without_translations(before));
  BOOST_TEST(count_of(after, "cy_of: ") - count_of(before, "cy_of: ") == count_of(xliff, "<trans-unit "));
  r = test::run_quire("render " + yaml.string() + " --lang cy -o " + (dir.path() / "cy.md").string());
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find(": error: ") == std::string::npos, r.err);
  // Nothing is left to translate.
  r = test::run_quire("translations export " + yaml.string() + " --to cy -o " + xlf.string());
  BOOST_TEST(count_of(test::slurp(xlf), "<trans-unit ") == 0);
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_english_only_inspection_goes_out_and_comes_back_in_welsh) {
  for (const char* name : {"fji-rochdale-2013", "sqs-bolton-2015"}) {
    BOOST_TEST_CONTEXT(name) {
      test::TempDir dir;
      round_trip(dir, copy_example(dir, name), 20);
    }
  }
}

BOOST_AUTO_TEST_CASE(western_bay_with_some_welsh_missing_is_completed) {
  test::TempDir dir;
  const fs::path yaml = copy_example(dir, "domain-western-bay-2019");
  // Take away the one-line Welsh of the report's names and the recommendations.
  std::string text = test::slurp(yaml);
  const auto cut = text.find("\nkey_facts:");
  std::string head = std::regex_replace(text.substr(0, cut), std::regex(R"(\n +cy: [^|>\n][^\n]*)"), "");
  std::ofstream(yaml) << head + text.substr(cut);
  round_trip(dir, yaml, 10);
}

BOOST_AUTO_TEST_CASE(an_english_edit_makes_the_welsh_stale_and_the_next_export_offers_it) {
  test::TempDir dir;
  const fs::path yaml = copy_example(dir, "fji-rochdale-2013");
  round_trip(dir, yaml, 20);
  const std::string translated = test::slurp(yaml);
  std::ofstream(yaml) << test::replace_once(translated, "en: Chair of the YOT Management Board",
                                            "en: Chair of the Youth Offending Team Management Board");
  auto r = test::run_quire("validate " + yaml.string());
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("recommendations[1].owner: the Welsh translates an earlier English") != std::string::npos, r.err);
  r = test::run_quire("render " + yaml.string() + " --lang cy -o " + (dir.path() / "stale.md").string());
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("[stale-translation]") != std::string::npos, r.err);
  BOOST_TEST(!fs::exists(dir.path() / "stale.md"));
  const fs::path xlf = dir.path() / "stale.xlf";
  r = test::run_quire("translations export " + yaml.string() + " --to cy -o " + xlf.string());
  const std::string xliff = test::slurp(xlf);
  BOOST_TEST(count_of(xliff, "<trans-unit ") == 1, xliff);
  BOOST_TEST(xliff.find("id=\"recommendations[1].owner\"") != std::string::npos);
  BOOST_TEST(xliff.find("<alt-trans") != std::string::npos);
  BOOST_TEST(xliff.find("Cy: Chair of the YOT Management Board</target>") != std::string::npos, xliff);
  // Translated again, the Welsh is current: the final render is made.
  std::ofstream(dir.path() / "again.xlf") << fill_targets(xliff, "final");
  r = test::run_quire("translations import " + (dir.path() / "again.xlf").string() + " " + yaml.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string after = test::slurp(yaml);
  BOOST_TEST(after.find("cy_of: " + english_fingerprint("Chair of the Youth Offending Team Management Board")) !=
             std::string::npos);
  BOOST_TEST(after.find("cy_reviewed: true") != std::string::npos);
  r = test::run_quire("render " + yaml.string() + " --lang cy -o " + (dir.path() / "cy.md").string());
  BOOST_TEST(r.exit_code == 0, r.err);
}

BOOST_AUTO_TEST_CASE(a_broken_inline_code_is_refused_with_the_unit_id_and_nothing_changes) {
  test::TempDir dir;
  const fs::path yaml = copy_example(dir, "fji-rochdale-2013");
  const std::string before = test::slurp(yaml);
  const fs::path xlf = dir.path() / "out.xlf";
  test::run_quire("translations export " + yaml.string() + " --to cy -o " + xlf.string());
  std::string filled = fill_targets(test::slurp(xlf));
  // Drop the footnote reference from the first target that carries one.
  const auto target = filled.find("<target state=\"translated\">", filled.find("<x id=\"1\" ctype=\"x-footnote\"/>"));
  const auto code = filled.find("<x id=\"1\" ctype=\"x-footnote\"/>", target);
  BOOST_REQUIRE(code != std::string::npos);
  filled.erase(code, std::string("<x id=\"1\" ctype=\"x-footnote\"/>").size());
  const auto id_at = filled.rfind("<trans-unit id=\"", target) + 16;
  const std::string id = filled.substr(id_at, filled.find('"', id_at) - id_at);
  std::ofstream(dir.path() / "broken.xlf") << filled;
  const auto r = test::run_quire("translations import " + (dir.path() / "broken.xlf").string() + " " + yaml.string());
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("unit '" + id + "': the translation has the inline code 1 ([^") != std::string::npos, r.err);
  BOOST_TEST(std::regex_search(r.err, std::regex(R"(broken\.xlf:\d+:\d+: error: )")), r.err);
  BOOST_TEST(test::slurp(yaml) == before);
}

BOOST_AUTO_TEST_CASE(a_final_welsh_render_with_an_untranslated_owner_names_the_field) {
  test::TempDir dir;
  std::string yaml = test::minimal_fixture();
  // Everything else in Welsh would still leave the owner; the message names it and its place.
  const fs::path file = dir.write("inspection.yaml", yaml);
  const auto r = test::run_quire("render " + file.string() + " --lang cy -o " + (dir.path() / "cy.md").string());
  BOOST_TEST(r.exit_code == 2);
  const std::string expected = file.string() + ":" + std::to_string(test::line_of(yaml, "  - owner:")) +
                               ":12: error: recommendations[1].owner has no 'cy' text";
  BOOST_TEST(r.err.find(expected) != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(an_xliff_that_is_not_xml_or_names_unknown_units_changes_nothing) {
  test::TempDir dir;
  const fs::path yaml = copy_example(dir, "sqs-bolton-2015");
  const std::string before = test::slurp(yaml);
  std::ofstream(dir.path() / "bad.xlf") << "<xliff version=\"1.2\"><file><body><trans-unit id=\"x\">";
  auto r = test::run_quire("translations import " + (dir.path() / "bad.xlf").string() + " " + yaml.string());
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("[xliff-syntax]") != std::string::npos, r.err);
  std::ofstream(dir.path() / "unknown.xlf")
      << "<xliff version=\"1.2\"><file><body><trans-unit id=\"nowhere[3]\"><source>A</source>"
         "<target>B</target></trans-unit></body></file></xliff>";
  r = test::run_quire("translations import " + (dir.path() / "unknown.xlf").string() + " " + yaml.string());
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("unit 'nowhere[3]' names no translatable text") != std::string::npos, r.err);
  BOOST_TEST(test::slurp(yaml) == before);
}
