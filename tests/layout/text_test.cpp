// Line breaking: Unicode break opportunities, greedy lines, nothing past the margin.
#include <boost/test/unit_test.hpp>

#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "layout/helpers.hpp"
#include "layout/text.hpp"

using namespace quire;
using namespace quire::layout;

namespace {

const Style& style() {
  static const Style s;
  return s;
}

const std::string kSoftHyphen = "\xC2\xAD";

// The text of the lines, without the soft hyphens drawn where a word too long for a line goes on.
std::string joined(const std::vector<Line>& lines) {
  std::string all;
  for (const auto& line : lines)
    for (const auto& item : line.items) all += item.text;
  for (std::size_t at; (at = all.find(kSoftHyphen)) != std::string::npos;) all.erase(at, kSoftHyphen.size());
  return all;
}

// The last characters of each line but the last.
std::vector<std::string> line_ends(const std::vector<Line>& lines, std::size_t bytes) {
  std::vector<std::string> ends;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string& t = lines[i].items.back().text;
    ends.push_back(t.substr(t.size() - std::min(bytes, t.size())));
  }
  return ends;
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

// A new Welsh report's narrow table cut "Llanfairpwllgwyngyll..." anywhere, "pwl|lgwyn" too, with
// nothing to show the word goes on. A word of letters now breaks between letters, never inside a
// Welsh letter written with two, and the line ends in a soft hyphen (drawn as a hyphen, dropped
// when the text is read out); an address still breaks with no hyphen that could be taken for its own.
BOOST_AUTO_TEST_CASE(a_word_too_long_for_its_line_breaks_between_letters_with_a_hyphen) {
  const TextSetter welsh(test::fonts(), style(), "cy");
  const std::string word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
  for (const double width : {40.0, 55.0, 70.0, 90.0, 120.0}) {
    const auto lines = welsh.set(plain_spans("(" + word + ").", style().body), width, style().body);
    BOOST_REQUIRE(lines.size() > 1u);
    BOOST_TEST(joined(lines) == "(" + word + ").");
    const std::string all = [&] {
      std::string a;
      for (const auto& line : lines) a += line.items.back().text + "|";
      return a;
    }();
    for (const auto& line : lines) {
      BOOST_TEST(line.width <= width + 1e-9);
      for (const auto& item : line.items) BOOST_TEST(item.x + item.w <= width + 1e-9);
    }
    for (const auto& end : line_ends(lines, 2)) BOOST_TEST(end == kSoftHyphen, all);
    // No break inside ll, dd, ch, ng, rh...: the letter before a break and the one after it.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      const std::string& t = lines[i].items.back().text;
      const std::string pair = std::string(1, t[t.size() - 3]) + lines[i + 1].items.front().text[0];
      for (const std::string letter : {"ch", "dd", "ff", "ng", "ll", "ph", "rh", "th"})
        BOOST_TEST(pair != letter, all);
    }
  }
  const TextSetter english(test::fonts(), style(), "en");
  const std::string url = "https://www.justiceinspectorates.gov.uk/hmiprobation/about-our-work/our-standards-and-ratings/";
  const auto lines = english.set(plain_spans(url, style().body), 90, style().body);
  BOOST_REQUIRE(lines.size() > 1u);
  for (const auto& line : lines) BOOST_TEST(line.items.back().text.find(kSoftHyphen) == std::string::npos);
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

// The setter's memo (lines already set, longest words, measured spans) is keyed by Span::tie()
// and SpanSetting::tie(): a field missing from a key would hand back lines set for other
// spans. These tests fail if a field is left out of a key, or if the check for that goes blind.
namespace {

struct AllTied {
  int a = 0;
  std::string b;
  Colour c;
  auto tie() const { return std::tie(a, b, c); }
};

struct OneLeftOut {
  int a = 0;
  std::string b;
  Colour c;
  auto tie() const { return std::tie(a, b); }
};

// The field changed, whatever its type, whatever its type.
template <typename T>
void change(T& field) {
  if constexpr (std::is_same_v<T, std::string>) field += "x";
  else if constexpr (std::is_same_v<T, Colour>) field.g += 0.25;
  else if constexpr (std::is_enum_v<T>) field = static_cast<T>(static_cast<std::underlying_type_t<T>>(field) + 1);
  else field += 1;
}

template <std::size_t... I>
void each_field_decides(std::index_sequence<I...>) {
  const Span original{"word", FontStyle::regular, 10, Colour{}, 0, "https://example.org", 1, 2, Atom::none, 0,
                      Colour{}, 0, 0};
  auto check = [&](auto index) {
    Span other = original;
    const auto& field = std::get<decltype(index)::value>(other.tie());
    change(const_cast<std::remove_cvref_t<decltype(field)>&>(field));  // `other` itself is not const
    BOOST_TEST(!(other == original), "field " << decltype(index)::value);
    BOOST_TEST(hash_of(other) != hash_of(original), "field " << decltype(index)::value);
  };
  (check(std::integral_constant<std::size_t, I>{}), ...);
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_field_check_sees_a_field_left_out_of_a_tie) {
  BOOST_TEST(field_count<OneLeftOut>() == 3u);
  BOOST_TEST(ties_every_field<AllTied>());
  BOOST_TEST(!ties_every_field<OneLeftOut>());
  BOOST_TEST(field_count<Span>() == std::tuple_size_v<decltype(Span{}.tie())>);
}

BOOST_AUTO_TEST_CASE(every_field_of_a_span_decides_its_equality_and_hash) {
  each_field_decides(std::make_index_sequence<field_count<Span>()>{});
}

BOOST_AUTO_TEST_CASE(the_memo_gives_spans_that_differ_only_in_link_or_colour_their_own_lines) {
  const TextSetter setter(test::fonts(), style(), "en");
  auto spans = plain_spans("the plan", style().body);
  spans[0].link = "https://example.org/a";
  const auto first = setter.set(spans, 300, style().body);
  spans[0].link = "https://example.org/b";
  spans[0].colour = Colour{0.5, 0, 0};
  const auto second = setter.set(spans, 300, style().body);
  BOOST_REQUIRE(first.size() == 1u);
  BOOST_REQUIRE(second.size() == 1u);
  BOOST_REQUIRE(second[0].links.size() == 1u);
  BOOST_TEST(second[0].links[0].target == "https://example.org/b");
  BOOST_TEST((second[0].items[0].colour == Colour{0.5, 0, 0}));
  BOOST_TEST(first[0].links[0].target == "https://example.org/a");  // still there, unchanged
}
