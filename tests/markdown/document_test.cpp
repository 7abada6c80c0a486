// Markdown -> document model, and the page-structure markers templates write.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "doc/walk.hpp"
#include "markdown/document.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

doc::Document parse(const std::string& md, Diagnostics& d) { return parse_document(md, d, "report.md"); }

doc::Document parse_ok(const std::string& md) {
  Diagnostics d;
  auto document = parse(md, d);
  BOOST_TEST(!d.has_errors(), test::dump(d));
  return document;
}

template <typename T>
const T& only(const doc::Blocks& blocks, std::size_t index = 0) {
  BOOST_REQUIRE(index < blocks.size());
  const T* found = std::get_if<T>(&blocks[index].body);
  BOOST_REQUIRE_MESSAGE(found, "block " << index << " has another kind");
  return *found;
}

}  // namespace

BOOST_AUTO_TEST_CASE(blocks_inlines_and_footnotes) {
  const auto d = parse_ok(
      "# Title\n\nSome *em* and **strong** text[^b] with a [link](https://example.org).[^a]\n\n"
      "- one\n- two\n\n3. three\n4. four\n\n> quoted\n\n---\n\n[^a]: Note A.\n[^b]: Note B.\n");
  BOOST_TEST(d.meta.title == "Title");  // the first level-1 heading, when no quire:title says otherwise
  BOOST_TEST(only<doc::Heading>(d.blocks).anchor == "title");
  const auto& p = only<doc::Paragraph>(d.blocks, 1);
  BOOST_TEST(doc::plain_text(p.content, true) == "Some em and strong text1 with a link.2");
  const auto& ordered = only<doc::List>(d.blocks, 3);
  BOOST_TEST(ordered.ordered);
  BOOST_TEST(ordered.start == 3);
  BOOST_TEST(only<doc::Quote>(d.blocks, 4).kind == "quote");
  only<doc::ThematicBreak>(d.blocks, 5);
  // Numbered by first citation: b before a.
  BOOST_REQUIRE(d.footnotes.size() == 2u);
  BOOST_TEST(d.footnotes[0].number == 1);
  BOOST_TEST(doc::plain_text(only<doc::Paragraph>(d.footnotes[0].content).content) == "Note B.");
}

BOOST_AUTO_TEST_CASE(regions_hold_their_blocks) {
  const auto d = parse_ok(
      "<!-- quire:cover -->\n# The title\n\nThe inspectorate\n<!-- quire:end -->\n\n"
      "<!-- quire:inside-cover -->\nSmall print\n<!-- quire:end -->\n\n"
      "<!-- quire:page-break -->\n\n## Next\n");
  const auto& cover = only<doc::Region>(d.blocks);
  BOOST_TEST(cover.name == "cover");
  BOOST_TEST(cover.content.size() == 2u);
  BOOST_TEST(only<doc::Region>(d.blocks, 1).name == "inside-cover");
  only<doc::PageBreak>(d.blocks, 2);
  only<doc::Heading>(d.blocks, 3);
}

BOOST_AUTO_TEST_CASE(contents_list_becomes_contents) {
  const auto d = parse_ok(
      "<!-- quire:contents -->\n- [Foreword](#foreword)\n- [1. Delivery](#1-delivery)\n"
      "  - [1.1 Staff](#11-staff)\n");
  const auto& c = only<doc::Contents>(d.blocks);
  BOOST_REQUIRE(c.entries.size() == 3u);
  BOOST_TEST(c.entries[2].level == 2);
  BOOST_TEST(c.entries[2].anchor == "11-staff");
  BOOST_TEST(doc::plain_text(c.entries[1].title) == "1. Delivery");
}

BOOST_AUTO_TEST_CASE(a_table_after_a_chart_marker_is_a_chart) {
  const auto d = parse_ok(
      "<!-- quire:chart bar max=100 -->\n| Question | % yes | Average |\n| --- | --: | --: |\n"
      "| 2.1.1 | 65% | 70% |\n| 2.1.2 | 42% | |\n");
  const auto& c = only<doc::Chart>(d.blocks);
  BOOST_TEST(c.category_title == "Question");
  BOOST_TEST(c.series.size() == 2u);
  BOOST_TEST(c.values[0][0] == 65.0);
  BOOST_TEST(std::isnan(c.values[1][1]));
  BOOST_TEST(c.maximum == 100.0);
  BOOST_TEST(c.unit == "%");
  BOOST_TEST(c.value_texts[1][0] == "42%");
}

BOOST_AUTO_TEST_CASE(a_chart_may_carry_its_table_inside_the_marker) {
  const auto d = parse_ok("Text.\n\n<!-- quire:chart bar\n| Area | Score |\n| --- | --- |\n| A | 1,234 |\n-->\n\nMore.\n");
  const auto& c = only<doc::Chart>(d.blocks, 1);
  BOOST_TEST(c.values[0][0] == 1234.0);
  BOOST_TEST(c.unit.empty());
  only<doc::Paragraph>(d.blocks, 2);
}

BOOST_AUTO_TEST_CASE(callouts_tables_and_badges) {
  const auto d = parse_ok(
      "<!-- quire:callout example -->\n> **An effective practice example**\n>\n> Text.\n\n"
      "<!-- quire:table plain badges=2 -->\n| To: | Good |\n| --- | --- |\n| x | y |\n\n"
      "<!-- quire:rating -->\n**Requires improvement**[^n]\n\n"
      "| Standard | Rating |\n| --- | --- |\n| 1.1 | <!-- quire:rating 4/4 -->**Inadequate** |\n\n"
      "Stars: <!-- quire:stars 3/4 --> Good\n\n[^n]: Why.\n");
  BOOST_TEST(only<doc::Quote>(d.blocks).kind == "example");
  const auto& plain = only<doc::Table>(d.blocks, 1);
  BOOST_TEST(plain.plain);
  BOOST_TEST(plain.badge_columns == std::vector<std::size_t>{2});
  const auto& rated = only<doc::Paragraph>(d.blocks, 2);
  BOOST_TEST((rated.content[0].kind == doc::InlineKind::badge));
  BOOST_TEST(doc::plain_text(rated.content[0].children) == "Requires improvement");
  const auto& cell = only<doc::Table>(d.blocks, 3).rows[0][1];
  BOOST_REQUIRE(!cell.empty());
  BOOST_TEST((cell[0].kind == doc::InlineKind::badge));
  BOOST_TEST(cell[0].number == 4);
  BOOST_TEST(cell[0].of == 4);
  const auto& stars = only<doc::Paragraph>(d.blocks, 4);
  BOOST_TEST((stars.content[1].kind == doc::InlineKind::stars));
  BOOST_TEST(stars.content[1].number == 3);
}

// Issue 4: a template writes star characters after the marker for readers of the Markdown; the
// marker draws the stars, so the characters are not drawn a second time.
BOOST_AUTO_TEST_CASE(star_characters_after_a_stars_marker_are_its_markdown_rendering) {
  const auto d = parse_ok("| Descriptor | Stars |\n| --- | --- |\n| Good | <!-- quire:stars 3/4 -->\xE2\x98\x85\xE2\x98\x85\xE2\x98\x85 |\n\n"
                          "Stars <!-- quire:stars 1/2 -->\xE2\x98\x85 and after\n");
  const auto& cell = only<doc::Table>(d.blocks).rows[0][1];
  BOOST_REQUIRE(cell.size() == 1u);
  BOOST_TEST((cell[0].kind == doc::InlineKind::stars));
  BOOST_TEST(cell[0].of == 4);
  const auto& paragraph = only<doc::Paragraph>(d.blocks, 1);
  BOOST_REQUIRE(paragraph.content.size() == 3u);
  BOOST_TEST((paragraph.content[1].kind == doc::InlineKind::stars));
  BOOST_TEST(paragraph.content[2].text == " and after");
}

BOOST_AUTO_TEST_CASE(document_information_markers) {
  const auto d = parse_ok(
      "<!-- quire:title Arolygiad \\*ŵ\\* -->\n<!-- quire:author HM Inspectorate -->\n"
      "<!-- quire:date 2019-03 -->\n<!-- quire:chapter-level 2 -->\n<!-- quire:watermark Draft -->\n"
      "<!-- quire:draft-notice Draft \xE2\x80\x94 not for publication -->\n\n# Another title\n");
  BOOST_TEST(d.meta.title == "Arolygiad *ŵ*");  // Markdown escapes are undone
  BOOST_TEST(d.meta.author == "HM Inspectorate");
  BOOST_TEST(d.meta.date == "2019-03");
  BOOST_TEST(d.meta.chapter_level == 2);
  BOOST_TEST(d.meta.watermark == "Draft");
  BOOST_TEST(d.meta.draft_notice == "Draft \xE2\x80\x94 not for publication");
}

BOOST_AUTO_TEST_CASE(misused_markers_are_errors_at_their_line) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Text\n\n<!-- quire:nonsense -->\n", "unknown-marker"},
      {"<!-- quire:cover -->\n# T\n", "unclosed-region"},
      {"Text\n\n<!-- quire:end -->\n", "unopened-region"},
      {"<!-- quire:contents -->\nA paragraph.\n", "marker-without-block"},
      {"<!-- quire:contents -->\n- not a link\n", "bad-contents"},
      {"<!-- quire:chart bar -->\n| A | B |\n| - | - |\n| x | lots |\n", "bad-chart"},
      {"<!-- quire:chart pie -->\n| A | B |\n| - | - |\n| x | 1 |\n", "bad-marker"},
      {"<!-- quire:chart bar max=10 -->\n| A | B |\n| - | - |\n| x | 50 |\n", "bad-marker"},
      {"<!-- quire:callout shout -->\n> x\n", "bad-marker"},
      {"<!-- quire:table badges=3 -->\n| A | B |\n| - | - |\n| x | 1 |\n", "bad-marker"},
      {"<!-- quire:date March 2019 -->\n", "bad-marker"},
      {"Stars <!-- quire:stars 5/4 --> here\n", "bad-marker"},
      {"<!-- quire:rating -->\n", "marker-without-block"},
  };
  for (const auto& [md, code] : cases) {
    Diagnostics d;
    parse(md, d);
    BOOST_TEST(test::has_diagnostic(d, code), md << " gave: " << test::dump(d));
  }
  Diagnostics d;
  parse("One\n\nTwo\n\n<!-- quire:nonsense -->\n", d);
  BOOST_TEST(test::has_diagnostic(d, "unknown-marker", 5, 1), test::dump(d));
}

BOOST_AUTO_TEST_CASE(other_html_comments_are_ignored) {
  Diagnostics d;
  const auto document = parse("<!-- a note for template authors -->\n\nText\n", d);
  BOOST_TEST(!d.has_errors());
  BOOST_TEST(document.blocks.size() == 1u);
}

// Issue 8: a draft's untranslated field of several paragraphs carried its language on the first only.
BOOST_AUTO_TEST_CASE(a_passage_in_another_language_marks_every_block_it_spans) {
  const auto d = parse_ok(
      "## Rhagair\n\n"
      "*[heb ei gyfieithu]*<!-- quire:lang en-GB lines=8 --> The first paragraph.\n\n"
      "The second paragraph[^n].\n\n"
      "> A quote,\n> on two lines.\n\n"
      "- an item\n\n"
      "Geiriau'r templed.\n\n"
      "[^n]: *[heb ei gyfieithu]*<!-- quire:lang en-GB lines=1 --> A note.\n");
  BOOST_REQUIRE(d.blocks.size() == 6u);
  BOOST_TEST(d.blocks[0].language == "");  // the template's heading, before the passage
  for (std::size_t i = 1; i <= 4; ++i) BOOST_TEST(d.blocks[i].language == "en-GB", "block " << i);
  BOOST_TEST(only<doc::Quote>(d.blocks, 3).content[0].language == "en-GB");
  BOOST_TEST(only<doc::List>(d.blocks, 4).items[0][0].language == "en-GB");
  BOOST_TEST(d.blocks[5].language == "");  // the template's words after it
  BOOST_REQUIRE(d.footnotes.size() == 1u);
  BOOST_TEST(d.footnotes[0].content[0].language == "en-GB");
  // The marker is invisible: the reader sees the draft's mark and the text.
  BOOST_TEST(doc::plain_text(only<doc::Paragraph>(d.blocks, 1).content) == "[heb ei gyfieithu] The first paragraph.");
}

BOOST_AUTO_TEST_CASE(a_passage_starting_inside_a_paragraph_leaves_that_paragraph_alone) {
  // Template words before the marker: the paragraph is the edition's; the lines after it are not.
  const auto d = parse_ok("**Rheswm:** *[heb ei gyfieithu]*<!-- quire:lang en-GB lines=3 --> One.\n\nTwo.\n\nThree.\n");
  BOOST_REQUIRE(d.blocks.size() == 3u);
  BOOST_TEST(d.blocks[0].language == "");
  BOOST_TEST(d.blocks[1].language == "en-GB");
  BOOST_TEST(d.blocks[2].language == "");
}

BOOST_AUTO_TEST_CASE(misused_language_markers_are_errors) {
  for (const std::string md : {"Text <!-- quire:lang en-GB --> here\n", "Text <!-- quire:lang lines=2 --> here\n",
                               "Text <!-- quire:lang en_GB! lines=2 --> here\n",
                               "Text <!-- quire:lang en lines=0 --> here\n", "<!-- quire:lang en lines=2 -->\n"}) {
    Diagnostics d;
    parse(md, d);
    BOOST_TEST(d.has_errors(), md);
  }
}
