#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "load/parity.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

// The minimal inspection with a bilingual introduction: English as given, Welsh as given.
Diagnostics parity_of(const std::string& en, const std::string& cy) {
  const std::string yaml = test::replace_once(
      test::minimal_fixture(), "introduction: Local context.",
      "introduction:\n  en: |\n" + en + "\n  cy: |\n" + cy + "\n");
  test::TempDir dir;
  const auto path = dir.write("a.yaml", yaml);
  Diagnostics ignored, diags;
  const auto english = load_inspection(path, ignored, "en");
  const auto welsh = load_inspection(path, ignored, "cy");
  BOOST_REQUIRE(english && welsh);
  check_parity(*english, *welsh, diags);
  return diags;
}

std::string indent(const std::string& text) {
  std::string out = "    ";
  for (const char c : text) out += (c == '\n') ? std::string("\n    ") : std::string(1, c);
  return out;
}

bool says(const Diagnostics& d, const std::string& fragment) { return test::dump(d).find(fragment) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(shape_counts_paragraphs_lists_quotes_rows_notes_and_figures) {
  const TextShape s = shape_of("One 47.9% and 1,200.\nstill one.\n\n- a\n- b\n\n> \"quote\"\n> more\n\n| x |\n| 3 |\n\nEnd.[^n]");
  BOOST_TEST(s.paragraphs == 3);  // "One ...", the quote's text, "End."
  BOOST_TEST(s.list_items == 2);
  BOOST_TEST(s.block_quotes == 1);
  BOOST_TEST(s.table_rows == 2);
  BOOST_TEST(s.footnotes == std::vector<std::string>{"n"});
  BOOST_TEST((s.numbers == std::vector<std::string>{"1200", "3", "47.9%"}));
}

BOOST_AUTO_TEST_CASE(matching_versions_are_quiet) {
  const Diagnostics d = parity_of(indent("In 20 of the 31 cases (65%).\n\n- one"), indent("Mewn 20 o'r 31 achos (65%).\n\n- un"));
  BOOST_TEST(d.all().empty(), test::dump(d));
}

BOOST_AUTO_TEST_CASE(each_kind_of_mismatch_is_found) {
  BOOST_TEST(says(parity_of(indent("One.\n\nTwo."), indent("Un.")), "paragraphs: 1 against 2"));
  BOOST_TEST(says(parity_of(indent("- a\n- b"), indent("- a")), "list items: 1 against 2"));
  BOOST_TEST(says(parity_of(indent("Text.\n\n> \"q\""), indent("Testun.\n\nq")), "quotes: 0 against 1"));
  BOOST_TEST(says(parity_of(indent("| a |\n| b |"), indent("| a |")), "table rows: 1 against 2"));
  BOOST_TEST(says(parity_of(indent("Text.[^fte]"), indent("Testun.")), "footnotes differ"));
  BOOST_TEST(says(parity_of(indent("In 37% of cases."), indent("Mewn 73% o achosion.")), "figures missing here: 37%"));
  BOOST_TEST(says(parity_of(indent("In 37% of cases."), indent("Mewn 73% o achosion.")), "figures not in the other language: 73%"));
}

BOOST_AUTO_TEST_CASE(mismatch_is_reported_at_the_welsh_text) {
  const Diagnostics d = parity_of(indent("One.\n\nTwo."), indent("Un."));
  BOOST_REQUIRE(!d.all().empty());
  BOOST_TEST(d.all()[0].code == "parity");
  BOOST_TEST(d.all()[0].pos.line > 0);
}
