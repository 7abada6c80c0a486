// base/utf8: one decoder for every stage, and one rule for invalid input: each byte that begins
// no valid sequence is one U+FFFD, and decoding goes on at the next byte.
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "base/anchor.hpp"
#include "base/files.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

// As numbers: Boost.Test cannot print a char32_t.
std::vector<std::uint32_t> decode_all(std::string_view text) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::next(text, i));
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(utf8_decoding)

BOOST_AUTO_TEST_CASE(valid_text_decodes_to_its_characters) {
  BOOST_TEST((decode_all("a\xC5\xB5\xE2\x80\x94\xF0\x9F\x98\x80") ==
              std::vector<std::uint32_t>{U'a', U'\u0175', U'\u2014', U'\U0001F600'}));
  BOOST_TEST(utf8::count("Rhagair: \xC5\xB5yr") == 12u);
  BOOST_TEST(utf8::length_at("\xE2\x80\x94x", 0) == 3u);
}

// Each kind of invalid sequence: the bytes that begin no character each come out as U+FFFD, and
// every decoder and check agrees on where the first one is.
BOOST_AUTO_TEST_CASE(invalid_sequences_decode_as_one_replacement_per_byte) {
  constexpr std::uint32_t R = utf8::kReplacement;
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::uint32_t> decoded;
    std::size_t first_invalid;
  };
  const std::vector<Case> cases{
      {"a stray continuation byte", "a\x80z", {U'a', R, U'z'}, 1},
      {"a sequence cut short by ASCII", "a\xE2\x80z", {U'a', R, R, U'z'}, 1},
      {"a sequence cut short by the end", "ab\xF0\x9F\x98", {U'a', U'b', R, R, R}, 2},
      {"an overlong slash", "\xC0\xAF", {R, R}, 0},
      {"a surrogate", "x\xED\xA0\x80", {U'x', R, R, R}, 1},
      {"above U+10FFFF", "\xF4\x90\x80\x80", {R, R, R, R}, 0},
      {"a byte never used in UTF-8", "ok \xFF", {U'o', U'k', U' ', R}, 3},
  };
  for (const auto& c : cases) {
    BOOST_TEST_CONTEXT(c.name) {
      BOOST_TEST(decode_all(c.text) == c.decoded, boost::test_tools::per_element());
      BOOST_TEST_REQUIRE(utf8::find_invalid(c.text).has_value());
      BOOST_TEST(*utf8::find_invalid(c.text) == c.first_invalid);
      BOOST_TEST(*find_invalid_utf8(c.text) == c.first_invalid);
      const std::string repaired = utf8::with_replacements(c.text);
      BOOST_TEST(!utf8::find_invalid(repaired).has_value());
      BOOST_TEST(decode_all(repaired) == c.decoded, boost::test_tools::per_element());
      BOOST_TEST(utf8::count(c.text) == c.decoded.size());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_literal_replacement_character_is_valid) {
  BOOST_TEST(!utf8::find_invalid("\xEF\xBF\xBD").has_value());
  BOOST_TEST(utf8::with_replacements("\xEF\xBF\xBD") == "\xEF\xBF\xBD");
}

BOOST_AUTO_TEST_CASE(long_ascii_runs_are_checked_to_their_end) {
  const std::string text = std::string(37, 'a') + "\x80" + std::string(20, 'b');
  BOOST_TEST(*utf8::find_invalid(text) == 37u);
  BOOST_TEST(!utf8::find_invalid(std::string(64, 'a')).has_value());
}

BOOST_AUTO_TEST_CASE(prefixes_never_cut_a_character) {
  const std::string text = "ab\xC5\xB5\xE2\x80\x94";  // a b ŵ —
  BOOST_TEST(utf8::prefix_within(text, 3) == "ab");
  BOOST_TEST(utf8::prefix_within(text, 4) == "ab\xC5\xB5");
  BOOST_TEST(utf8::prefix_within(text, 6) == "ab\xC5\xB5");
  BOOST_TEST(utf8::prefix_within(text, 99) == text);
}

BOOST_AUTO_TEST_CASE(utf16_uses_surrogate_pairs_above_the_basic_plane) {
  BOOST_TEST((utf8::to_utf16("\xC5\xB5\xF0\x9F\x98\x80") == std::u16string{u'\u0175', 0xD83D, 0xDE00}));
  BOOST_TEST((utf8::to_utf16("a\x80") == std::u16string{u'a', 0xFFFD}));
}

BOOST_AUTO_TEST_CASE(columns_count_characters) {
  BOOST_TEST(line_column_at("\xC5\xB5\xC5\xB7x\ny", 4).column == 3);
  BOOST_TEST(line_column_at("\xC5\xB5\xC5\xB7x\ny", 6).line == 2);
}

BOOST_AUTO_TEST_SUITE_END()

// One heading-anchor function (base/anchor.hpp) serves the Markdown contents and the document's
// headings, so a contents link always lands.
BOOST_AUTO_TEST_CASE(heading_anchors_follow_github) {
  BOOST_TEST(heading_anchor("1.1 Staff") == "11-staff");
  BOOST_TEST(heading_anchor("Annex 1 \xE2\x80\x93 Methodology") == "annex-1--methodology");
  BOOST_TEST(heading_anchor("Rhagair: \xC5\xB5yr") == "rhagair-\xC5\xB5yr");
}

// GitHub lower-cases every letter and drops every punctuation mark, not just ASCII ones: a Welsh
// heading with a capital circumflex or a curly apostrophe had an anchor GitHub does not give it, so
// the Markdown report's contents links went nowhere there (found with a new Welsh inspection).
BOOST_AUTO_TEST_CASE(heading_anchors_lower_case_welsh_capitals_and_drop_curly_quotes) {
  // Every Welsh vowel with each accent, upper case, comes out as its lower-case form.
  const std::string upper = "\xC3\x82\xC3\x8A\xC3\x8E\xC3\x94\xC3\x9B\xC5\xB4\xC5\xB6"  // ÂÊÎÔÛŴŶ
                            "\xC3\x84\xC3\x8B\xC3\x8F\xC3\x96\xC3\x9C\xE1\xBA\x84\xC5\xB8"  // ÄËÏÖÜẄŸ
                            "\xC3\x81\xC3\x89\xC3\x8D\xC3\x93\xC3\x9A\xE1\xBA\x82\xC3\x9D"  // ÁÉÍÓÚẂÝ
                            "\xC3\x80\xC3\x88\xC3\x8C\xC3\x92\xC3\x99\xE1\xBA\x80\xE1\xBB\xB2";  // ÀÈÌÒÙẀỲ
  const std::string lower = "\xC3\xA2\xC3\xAA\xC3\xAE\xC3\xB4\xC3\xBB\xC5\xB5\xC5\xB7"  // âêîôûŵŷ
                            "\xC3\xA4\xC3\xAB\xC3\xAF\xC3\xB6\xC3\xBC\xE1\xBA\x85\xC3\xBF"  // äëïöüẅÿ
                            "\xC3\xA1\xC3\xA9\xC3\xAD\xC3\xB3\xC3\xBA\xE1\xBA\x83\xC3\xBD"  // áéíóúẃý
                            "\xC3\xA0\xC3\xA8\xC3\xAC\xC3\xB2\xC3\xB9\xE1\xBA\x81\xE1\xBB\xB3";  // àèìòùẁỳ
  BOOST_TEST(heading_anchor("Cwm " + upper) == "cwm-" + lower);
  BOOST_TEST(heading_anchor(lower) == lower);
  // "Rôl y Bwrdd i’r “Ardal” … × 2" : curly quotes, ellipsis, no-break space and × go.
  BOOST_TEST(heading_anchor("R\xC3\xB4l y Bwrdd i\xE2\x80\x99r \xE2\x80\x9C"
                            "Ardal\xE2\x80\x9D \xE2\x80\xA6\xC2\xA0\xC3\x97 2") ==
             "r\xC3\xB4l-y-bwrdd-ir-ardal--2");
  BOOST_TEST(heading_anchor("\xC5\xB4yl \xC3\x94l-ofal") == "\xC5\xB5yl-\xC3\xB4l-ofal");
}

// One path-containment check for every file a data file names.
BOOST_AUTO_TEST_CASE(paths_named_by_data_stay_in_their_folder) {
  test::TempDir dir;
  const auto inside = dir.write("sub/cases.csv", "case,question,answer\n");
  BOOST_TEST(path_inside(dir.path(), "sub/cases.csv").has_value());
  BOOST_TEST(path_inside(dir.path(), "not-yet-written.csv").has_value());
  for (const char* bad : {"", "../cases.csv", "sub/../../x", "/etc/passwd"})
    BOOST_TEST(!path_inside(dir.path(), bad).has_value(), bad);
  test::TempDir elsewhere;
  const auto outside = elsewhere.write("secret.csv", "x");
  std::filesystem::create_symlink(outside, dir.path() / "link.csv");
  BOOST_TEST(!path_inside(dir.path(), "link.csv").has_value());
  std::filesystem::create_symlink(inside, dir.path() / "good-link.csv");
  BOOST_TEST(path_inside(dir.path(), "good-link.csv").has_value());
}

// `quire validate inspection.yaml` typed in the inspection's folder: the folder is the empty path.
BOOST_AUTO_TEST_CASE(an_empty_folder_is_the_working_folder) {
  test::TempDir dir;
  dir.write("sub/cases.csv", "case,question,answer\n");
  const std::filesystem::path cwd = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  const bool found = path_inside("", "sub/cases.csv").has_value();
  const bool refused = !path_inside("", "../cases.csv").has_value();
  std::filesystem::current_path(cwd);
  BOOST_TEST(found);
  BOOST_TEST(refused);
}
