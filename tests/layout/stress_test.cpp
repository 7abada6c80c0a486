// Layout under stress: shapes of input that break naive typesetters must lay out with nothing
// outside the text area and nothing over anything else.
#include <boost/test/unit_test.hpp>

#include "layout/check.hpp"
#include "layout/helpers.hpp"

using namespace quire;
using namespace quire::layout;

namespace {

std::string first_problems(const std::vector<std::string>& problems) {
  std::string out;
  for (std::size_t i = 0; i < problems.size() && i < 10; ++i) out += "\n  " + problems[i];
  return out;
}

void lays_out_cleanly(const LaidOutDocument& d) {
  const auto problems = check_layout(d);
  BOOST_TEST(problems.empty(), problems.size() << " layout problems:" << first_problems(problems));
}

std::string table(int columns, int rows, const std::string& cell) {
  std::string md = "|";
  for (int c = 0; c < columns; ++c) md += " Column " + std::to_string(c + 1) + " |";
  md += "\n|";
  for (int c = 0; c < columns; ++c) md += " --- |";
  md += "\n";
  for (int r = 0; r < rows; ++r) {
    md += "|";
    for (int c = 0; c < columns; ++c) md += " " + cell + std::to_string(r) + " |";
    md += "\n";
  }
  return md + "\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(stress)

BOOST_AUTO_TEST_CASE(a_table_wider_than_the_page_wraps_its_cells) {
  const auto d = test::lay_out("# Wide\n\n" + table(30, 5, "wide-cell-content-"));
  BOOST_TEST(d.pages.size() >= 1u);
  lays_out_cleanly(d);
}

BOOST_AUTO_TEST_CASE(a_two_thousand_character_word_breaks_rather_than_overflows) {
  const auto d = test::lay_out("# Long word\n\nBefore " + std::string(2000, 'w') + " after.\n\n| A | B |\n| - | - |\n| " +
                         std::string(2000, 'x') + " | y |\n");
  lays_out_cleanly(d);
}

BOOST_AUTO_TEST_CASE(a_five_thousand_row_table_runs_over_pages_with_its_header) {
  const auto d = test::lay_out("# Rows\n\n" + table(3, 5000, "row "));
  BOOST_TEST(d.pages.size() > 50u);
  lays_out_cleanly(d);
}

BOOST_AUTO_TEST_CASE(a_thousand_page_report_has_room_for_four_digit_page_numbers) {
  // Each chapter starts a page; the contents lists them all, so its page numbers reach four digits.
  std::string md = "<!-- quire:chapter-level 2 -->\n\n## Contents\n\n<!-- quire:contents -->\n";
  const int chapters = 1050;
  for (int i = 1; i <= chapters; ++i) md += "- [Chapter " + std::to_string(i) + "](#chapter-" + std::to_string(i) + ")\n";
  md += "\n";
  for (int i = 1; i <= chapters; ++i) md += "## Chapter " + std::to_string(i) + "\n\nA short chapter.\n\n";
  const auto d = test::lay_out(md);
  BOOST_TEST(d.pages.size() > 1000u);
  // The contents prints four-digit numbers, each clear of its leader dots by a visible gap.
  int four_digit_numbers = 0;
  const auto is_number = [](const std::string& t) {
    return t.size() == 4 && t.find_first_not_of("0123456789") == std::string::npos;
  };
  for (std::size_t p = 0; p < 60 && p < d.pages.size(); ++p)
    for (const auto& number : d.pages[p].items) {
      if (number.kind != ItemKind::text || !is_number(number.text)) continue;
      ++four_digit_numbers;
      for (const auto& dots : d.pages[p].items)
        if (dots.kind == ItemKind::text && dots.y == number.y && dots.text.find("...") == 0)
          BOOST_TEST(dots.x + dots.w + 3 <= number.x, "leaders run into page number " << number.text);
    }
  BOOST_TEST(four_digit_numbers > 50);
  lays_out_cleanly(d);
}

BOOST_AUTO_TEST_CASE(empty_sections_and_a_heading_on_every_line) {
  std::string md;
  for (int i = 0; i < 300; ++i) md += "## Empty section " + std::to_string(i) + "\n\n";
  for (int i = 0; i < 2000; ++i) md += "### Heading line " + std::to_string(i) + "\n";
  const auto d = test::lay_out(md);
  BOOST_TEST(d.pages.size() > 20u);
  lays_out_cleanly(d);
}

BOOST_AUTO_TEST_SUITE_END()
