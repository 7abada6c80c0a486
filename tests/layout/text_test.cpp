// Line breaking: Unicode break opportunities, greedy lines, nothing past the margin.
#include <boost/test/unit_test.hpp>

#include "layout/helpers.hpp"
#include "layout/text.hpp"

using namespace quire;
using namespace quire::layout;

namespace {

const Style& style() {
  static const Style s;
  return s;
}

std::string joined(const std::vector<Line>& lines) {
  std::string all;
  for (const auto& line : lines)
    for (const auto& item : line.items) all += item.text;
  return all;
}

}  // namespace

BOOST_AUTO_TEST_CASE(lines_fit_their_width_and_lose_nothing) {
  const TextSetter setter(test::fonts(), style(), "en");
  const std::string text =
      "The governance and leadership of the service are ineffective. There is no shared vision, understanding of "
      "purpose or suitable strategy to provide a high-quality personalised responsive service.";
  for (const double width : {60.0, 150.0, 300.0, 1000.0}) {
    const auto lines = setter.set(plain_spans(text, style().body), width, style().body);
    for (const auto& line : lines) BOOST_TEST(line.width <= width + 1e-9);
    std::string expected = text;
    std::erase(expected, ' ');
    std::string got = joined(lines);
    std::erase(got, ' ');
    BOOST_TEST(got == expected);
  }
  BOOST_TEST(setter.set(plain_spans(text, style().body), 1e9, style().body).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_url_longer_than_the_line_breaks_rather_than_overflows) {
  const TextSetter setter(test::fonts(), style(), "en");
  const std::string url = "https://www.justiceinspectorates.gov.uk/hmiprobation/about-our-work/our-standards-and-ratings/";
  const std::string word(60, 'W');
  for (const auto& text : {url, word}) {
    const auto lines = setter.set(plain_spans("See " + text, style().body), 120, style().body);
    BOOST_TEST(lines.size() > 2u);
    for (const auto& line : lines) {
      BOOST_TEST(line.width <= 120 + 1e-9);
      for (const auto& item : line.items) BOOST_TEST(item.x + item.w <= 120 + 1e-9);
    }
    std::string got = joined(lines);
    std::erase(got, ' ');
    BOOST_TEST(got == "See" + text);
  }
}

BOOST_AUTO_TEST_CASE(hard_breaks_start_new_lines_and_alignment_moves_them) {
  const TextSetter setter(test::fonts(), style(), "en");
  const auto lines = setter.set(plain_spans("1 Bridge Street\nManchester", style().body), 400, style().body,
                                doc::Align::right);
  BOOST_REQUIRE(lines.size() == 2u);
  BOOST_TEST(lines[1].items[0].text == "Manchester");
  BOOST_TEST(lines[1].items[0].x + lines[1].items[0].w == 400.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(styles_links_footnotes_badges_and_stars_become_spans) {
  const auto document = test::document_of(
      "Rated **bold** [here](https://example.org)[^1] as <!-- quire:rating -->**Good**, "
      "<!-- quire:stars 3/4 --> and ★★☆.\n\n[^1]: Note.\n");
  const TextSetter setter(test::fonts(), style(), "en");
  auto doc_meta = document.meta;
  doc_meta.rating_scale = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
  const auto& p = std::get<doc::Paragraph>(document.blocks[0].body);
  const auto spans = spans_from(p.content, style().body, setter, doc_meta);
  int stars = 0, badges = 0, links = 0, notes = 0, bold = 0;
  for (const auto& s : spans) {
    stars += s.atom == Atom::stars;
    badges += s.atom == Atom::badge;
    links += !s.link.empty();
    notes += s.footnote == 1;
    bold += s.atom == Atom::none && s.font == FontStyle::bold;
  }
  BOOST_TEST(stars == 2);
  BOOST_TEST(badges == 1);
  BOOST_TEST(links == 1);
  BOOST_TEST(notes == 1);
  BOOST_TEST(bold == 1);
  for (const auto& s : spans)
    if (s.atom == Atom::badge) BOOST_TEST((s.fill == style().badge_fill(2, 4)));
  const auto lines = setter.set(spans, 400, style().body);
  BOOST_TEST(lines[0].footnotes == std::vector<int>{1});
  BOOST_TEST(lines[0].links.size() == 1u);
}
