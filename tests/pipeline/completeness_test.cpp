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

std::set<std::string> known_deviations() {
  // Each entry: a reference fragment we deliberately print differently, with the reason beside it.
  std::set<std::string> lines;
  std::istringstream in(test::slurp(test::test_file("pipeline/reference/western-bay-2019.deviations.txt")));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') lines.insert(normalise(line.substr(0, line.find(" => "))));
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(western_bay_example_transcribes_the_reference_in_full) {
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(test::western_bay(), options, d);
  BOOST_REQUIRE(prepared);
  const auto markdown = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(markdown, test::dump(d));
  const std::string seen = normalise(outline_markdown(*markdown).plain_text);
  const auto deviations = known_deviations();

  std::istringstream reference(test::slurp(test::test_file("pipeline/reference/western-bay-2019.txt")));
  std::vector<std::string> missing;
  int checked = 0;
  for (std::string line; std::getline(reference, line);) {
    std::istringstream cells(strip_layout(line));
    for (std::string cell; std::getline(cells, cell, '\t');) {
      const std::string words = normalise(cell);
      if (words.empty() || deviations.count(words)) continue;
      ++checked;
      if (seen.find(words) == std::string::npos) missing.push_back(cell);
    }
  }
  std::string report;
  for (const auto& m : missing) report += "\n  missing: " + m;
  BOOST_TEST(missing.empty(), missing.size() << " reference fragments are not in the report:" << report);
  BOOST_TEST(checked > 550);
}
