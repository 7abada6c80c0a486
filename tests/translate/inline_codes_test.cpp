#define BOOST_TEST_MODULE translate
#include <boost/test/unit_test.hpp>

#include "translate/inline_codes.hpp"

using namespace quire::translate;

namespace {

// The pieces written back as text, codes as {id} / {id ... /id}, to compare in one string.
std::string shape(const CodedText& c) {
  std::string out;
  for (const Piece& p : c.pieces) {
    if (p.kind == Piece::Kind::text) out += p.text;
    else if (p.kind == Piece::Kind::open) out += "{" + std::to_string(p.id) + " ";
    else if (p.kind == Piece::Kind::close) out += " /" + std::to_string(p.id) + "}";
    else out += "{" + std::to_string(p.id) + "}";
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(emphasis_links_and_footnote_references_become_codes) {
  const CodedText c = encode_inline("A *very* **bold** [link](https://example.org) with a note[^one].");
  BOOST_TEST(shape(c) == "A {1 very /1} {2 bold /2} {3 link /3} with a note{4}.");
  BOOST_TEST(c.codes.at(1).open == "*");
  BOOST_TEST(c.codes.at(2).ctype == "bold");
  BOOST_TEST(c.codes.at(3).close == "](https://example.org)");
  BOOST_TEST(c.codes.at(4).open == "[^one]");
  BOOST_TEST(!c.codes.at(4).paired());
}

BOOST_AUTO_TEST_CASE(what_is_not_markup_stays_text) {
  BOOST_TEST(shape(encode_inline("snake_case_name and 3 * 4 and a lone *")) == "snake_case_name and 3 * 4 and a lone *");
  BOOST_TEST(shape(encode_inline("[not a link] and \\*escaped\\*")) == "[not a link] and \\*escaped\\*");
  BOOST_TEST(shape(encode_inline("code `a*b*c` here")) == "code {1} here");
  BOOST_TEST(encode_inline("Plain words.").codes.empty());
}
