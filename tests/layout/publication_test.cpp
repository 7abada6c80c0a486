// Issue 4, "Publication-quality PDF": what the FJI, SQS and CCI templates rely on from layout.
// Numbered regions hang numbers only; plain tables line up with the text; short chapter endings,
// run-in headings and chart captions are never stranded; empty chapters take no page of their own.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "doc/walk.hpp"
#include "layout/helpers.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
using namespace quire::layout;

namespace {

// `count` paragraphs of about five lines each.
std::string filler(int count, const std::string& word = "filler") {
  std::string md;
  for (int i = 0; i < count; ++i) {
    for (int k = 0; k < 70; ++k) md += word + " ";
    md += "\n\n";
  }
  return md;
}

// A paragraph of exactly `count` lines (hard breaks), so each more moves what follows down one line.
std::string lines(int count) {
  std::string md;
  for (int i = 0; i < count; ++i) md += "line" + std::string(i + 1 < count ? "  \n" : "\n\n");
  return md;
}

const Item* text_starting(const LaidOutDocument& d, const std::string& start, int* page_number = nullptr) {
  for (const auto& page : d.pages)
    for (const auto* item : test::texts(page))
      if (item->text.rfind(start, 0) == 0) {
        if (page_number) *page_number = page.number;
        return item;
      }
  return nullptr;
}

// Every example's document model, as the PDF writer gets it (with the family's rating scale).
std::vector<std::pair<std::string, doc::Document>> example_documents() {
  std::vector<std::pair<std::string, doc::Document>> out;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_root() / "examples")) {
    Options options;
    options.root = test::source_root();
    Diagnostics d;
    const auto prepared = prepare(entry.path() / "inspection.yaml", options, d);
    BOOST_REQUIRE_MESSAGE(prepared, test::dump(d));
    const auto md = render_report_markdown(*prepared, options, d);
    BOOST_REQUIRE_MESSAGE(md, test::dump(d));
    auto document = report_document(*prepared, *md, options, d);
    BOOST_REQUIRE_MESSAGE(document, test::dump(d));
    out.emplace_back(entry.path().filename().string(), std::move(*document));
  }
  return out;
}

// The word of a badge column's cell: its first text with a letter in it (a figure such as "65%"
// is not a rating; a footnote number after the word is not part of it).
std::optional<std::string> rating_word_in(const doc::Inlines& cell) {
  for (const auto& in : cell) {
    if (in.kind != doc::InlineKind::text && in.kind != doc::InlineKind::strong) continue;
    std::string word = in.kind == doc::InlineKind::text ? in.text : doc::plain_text(in.children);
    word.erase(0, word.find_first_not_of(' '));
    word.erase(word.find_last_not_of(' ') + 1);
    if (std::any_of(word.begin(), word.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }))
      return word;
  }
  return std::nullopt;
}

// The words a document shows as badges: badge inlines, and the cells of badge columns.
std::vector<std::string> badge_words(const doc::Document& d) {
  std::vector<std::string> words;
  std::function<void(const doc::Inlines&)> inlines = [&](const doc::Inlines& content) {
    for (const auto& in : content) {
      if (in.kind == doc::InlineKind::badge) words.push_back(doc::plain_text(in.children));
      inlines(in.children);
    }
  };
  doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
    if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) inlines(p->content);
    const auto* t = std::get_if<doc::Table>(&b.body);
    if (!t) return;
    for (const auto& row : t->rows)
      for (const std::size_t c : t->badge_columns)
        if (const auto word = rating_word_in(row[c - 1])) words.push_back(*word);
  });
  return words;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_examples_badges_are_words_on_its_familys_scale) {
  int families_with_badges = 0;
  for (const auto& [name, d] : example_documents()) {
    const auto words = badge_words(d);
    families_with_badges += !words.empty();
    for (const auto& word : words)
      BOOST_TEST(std::count(d.meta.rating_scale.begin(), d.meta.rating_scale.end(), word) == 1,
                 name << ": the badge '" << word << "' is not on the rating scale, so it has no colour of its own");
    // A drawn badge prints its word.
    const auto laid_out = layout::layout_document(d, test::fonts());
    for (const auto& word : words) BOOST_TEST(test::page_showing(laid_out, word) > 0, name << ": " << word);
  }
  BOOST_TEST(families_with_badges >= 3);  // domain-rated, FJI, CCI
}

BOOST_AUTO_TEST_CASE(numbered_regions_hang_numbers_but_not_words_or_call_outs) {
  const auto d = test::lay_out(
      "<!-- quire:numbered -->\n\n1.1. Numbered text.\n\nUnnumbered text.\n\n(2) Bracketed text.\n\n"
      "<!-- quire:callout comment -->\n> **A comment**\n>\n> 3 quoted words.\n<!-- quire:end -->\n");
  const double left = d.geometry.body().x;
  const Item* number = text_starting(d, "1.1.");
  const Item* numbered = text_starting(d, "Numbered");
  BOOST_REQUIRE(number && numbered);
  BOOST_TEST(number->x == left);
  BOOST_TEST(numbered->x > left + 20);  // the text stands beside the hanging number
  BOOST_REQUIRE(text_starting(d, "Unnumbered"));
  BOOST_TEST(text_starting(d, "Unnumbered")->x == left);
  BOOST_REQUIRE(text_starting(d, "(2)") && text_starting(d, "Bracketed"));
  BOOST_TEST(text_starting(d, "Bracketed")->x > left + 20);
  // Inside the call-out the paragraph starting "3" is a quote, not a numbered paragraph.
  BOOST_TEST(text_starting(d, "3 quoted") != nullptr);
}

BOOST_AUTO_TEST_CASE(plain_tables_take_no_room_for_a_blank_header_and_line_up_with_the_text) {
  const auto d = test::lay_out("Before.\n\n<!-- quire:table plain -->\n| | |\n| --- | --- |\n| Lead Inspector | Ann |\n");
  const Item* before = text_starting(d, "Before.");
  const Item* role = text_starting(d, "Lead Inspector");
  BOOST_REQUIRE(before && role);
  BOOST_TEST(role->x == before->x);
  BOOST_TEST(role->y - before->y < 30);  // one gap, no empty row between them
}

BOOST_AUTO_TEST_CASE(a_short_label_column_is_not_wrapped) {
  const auto d = test::lay_out("<!-- quire:table plain -->\n| *To:* | x |\n| --- | --- |\n| *Publication date:* | " +
                               filler(1, "name").substr(0, 400) + " |\n");
  BOOST_TEST(text_starting(d, "Publication date:") != nullptr);  // on one line, as one run
}

BOOST_AUTO_TEST_CASE(a_chapter_never_ends_with_a_lone_line_on_its_last_page) {
  // The first chapter fills its page, and at some length runs just its date over.
  for (int extra = 1; extra < 50; ++extra) {
    std::string md = "<!-- quire:chapter-level 2 -->\n\n## One\n\n" + lines(extra) +
                     "Signed\n\nThe date\n\n## Two\n\nNext.\n";
    const auto d = test::lay_out(md);
    int date_page = 0;
    BOOST_REQUIRE(text_starting(d, "The date", &date_page));
    int lines = 0;
    for (const auto* item : test::texts(d.pages[static_cast<std::size_t>(date_page) - 1])) lines += item->size > 9;
    BOOST_TEST(lines >= 3, "extra " << extra << ": the chapter's last page holds " << lines << " lines");
  }
}

BOOST_AUTO_TEST_CASE(a_bold_run_in_heading_stays_with_what_it_heads) {
  for (int extra = 1; extra < 50; ++extra) {
    const auto d = test::lay_out(lines(extra) + "**Strengths:**\n\nThe strength.\n");
    int heading_page = 0, text_page = 0;
    BOOST_REQUIRE(text_starting(d, "Strengths:", &heading_page));
    BOOST_REQUIRE(text_starting(d, "The strength.", &text_page));
    BOOST_TEST(heading_page == text_page, "extra " << extra);
  }
}

BOOST_AUTO_TEST_CASE(a_chart_keeps_its_caption) {
  for (int extra = 1; extra < 50; ++extra) {
    const auto d = test::lay_out(lines(extra) + "**The caption**\n\n<!-- quire:chart bar max=100 -->\n| Question | % |\n"
                                 "| --- | ---: |\n| One | 50% |\n| Two | 60% |\n");
    int caption_page = 0, bar_page = 0;
    BOOST_REQUIRE(text_starting(d, "The caption", &caption_page));
    BOOST_REQUIRE(text_starting(d, "One", &bar_page));
    BOOST_TEST(caption_page == bar_page, "extra " << extra);
  }
}

// Trial 2 (and Rochdale's theme 1): "Data Summary", its one-sentence introduction and nothing
// more at a page's foot, the chart's title and bars on the next page.
BOOST_AUTO_TEST_CASE(a_short_section_heading_stays_with_its_chart) {
  for (int extra = 1; extra < 50; ++extra) {
    const auto d = test::lay_out(lines(extra) + "### Data Summary\n\nThe following chart summarises data from some of the key questions "
                                 "assessed during the inspection of cases, though not every question applied to "
                                 "every case, so the answers may not add up.\n\n**The caption**\n\n<!-- quire:chart bar max=100 -->\n"
                                 "| Question | % |\n| --- | ---: |\n| One | 50% |\n| Two | 60% |\n");
    int heading_page = 0, bar_page = 0;
    BOOST_REQUIRE(text_starting(d, "Data Summary", &heading_page));
    BOOST_REQUIRE(text_starting(d, "One", &bar_page));
    BOOST_TEST(heading_page == bar_page, "extra " << extra);
  }
}

// s3 (Rochdale's Data Summary): a chart's introduction ("The following chart summarises ...") could
// end a page, its caption and bars on the next. A short section is kept whole (above); a longer
// introduction, or one under no heading, keeps its last lines with the caption and the chart.
BOOST_AUTO_TEST_CASE(a_charts_introduction_ends_on_the_page_of_its_chart) {
  std::string intro;
  for (int k = 0; k < 120; ++k) intro += "i" + std::to_string(k) + " ";
  int split = 0;
  for (int extra = 1; extra < 60; ++extra) {
    for (const std::string heading : {"### Data Summary\n\n", ""}) {
      const auto d = test::lay_out(lines(extra) + heading + intro + "\n\n**The caption**\n\n<!-- quire:chart bar max=100 -->\n"
                                   "| Question | % |\n| --- | ---: |\n| One | 50% |\n| Two | 60% |\n");
      const int first = test::page_with_word(d, "i0"), last = test::page_with_word(d, "i119");
      int bar_page = 0;
      BOOST_REQUIRE(text_starting(d, "One", &bar_page));
      split += first != last;
      BOOST_TEST(last == bar_page, "extra " << extra << (heading.empty() ? ", no heading" : ", under a heading"));
    }
  }
  BOOST_TEST(split > 0);  // some introductions did break across pages
}

BOOST_AUTO_TEST_CASE(a_chapter_without_text_shares_its_page_with_the_next) {
  const auto d = test::lay_out("<!-- quire:chapter-level 2 -->\n\n## One\n\nText.\n\n## Empty\n\n## Three\n\nMore.\n");
  BOOST_TEST(d.pages.size() == 2u);
  BOOST_TEST(test::page_showing(d, "Empty") == 2);
  BOOST_TEST(test::page_showing(d, "Three") == 2);
}

BOOST_AUTO_TEST_CASE(a_running_header_without_a_chapter_has_the_whole_line) {
  const std::string title(90, 'h');
  const auto d = test::lay_out("<!-- quire:header " + title + " -->\n\n" + filler(12));
  BOOST_REQUIRE(d.pages.size() >= 2u);
  bool whole = false;
  for (const auto* item : test::texts(d.pages[1], Area::header)) whole = whole || item->text == title;
  BOOST_TEST(whole);
}
