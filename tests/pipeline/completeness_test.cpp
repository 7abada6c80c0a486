// The example must transcribe its reference report in full: every line of the published text
// (as extracted from the PDF) must appear, word for word, in what a reader of our Markdown sees.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "markdown/markdown.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

// Lowercased words and numbers only, so layout, quotes, dashes and superscripts do not matter.
std::string normalise(const std::string& text) {
  std::string out;
  bool space = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) || c >= 0x80) {
      if (c >= 0x80 && (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x99") == 0)) {
        i += 2;  // dashes and curly apostrophes count as punctuation
        if (!space) out += ' ';
        space = true;
        continue;
      }
      out += static_cast<char>(std::tolower(c));
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Superscript footnote markers and contents leaders are layout, not text.
std::string strip_layout(std::string line) {
  static const std::regex superscripts("(\xC2\xB9|\xC2\xB2|\xC2\xB3|\xE2\x81[\xB4-\xB9]|\\^\\{[0-9, ]+\\})");
  static const std::regex leaders(R"(\.{3,}\s*\d*\s*$|\t\d+\s*$)");
  static const std::regex list_number(R"(^\s*\d{1,2}\.\s+)");  // ordered list markers are not text
  static const std::regex html_italics("</?i>");
  line = std::regex_replace(line, superscripts, " ");
  line = std::regex_replace(line, list_number, "");
  line = std::regex_replace(line, html_italics, "");
  return std::regex_replace(line, leaders, "");
}

std::set<std::string> known_deviations(const std::string& example) {
  // Each entry: a reference fragment we deliberately print differently, with the reason beside it.
  std::set<std::string> lines;
  const auto path = test::test_file("pipeline/reference/" + example + ".deviations.txt");
  if (!std::filesystem::exists(path)) return lines;
  std::istringstream in(test::slurp(path));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') lines.insert(normalise(line.substr(0, line.find(" => "))));
  return lines;
}

// Reference fragments of `example` (tests/pipeline/reference/EXAMPLE.txt) missing from its report.
std::vector<std::string> missing_fragments(const std::string& example, int& checked, int& excused) {
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(test::source_root() / "examples" / example / "inspection.yaml", options, d);
  BOOST_REQUIRE_MESSAGE(prepared, test::dump(d));
  const auto markdown = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(markdown, test::dump(d));
  const std::string seen = normalise(outline_markdown(*markdown).plain_text);
  const auto deviations = known_deviations(example);

  std::istringstream reference(test::slurp(test::test_file("pipeline/reference/" + example + ".txt")));
  std::vector<std::string> missing;
  for (std::string line; std::getline(reference, line);) {
    std::istringstream cells(strip_layout(line));
    for (std::string cell; std::getline(cells, cell, '\t');) {
      const std::string words = normalise(cell);
      if (words.empty()) continue;
      if (deviations.count(words)) {
        ++excused;
        continue;
      }
      ++checked;
      if (seen.find(words) == std::string::npos) missing.push_back(cell);
    }
  }
  return missing;
}

}  // namespace

// Every example with a reference text must reproduce it in full.
BOOST_AUTO_TEST_CASE(every_example_transcribes_its_reference_in_full) {
  int examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::test_file("pipeline/reference"))) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 5 || name.substr(name.size() - 4) != ".txt" || name.find(".deviations.") != std::string::npos)
      continue;
    const std::string example = name.substr(0, name.size() - 4);
    BOOST_TEST_CONTEXT("example " << example) {
      int checked = 0;
      int excused = 0;
      const auto missing = missing_fragments(example, checked, excused);
      std::string report;
      for (const auto& m : missing) report += "\n  missing: " + m;
      BOOST_TEST(missing.empty(), missing.size() << " reference fragments are not in the report:" << report);
      // A letter is short, but no reference is a handful of lines; and deviations stay exceptions.
      BOOST_TEST(checked > 50);
      BOOST_TEST(excused * 10 < checked, excused << " of " << checked + excused << " fragments are excused");
    }
    ++examples;
  }
  BOOST_TEST(examples >= 1);
}
