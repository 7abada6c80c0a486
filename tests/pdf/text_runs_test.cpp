// Splitting text into runs by encoding, on hand-made code tables.
#include <boost/test/unit_test.hpp>

#include "pdf/text_runs.hpp"

using namespace quire::pdf;

namespace {

CodeTables tables() {
  CodeTables t;
  for (char32_t c = 0x20; c < 0x7F; ++c) {
    t.add(Encoding::win_ansi, c, static_cast<unsigned char>(c));
    t.add(Encoding::latin8, c, static_cast<unsigned char>(c));
  }
  t.add(Encoding::win_ansi, U'’', 0x92);
  t.add(Encoding::latin8, U'ŵ', 0xF0);
  return t;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_run_keeps_its_encoding_while_it_can) {
  const auto runs = encode_runs("Mae’r grŵp ≥ 3", tables());
  BOOST_REQUIRE(runs.size() == 4u);
  BOOST_TEST((runs[0].encoding == Encoding::win_ansi));
  BOOST_TEST(runs[0].bytes == "Mae\x92r gr");
  BOOST_TEST((runs[1].encoding == Encoding::latin8));
  BOOST_TEST(runs[1].bytes == "\xF0p ");  // stays Latin-8: the space and "p" are held there too
  BOOST_TEST((runs[2].encoding == Encoding::utf8));
  BOOST_TEST(runs[2].bytes == "≥");
  BOOST_TEST((runs[3].encoding == Encoding::win_ansi));
  BOOST_TEST(runs[3].bytes == " 3");
}

BOOST_AUTO_TEST_CASE(plain_text_is_one_run_and_empty_text_none) {
  BOOST_TEST(encode_runs("", tables()).empty());
  const auto runs = encode_runs("plain", tables());
  BOOST_REQUIRE(runs.size() == 1u);
  BOOST_TEST(runs[0].bytes == "plain");
}

// Printable ASCII skips the per-character lookups when Windows-1252 holds it as itself; the
// lookups still decide when it does not.
BOOST_AUTO_TEST_CASE(ascii_is_shown_as_itself_only_where_the_table_says_so) {
  const CodeTables t = tables();
  BOOST_TEST(t.ascii_as_itself());
  const auto plain = encode_runs("A plain line, with (brackets) ~ and 42.", t);
  BOOST_REQUIRE(plain.size() == 1u);
  BOOST_TEST((plain[0].encoding == Encoding::win_ansi));
  BOOST_TEST(plain[0].bytes == "A plain line, with (brackets) ~ and 42.");

  CodeTables odd = tables();
  odd.add(Encoding::win_ansi, U'A', 0x41 + 1);  // not itself any more
  BOOST_TEST(!odd.ascii_as_itself());
  const auto runs = encode_runs("AB", odd);
  BOOST_REQUIRE(runs.size() == 1u);
  BOOST_TEST(runs[0].bytes == "\x42\x42");
  odd.add(Encoding::win_ansi, U'A', 0x41);
  BOOST_TEST(odd.ascii_as_itself());
}
