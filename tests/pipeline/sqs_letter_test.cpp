// The SQS examples against their reference letters: every fragment of the reference text in the
// order the letter prints it (footnotes, which Markdown moves to the end, anywhere), and the shape
// of the rendered letter.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <sstream>

#include "markdown/markdown.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

const char* const kExamples[] = {"sqs-nottingham-city-2016", "sqs-bolton-2015"};

std::string render_example(const std::string& example) {
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(test::source_root() / "examples" / example / "inspection.yaml", options, d);
  BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
  const auto md = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(md && !d.has_errors(), test::dump(d));
  return *md;
}

// Words and numbers only, lowercased, as the completeness test compares them.
std::string words_of(const std::string& text) {
  std::string out;
  bool space = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool dash_or_quote =
        c >= 0x80 && (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x99") == 0);
    if ((std::isalnum(c) || c >= 0x80) && !dash_or_quote) {
      out += static_cast<char>(std::tolower(c));
      space = false;
      continue;
    }
    if (dash_or_quote) i += 2;
    if (!space) out += ' ';
    space = true;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Fragment {
  std::string words;
  bool footnote = false;  // a footnote's text: printed at the end of the Markdown
};

// The reference's lines and table cells, without list numbers, italics marks and footnote markers.
std::vector<Fragment> reference_fragments(const std::string& example) {
  static const std::regex marker("(\xC2\xB9|\xC2\xB2|\xC2\xB3)");
  static const std::regex list_number(R"(^\s*\d{1,2}\.\s+)");
  static const std::regex italics("</?i>");
  std::vector<Fragment> fragments;
  std::istringstream in(test::slurp(test::test_file("pipeline/reference/" + example + ".txt")));
  for (std::string line; std::getline(in, line);) {
    const bool footnote = std::regex_search(line, std::regex("^(\xC2\xB9|\xC2\xB2|\xC2\xB3)"));
    line = std::regex_replace(std::regex_replace(std::regex_replace(line, marker, " "), list_number, ""), italics, "");
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');)
      if (auto w = words_of(cell); !w.empty()) fragments.push_back({w, footnote});
  }
  return fragments;
}

}  // namespace

BOOST_AUTO_TEST_CASE(sqs_examples_follow_their_references_order) {
  for (const char* example : kExamples) {
    BOOST_TEST_CONTEXT("example " << example) {
      const std::string seen = words_of(outline_markdown(render_example(example)).plain_text);
      std::size_t at = 0;
      int checked = 0;
      for (const auto& f : reference_fragments(example)) {
        const auto found = seen.find(f.words, f.footnote ? 0 : at);
        BOOST_TEST(found != std::string::npos, "missing or out of order: " << f.words);
        if (found != std::string::npos && !f.footnote) at = found + f.words.size();
        ++checked;
      }
      BOOST_TEST(checked > 80);
    }
  }
}

BOOST_AUTO_TEST_CASE(sqs_letters_have_the_letters_shape) {
  struct Shape {
    const char* example;
    const char* area;
    const char* section_four;
    int paragraphs_in_sections;
    int bullets;
    int footnotes;
  };
  for (const Shape& s : {Shape{"sqs-nottingham-city-2016", "Nottingham City", "Making sure the sentence is served", 18, 9, 1},
                         Shape{"sqs-bolton-2015", "Bolton", "Ensuring that the sentence is served", 18, 4, 2}}) {
    BOOST_TEST_CONTEXT("example " << s.example) {
      const std::string md = render_example(s.example);
      const MarkdownOutline o = outline_markdown(md);
      const std::vector<std::string> order = {
          std::string("1:Report of Short Quality Screening (SQS) of youth offending work in ") + s.area,
          "2:Context", "2:Summary", std::string("2:Commentary on the inspection in ") + s.area + ":",
          "3:1. Reducing reoffending", "3:2. Protecting the public", "3:3. Protecting the child or young person",
          std::string("3:4. ") + s.section_four, "2:Operational management", "2:Key strengths",
          "2:Areas requiring improvement"};
      BOOST_TEST(o.heading_texts == order, "headings differ");
      BOOST_TEST(o.tables == 2);  // the To / Copy to / From / Publication date block, and the copy list
      BOOST_TEST(o.list_items == s.bullets);
      BOOST_TEST(o.footnote_definitions == s.footnotes);
      BOOST_TEST(o.unresolved_footnotes.empty());
      int numbered = 0;
      for (std::size_t at = md.find("\n\n"); at != std::string::npos; at = md.find("\n\n", at + 1))
        if (std::regex_search(md.substr(at + 2, 6), std::regex(R"(^[1-4]\.\d+\. )"))) ++numbered;
      BOOST_TEST(numbered == s.paragraphs_in_sections);
    }
  }
}
