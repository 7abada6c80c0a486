// markdown_links: every destination cmark-gfm resolves, with where the link starts.
#include <boost/test/unit_test.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "markdown/links.hpp"

using namespace quire;

BOOST_AUTO_TEST_SUITE(links)

BOOST_AUTO_TEST_CASE(inline_reference_autolink_and_image_destinations_with_positions) {
  const auto links = markdown_links(
      "Intro.\n"
      "\n"
      "See [the plan][p], <mailto:a@b.org> and [x]( javascript:y ).\n"
      "![map](file:///etc/passwd) and [Plan][P] and <https://a.org/x>\n"
      "\n"
      "[p]: javascript:alert(1)\n");
  BOOST_TEST_REQUIRE(links.size() == 6u);
  const std::vector<std::tuple<std::string, int, int>> expected{
      {"javascript:alert(1)", 3, 5}, {"mailto:a@b.org", 3, 20},    {"javascript:y", 3, 41},
      {"file:///etc/passwd", 4, 1},  {"javascript:alert(1)", 4, 32}, {"https://a.org/x", 4, 46}};
  for (std::size_t i = 0; i < links.size(); ++i) {
    BOOST_TEST_CONTEXT("link " << i) {
      BOOST_TEST(links[i].destination == std::get<0>(expected[i]));
      BOOST_TEST(links[i].line == std::get<1>(expected[i]));
      BOOST_TEST(links[i].column == std::get<2>(expected[i]));
    }
  }
}

// Columns count characters; an autolink after a line break is placed on its own line.
BOOST_AUTO_TEST_CASE(columns_count_characters_on_the_links_own_line) {
  const auto links = markdown_links("Ŵyr and ŷ: [a](javascript:x)\nthen <data:text/html,hi> and <a@b.org>\n");
  BOOST_TEST_REQUIRE(links.size() == 3u);
  BOOST_TEST(links[0].column == 12);
  BOOST_TEST(links[1].line == 2);
  BOOST_TEST(links[1].column == 6);
  BOOST_TEST(links[2].destination == "mailto:a@b.org");
  BOOST_TEST(links[2].column == 30);
}

BOOST_AUTO_TEST_CASE(text_that_only_looks_like_a_link_is_not_one) {
  // Code, an undefined reference, escaped brackets and a definition nothing uses are not links.
  BOOST_TEST(markdown_links("`[a](javascript:x)` [b][nowhere] \\[c\\](javascript:y)\n\n[d]: javascript:z\n").empty());
}

BOOST_AUTO_TEST_CASE(bare_urls_are_links) {
  const auto links = markdown_links("Visit www.example.org or https://example.net/a today.");
  BOOST_TEST_REQUIRE(links.size() == 2u);
  BOOST_TEST(links[0].destination == "http://www.example.org");
  BOOST_TEST(links[1].destination == "https://example.net/a");
}

BOOST_AUTO_TEST_SUITE_END()
