// Layout's own output is checked: every item inside its area, no ink over other ink. The check
// runs on every example and on stress documents, and is shown to catch what it looks for.
#include <boost/test/unit_test.hpp>

#include "layout/check.hpp"
#include "layout/helpers.hpp"
#include "markdown/document.hpp"

using namespace quire;
using namespace quire::layout;

namespace {

std::string dump(const std::vector<std::string>& problems) {
  std::string out;
  for (std::size_t i = 0; i < problems.size() && i < 10; ++i) out += "\n  " + problems[i];
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_check_catches_overlaps_and_items_outside_their_area) {
  LaidOutDocument d;
  Page page;
  page.number = 1;
  const auto& face = test::fonts().face(FontStyle::regular);
  const Box body = d.geometry.body();
  page.items.push_back(Item::text_run(body.x, body.y + 20, "one", FontStyle::regular, 10, 30, {}, face));
  page.items.push_back(Item::text_run(body.x + 10, body.y + 22, "two", FontStyle::regular, 10, 30, {}, face));
  page.items.push_back(Item::text_run(body.right() - 5, body.y + 60, "margin", FontStyle::regular, 10, 30, {}, face));
  page.items.push_back(Item::rect({body.x, body.y, 100, 100}, {}));  // a background: may lie under text
  d.pages.push_back(page);
  const auto problems = check_layout(d);
  BOOST_REQUIRE_MESSAGE(problems.size() == 2u, dump(problems));
  BOOST_TEST(problems[0] == "page 1: text 'margin' leaves its area");
  BOOST_TEST(problems[1] == "page 1: text 'one' overlaps text 'two'");
}

BOOST_AUTO_TEST_CASE(every_example_lays_out_cleanly) {
  int examples = 0;
  for (const auto& [name, markdown] : test::example_markdowns()) {
    const auto d = test::lay_out(markdown);
    BOOST_TEST(d.pages.size() > 1u, name);
    BOOST_TEST(check_layout(d).empty(), name << ":" << dump(check_layout(d)));
    BOOST_TEST(d.missing_glyphs.empty(), name);
    ++examples;
  }
  BOOST_TEST(examples >= 1);
}

BOOST_AUTO_TEST_CASE(stress_documents_lay_out_cleanly) {
  std::string md = "<!-- quire:chapter-level 2 -->\n\n## Nested and narrow\n\n";
  for (int i = 0; i < 30; ++i) {
    md += "- level one item " + std::to_string(i) + " with https://example.org/a/very/long/path/that/must/break/" +
          std::string(80, 'z') + "\n  - level two\n    1. three\n\n";
    md += "> A quote that runs on for a while " + std::string(i * 10, 'q') + " and ends.\n>\n> - in a list\n\n";
    md += "| A | B | C | D | E | F |\n| - | - | - | - | - | - |\n| " + std::string(70, 'a') +
          " | b | c | d | e | f |\n\n";
  }
  md += "<!-- quire:letterhead -->\n**Programme**  \n**Rhaglen**\n\nAddress line\n<!-- quire:end -->\n\n";
  for (const char* kind : {"quote", "example", "case", "comment"})
    md += std::string("<!-- quire:callout ") + kind + " -->\n> **A " + kind + "**\n>\n> Rated <!-- quire:rating 2/4 -->" +
          "**Good** <!-- quire:stars 3/4 --> and ★★☆ then <!-- quire:rating -->**Unknown**.\n\n";
  md += "<!-- quire:chart bar\n| Criterion | Area | Average |\n| --- | --- | --- |\n| 1.1 Risk of Harm to others | 56% | "
        "66% |\n| 1.2 Likelihood of Reoffending, a long label that wraps over lines | 71% | 100% |\n-->\n\n";
  md += "<!-- quire:numbered -->\n";
  for (int i = 1; i < 40; ++i) md += "1." + std::to_string(i) + " A numbered paragraph with enough words to wrap "
                                     "onto a second line of the page, at least.\n\n";
  md += "<!-- quire:end -->\n";
  const auto d = test::lay_out(md);
  BOOST_TEST(d.pages.size() > 10u);
  BOOST_TEST(check_layout(d).empty(), dump(check_layout(d)));
}
