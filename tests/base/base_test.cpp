#define BOOST_TEST_MODULE base
#include <boost/test/unit_test.hpp>

#include "base/binary.hpp"
#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "base/percent.hpp"
#include "base/text.hpp"
#include "support/support.hpp"

using namespace quire;

BOOST_AUTO_TEST_CASE(percentages_round_half_up_from_exact_fractions) {
  BOOST_TEST((Fraction{20, 31}.rounded_percent()) == 65);  // 64.52
  BOOST_TEST((Fraction{1, 8}.rounded_percent()) == 13);    // 12.5 rounds up
  BOOST_TEST((Fraction{129, 200}.rounded_percent()) == 65);  // 64.5 rounds up
  BOOST_TEST((Fraction{7, 14}.rounded_percent()) == 50);
  BOOST_TEST((Fraction{0, 5}.rounded_percent()) == 0);
  BOOST_TEST((Fraction{5, 5}.rounded_percent()) == 100);
}

BOOST_AUTO_TEST_CASE(an_exact_figure_is_shown_to_one_decimal_place) {
  BOOST_TEST((Fraction{35, 54}.exact_str()) == "35/54 = 64.8%");
  BOOST_TEST((Fraction{129, 200}.exact_str()) == "129/200 = 64.5%");
}

BOOST_AUTO_TEST_CASE(band_edges_compare_exactly) {
  BOOST_TEST(at_least_percent(Fraction{13, 20}, 65));    // exactly 65
  BOOST_TEST(!at_least_percent(Fraction{129, 200}, 65));  // 64.5
  BOOST_TEST(at_least_percent(Fraction{4, 5}, 80));
  BOOST_TEST(!at_least_percent(Fraction{0, 0}, 0));  // undefined scores meet no threshold
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_found_with_its_position) {
  BOOST_TEST(!find_invalid_utf8("Arolygiaeth \xc5\xb5 \xc5\xb7 caf\xc3\xa9").has_value());
  const std::string bad = "ok\nab\xff";
  BOOST_TEST(*find_invalid_utf8(bad) == 5u);
  const LineColumn lc = line_column_at(bad, 5);
  BOOST_TEST(lc.line == 2);
  BOOST_TEST(lc.column == 3);
  BOOST_TEST(find_invalid_utf8("\xc0\xaf").has_value());        // overlong
  BOOST_TEST(find_invalid_utf8("\xed\xa0\x80").has_value());    // surrogate
  BOOST_TEST(line_column_at("\xc5\xb5x", 2).column == 2);     // columns count characters
}

BOOST_AUTO_TEST_CASE(line_index_agrees_with_line_column_at_everywhere) {
  // Line breaks first, last and doubled, CRLF, multi-byte and invalid bytes, and offsets past the end.
  for (const std::string& text : {std::string("\nok\r\nab\xff\xc5\xb5 w\n\ncaf\xc3\xa9\xe2\x82\n"), std::string(""),
                                 std::string("one line"), std::string("\xc5\n\xb5")}) {
    const LineIndex index(text);
    for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
      const LineColumn want = line_column_at(text, offset), got = index.at(offset);
      BOOST_TEST(got.line == want.line, "line at " << offset);
      BOOST_TEST(got.column == want.column, "column at " << offset);
    }
  }
  const LineColumn lc = LineIndex("ab\ncd").at(4);
  BOOST_TEST(lc.line == 2);
  BOOST_TEST(lc.column == 2);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_replaced_byte_by_byte) {
  BOOST_TEST(with_valid_utf8("caf\xc3\xa9 \xc5\xb5") == "caf\xc3\xa9 \xc5\xb5");
  BOOST_TEST(with_valid_utf8("a\xff\xff" "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  BOOST_TEST(with_valid_utf8("end\xe2\x82") == "end\xEF\xBF\xBD\xEF\xBF\xBD");
  BOOST_TEST(!find_invalid_utf8(with_valid_utf8("\xc0\xaf\xed\xa0\x80")).has_value());
}

BOOST_AUTO_TEST_CASE(did_you_mean_suggests_near_keys_only) {
  BOOST_TEST(*closest_match("reprot", {"report", "rules", "family"}) == "report");
  BOOST_TEST(*closest_match("foreward", {"foreword", "footnotes"}) == "foreword");
  BOOST_TEST(!closest_match("zzzzzzzz", {"report", "rules"}).has_value());
}

BOOST_AUTO_TEST_CASE(diagnostics_format_as_file_line_column) {
  Diagnostics d;
  d.error(SourcePos{"a.yaml", 3, 7}, "unknown-key", "unknown key 'x'");
  d.warning(SourcePos{"a.yaml", 0, 0}, "w", "whole file");
  BOOST_TEST(format_diagnostic(d.all()[0]) == "a.yaml:3:7: error: unknown key 'x' [unknown-key]");
  BOOST_TEST(format_diagnostic(d.all()[1]) == "a.yaml: warning: whole file [w]");
  BOOST_TEST(d.error_count() == 1u);
}

BOOST_AUTO_TEST_CASE(atomic_write_replaces_whole_file_and_leaves_no_temporary) {
  test::TempDir dir;
  const auto target = dir.write("report.md", "old");
  write_file_atomic(target, "new contents");
  BOOST_TEST(test::slurp(target) == "new contents");
  int files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  BOOST_TEST(files == 1);
  write_file_atomic(dir.path() / "new" / "deeper" / "r.md", "x");  // creates folders
  BOOST_TEST(test::slurp(dir.path() / "new" / "deeper" / "r.md") == "x");
}

BOOST_AUTO_TEST_CASE(atomic_write_failure_leaves_existing_file_untouched) {
  test::TempDir dir;
  const auto target = dir.write("report.md", "precious");
  // A folder where the file should be: the rename fails, the folder and its content survive.
  std::filesystem::create_directories(dir.path() / "blocked.md" / "inside");
  BOOST_CHECK_THROW(write_file_atomic(dir.path() / "blocked.md", "x"), FileError);
  BOOST_TEST(std::filesystem::is_directory(dir.path() / "blocked.md" / "inside"));
  BOOST_TEST(test::slurp(target) == "precious");
}

BOOST_AUTO_TEST_CASE(binary_form_reads_back_what_was_written) {
  BinaryWriter w;
  w.count(0);
  w.count(130);  // two bytes; a count is a number of things that follow, each a byte or more
  for (int i = 0; i < 130; ++i) w.text("");
  w.text("Arolygiaeth ŵ ŷ");
  w.text("");
  BinaryReader r(w.bytes());
  std::uint64_t a = 1, b = 0;
  std::string s = "x", empty = "x";
  BOOST_TEST(r.count(a));
  BOOST_TEST(r.count(b));
  for (std::uint64_t i = 0; i < b; ++i) BOOST_TEST(r.text(s));
  BOOST_TEST(r.text(s));
  BOOST_TEST(r.text(empty));
  BOOST_TEST(a == 0u);
  BOOST_TEST(b == 130u);
  BOOST_TEST(s == "Arolygiaeth ŵ ŷ");
  BOOST_TEST(empty.empty());
  BOOST_TEST(r.at_end());
}

BOOST_AUTO_TEST_CASE(binary_form_refuses_truncated_and_oversized_input) {
  BinaryWriter w;
  w.text("a label of some length");
  const std::string bytes = w.bytes();
  std::string s;
  BinaryReader truncated(std::string_view(bytes).substr(0, bytes.size() - 1));
  BOOST_TEST(!truncated.text(s));
  BOOST_TEST(!truncated.ok());
  BinaryReader huge("\xff\xff\xff\xff\x0f");  // a count no file this small could hold
  std::uint64_t n = 0;
  BOOST_TEST(!huge.count(n));
  BinaryWriter big;
  big.number(0xcbf29ce484222325ULL);  // a fingerprint: larger than any file, yet a number
  BinaryReader fingerprinted(big.bytes());
  std::uint64_t sum = 0;
  BOOST_TEST((fingerprinted.number(sum) && sum == 0xcbf29ce484222325ULL && fingerprinted.at_end()));
  BinaryReader unterminated("\x80\x80");
  BOOST_TEST(!unterminated.count(n));
  BOOST_TEST(fingerprint("a") != fingerprint("b"));
  BOOST_TEST(fingerprint("") == 0xcbf29ce484222325ULL);
}
