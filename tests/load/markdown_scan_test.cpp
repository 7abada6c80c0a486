// The hand-written scanners must find exactly what the reference checks look for.
#include <boost/test/unit_test.hpp>

#include "load/markdown_scan.hpp"

using namespace quire::load_detail;

namespace {

std::vector<std::string> texts(const std::vector<TextMatch>& matches) {
  std::vector<std::string> out;
  for (const auto& m : matches) out.push_back(m.text);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(markdown_scan)

BOOST_AUTO_TEST_CASE(footnote_references_need_an_id_without_spaces) {
  const auto found = footnote_references("a[^one] b[^two words] c[^] d[^3]");
  BOOST_TEST(texts(found) == (Strings{"one", "3"}), boost::test_tools::per_element());
  BOOST_TEST(found[0].offset == 1u);
}

BOOST_AUTO_TEST_CASE(raw_html_finds_tags_comments_and_declarations_but_not_autolinks) {
  BOOST_TEST(texts(raw_html("see <https://x.org> and <b>bold</b>", 5)) == (Strings{"<b>", "</b>"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(raw_html("<!-- hidden -->", 1)) == (Strings{"<!--"}), boost::test_tools::per_element());
  BOOST_TEST(texts(raw_html("<!DOCTYPE x>", 1)) == (Strings{"<!D"}), boost::test_tools::per_element());
  BOOST_TEST(texts(raw_html("<?php", 1)) == (Strings{"<?"}), boost::test_tools::per_element());
  BOOST_TEST(texts(raw_html("<br/> and <img", 5)) == (Strings{"<br/>", "<img"}), boost::test_tools::per_element());
  BOOST_TEST(raw_html("3 < 4 and 5<6, a <- b", 5).empty());
  // An escaped '<' prints as it is (a translator's "<YOT>" comes back as "\<YOT>"); an escaped
  // backslash before a tag does not escape the tag.
  BOOST_TEST(raw_html("Cymraeg \\<YOT> a \\<b>", 5).empty());
  BOOST_TEST(texts(raw_html("C:\\\\<b>", 5)) == (Strings{"<b>"}), boost::test_tools::per_element());
}

// What Markdown reads as text is no reference and no HTML (s4 trial4): after a backslash, in a code span.
BOOST_AUTO_TEST_CASE(escaped_and_code_span_text_is_neither_a_footnote_nor_html) {
  BOOST_TEST(texts(footnote_references("a\\[^no] `[^no]` ``x`[^no]`` \\\\[^yes]")) == (Strings{"yes"}),
             boost::test_tools::per_element());
  BOOST_TEST(texts(raw_html("\\<b> `<b>` ```<i>``` \\\\<u> `unclosed <s>", 5)) == (Strings{"<u>", "<s>"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(footnote_definitions_start_a_line_and_are_not_references) {
  const std::string text = "Said[^a] here.\n\n[^a]: the text.\n   [^b]: indented.\n    [^c]: code.\nx [^d]: not.";
  BOOST_TEST(texts(footnote_definitions(text)) == (Strings{"a", "b"}), boost::test_tools::per_element());
  BOOST_TEST(texts(footnote_references(text)) == (Strings{"a", "c", "d"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(acronyms_are_whole_words_of_capitals_with_an_optional_plural) {
  const auto found = acronyms("The YOTs met CAMHS, ABCdef, ABCss, A, X2Y, and (MAPPA).");
  BOOST_TEST(texts(found) == (Strings{"YOT", "CAMHS", "MAPPA"}), boost::test_tools::per_element());
  BOOST_TEST(found[0].offset == 4u);
}

BOOST_AUTO_TEST_CASE(defined_acronyms_are_capitals_in_brackets) {
  BOOST_TEST(texts(defined_acronyms("Board (ABMUHB) and experiences (ACEs) but not (Ab) or (A)")) ==
                 (Strings{"ABMUHB", "ACE"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(italic_spans_skip_bold) {
  const std::string text = "*What do YOU think?* and **BOLD** and *a\nb*";
  const auto spans = italic_spans(text);
  BOOST_REQUIRE_EQUAL(spans.size(), 1u);
  BOOST_TEST(text.substr(spans[0].first, spans[0].second - spans[0].first) == "What do YOU think?");
}

BOOST_AUTO_TEST_SUITE_END()
