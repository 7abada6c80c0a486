#define BOOST_TEST_MODULE doc
#include <boost/test/unit_test.hpp>

#include "doc/walk.hpp"

using namespace quire::doc;

namespace {

Inline text(const std::string& t) {
  Inline in;
  in.text = t;
  return in;
}

Inline wrap(InlineKind kind, Inlines children) {
  Inline in;
  in.kind = kind;
  in.children = std::move(children);
  return in;
}

Block heading(int level, const std::string& t) { return Block{Heading{level, {text(t)}, {}}, 0}; }

}  // namespace

BOOST_AUTO_TEST_CASE(repeated_headings_get_numbered_anchors) {
  Document d;
  d.blocks = {heading(2, "Summary"), heading(3, "Summary"), Block{Quote{"quote", {heading(3, "Summary")}}, 0}};
  assign_anchors(d);
  const auto hs = headings(d);
  BOOST_REQUIRE(hs.size() == 3u);
  BOOST_TEST(hs[0]->anchor == "summary");
  BOOST_TEST(hs[1]->anchor == "summary-1");
  BOOST_TEST(hs[2]->anchor == "summary-2");
}

BOOST_AUTO_TEST_CASE(plain_text_reads_like_the_page) {
  Inline note;
  note.kind = InlineKind::footnote_ref;
  note.number = 3;
  Inline stars;
  stars.kind = InlineKind::stars;
  stars.number = 2;
  stars.of = 4;
  const Inlines in = {text("Rated "), wrap(InlineKind::badge, {text("Good")}), note, text(" "), stars,
                      wrap(InlineKind::strong, {wrap(InlineKind::emphasis, {text("now")})})};
  BOOST_TEST(plain_text(in) == "Rated Good now");
  BOOST_TEST(plain_text(in, true) == "Rated Good3 now");
}

BOOST_AUTO_TEST_CASE(blocks_are_walked_in_reading_order_with_depth) {
  List list;
  list.items = {{Block{Paragraph{{text("a")}}, 0}}, {Block{Paragraph{{text("b")}}, 0}}};
  Document d;
  d.blocks = {Block{Region{"cover", {heading(1, "T")}}, 0}, Block{std::move(list), 0}, Block{PageBreak{}, 0}};
  std::string seen;
  for_each_block(d.blocks, [&](const Block& b, int depth) {
    seen += std::to_string(depth);
    if (const auto* p = std::get_if<Paragraph>(&b.body)) seen += plain_text(p->content);
    if (const auto* h = std::get_if<Heading>(&b.body)) seen += plain_text(h->content);
    seen += ' ';
  });
  BOOST_TEST(seen == "0 1T 0 1a 1b 0 ");
}

BOOST_AUTO_TEST_CASE(footnotes_are_found_by_id) {
  Document d;
  d.footnotes.push_back(Footnote{"1", 1, {Block{Paragraph{{text("Source.")}}, 0}}});
  BOOST_TEST(find_footnote(d, "1") != nullptr);
  BOOST_TEST(find_footnote(d, "2") == nullptr);
}
