#define BOOST_TEST_MODULE markdown
#include <boost/test/unit_test.hpp>

#include "markdown/markdown.hpp"

using namespace quire;

BOOST_AUTO_TEST_CASE(outlines_headings_tables_and_footnotes) {
  const auto o = outline_markdown(
      "# Title\n\nText with a note.[^a]\n\n## Part\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n- x\n- y\n\n"
      "> quoted\n\n[^a]: The note.\n");
  BOOST_TEST(o.headings[1] == 1);
  BOOST_TEST(o.headings[2] == 1);
  BOOST_TEST(o.tables == 1);
  BOOST_TEST(o.table_rows == 2);
  BOOST_TEST(o.list_items == 2);
  BOOST_TEST(o.block_quotes == 1);
  BOOST_TEST(o.footnote_definitions == 1);
  BOOST_TEST(o.footnote_references == 1);
  BOOST_TEST(o.unresolved_footnotes.empty());
  BOOST_TEST(o.heading_texts[1] == "2:Part");
}

BOOST_AUTO_TEST_CASE(undefined_footnote_stays_as_text_and_is_reported) {
  const auto o = outline_markdown("Text.[^missing]\n");
  BOOST_TEST(o.footnote_references == 0);
  BOOST_REQUIRE(o.unresolved_footnotes.size() == 1u);
  BOOST_TEST(o.unresolved_footnotes[0] == "[^missing]");
}

BOOST_AUTO_TEST_CASE(plain_text_keeps_welsh_letters) {
  const auto o = outline_markdown("Arolygiaeth Prawf EM: ŵ ŷ Ŵ Ŷ â ê î ô û\n");
  BOOST_TEST(o.plain_text.find("ŵ ŷ Ŵ Ŷ") != std::string::npos);
}
