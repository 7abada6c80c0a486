// The structure layout gives the pages (issue 9): every item of real content belongs to an
// element, page furniture to none, and the elements read in the document's order wherever the
// pages put their items (a footnote at the foot of a page, a list's marker drawn after its line).
#include <boost/test/unit_test.hpp>

#include "doc/walk.hpp"
#include "layout/helpers.hpp"

using namespace quire;
using namespace quire::layout;

namespace quire::layout {
// For test messages.
inline std::ostream& operator<<(std::ostream& out, Role role) { return out << static_cast<int>(role); }
}  // namespace quire::layout

namespace {

const StructNode& node_of(const LaidOutDocument& d, const Item& item) {
  BOOST_REQUIRE(item.node >= 0 && static_cast<std::size_t>(item.node) < d.structure.size());
  return d.structure[static_cast<std::size_t>(item.node)];
}

// The first text item saying exactly `text`, anywhere.
const Item* find_text(const LaidOutDocument& d, const std::string& text) {
  for (const auto& page : d.pages)
    for (const auto& item : page.items)
      if (item.kind == ItemKind::text && item.text == text) return &item;
  return nullptr;
}

bool inside(const LaidOutDocument& d, int node, Role role) {
  for (int at = node; at >= 0; at = d.structure[static_cast<std::size_t>(at)].parent)
    if (d.structure[static_cast<std::size_t>(at)].role == role) return true;
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(structure)

BOOST_AUTO_TEST_CASE(content_has_an_element_and_furniture_none) {
  for (const auto& [name, markdown] : test::example_markdowns()) {
    auto document = test::document_of(markdown);
    document.meta.watermark = "Draft";  // the watermark too must be furniture
    const auto d = layout_document(document, test::fonts());
    BOOST_TEST_REQUIRE(!d.structure.empty(), name);
    BOOST_TEST((d.structure[0].role == Role::document && d.structure[0].parent == -1), name);
    BOOST_TEST(d.structure[0].language == "en-GB", name);
    for (std::size_t n = 1; n < d.structure.size(); ++n)
      BOOST_TEST((d.structure[n].parent >= 0 && static_cast<std::size_t>(d.structure[n].parent) < n), name);
    int content = 0;
    for (const auto& page : d.pages)
      for (const auto& item : page.items) {
        if (item.area != Area::body) {
          BOOST_TEST(item.node < 0, name << " page " << page.number << ": furniture '" << item.text << "' is read");
          continue;
        }
        if (item.kind != ItemKind::text || item.text.find_first_not_of('.') == std::string::npos) continue;
        // Text in the body is read, but for a table header row repeated on a later page.
        if (item.node == kArtifact) continue;
        BOOST_TEST(item.node >= 0, name << " page " << page.number << ": '" << item.text << "' belongs to nothing");
        ++content;
      }
    BOOST_TEST(content > 100, name);
  }
}

BOOST_AUTO_TEST_CASE(headings_are_elements_at_their_level) {
  const auto d = test::lay_out("# Title\n\nText.\n\n### Deeper\n\nMore text.\n");
  BOOST_TEST(node_of(d, *find_text(d, "Title")).role == Role::heading);
  BOOST_TEST(node_of(d, *find_text(d, "Title")).level == 1);
  BOOST_TEST(node_of(d, *find_text(d, "Deeper")).level == 3);
  BOOST_TEST(node_of(d, *find_text(d, "Text.")).role == Role::paragraph);
}

BOOST_AUTO_TEST_CASE(a_list_items_label_reads_before_its_text) {
  const auto d = test::lay_out("Before.\n\n- First item\n- Second item\n");
  const Item* text = find_text(d, "First item");
  BOOST_TEST_REQUIRE(text);
  const Item* bullet = nullptr;
  for (const auto& item : d.pages[0].items)
    if (item.text == "\xE2\x80\xA2" && !bullet) bullet = &item;
  BOOST_TEST_REQUIRE(bullet);
  BOOST_TEST(node_of(d, *bullet).role == Role::label);
  BOOST_TEST(inside(d, text->node, Role::list_body));
  BOOST_TEST(node_of(d, *bullet).parent == d.structure[static_cast<std::size_t>(node_of(d, *text).parent)].parent);
  BOOST_TEST(bullet->order < text->order);
}

BOOST_AUTO_TEST_CASE(a_footnote_reads_after_its_reference_not_at_the_foot) {
  std::string md = "Cited here.[^n] And the text goes on.\n\nA later paragraph.\n\n[^n]: The note itself.\n";
  const auto d = test::lay_out(md);
  const Item* note = find_text(d, "The note itself.");
  const Item* later = find_text(d, "A later paragraph.");
  BOOST_TEST_REQUIRE((note && later));
  const Item* reference = nullptr;
  for (const auto& item : d.pages[0].items)
    if (item.node >= 0 && node_of(d, item).role == Role::reference) reference = &item;
  BOOST_TEST_REQUIRE(reference);
  BOOST_TEST(inside(d, note->node, Role::note));
  // Drawn below the later paragraph, read before it: just after the reference.
  BOOST_TEST(note->y > later->y);
  BOOST_TEST((reference->order < note->order && note->order < later->order));
  const int note_node = d.structure[static_cast<std::size_t>(note->node)].parent;
  BOOST_TEST(d.structure[static_cast<std::size_t>(note_node)].parent == node_of(d, *reference).parent);
}

BOOST_AUTO_TEST_CASE(a_repeated_table_header_is_furniture) {
  std::string md = "| Term | Definition |\n| --- | --- |\n";
  for (int r = 0; r < 90; ++r) md += "| T" + std::to_string(r) + " | " + std::string(120, 'x') + " |\n";
  const auto d = test::lay_out(md);
  BOOST_TEST_REQUIRE(d.pages.size() >= 2u);
  for (const auto& page : d.pages)
    for (const auto* item : test::texts(page)) {
      if (item->text != "Term") continue;
      if (page.number == 1) BOOST_TEST(node_of(d, *item).role == Role::header_cell);
      else BOOST_TEST(item->node == kArtifact, "page " << page.number);
    }
  BOOST_TEST(node_of(d, *find_text(d, "T89")).role == Role::data_cell);
}

BOOST_AUTO_TEST_CASE(a_chart_is_one_figure_described_by_its_data) {
  auto document = test::document_of(
      "<!-- quire:chart bar -->\n| Question | % yes |\n| --- | --- |\n| Is it good? | 65% |\n| Is it safe? | 42% |\n");
  document.meta.chart_name = "Bar chart";
  const auto d = layout_document(document, test::fonts());
  int figure = -1;
  for (std::size_t n = 0; n < d.structure.size(); ++n)
    if (d.structure[n].role == Role::figure) figure = static_cast<int>(n);
  BOOST_TEST_REQUIRE(figure >= 0);
  BOOST_TEST(d.structure[static_cast<std::size_t>(figure)].alt ==
             "Bar chart: Question, % yes. Is it good?: 65%. Is it safe?: 42%.");
  for (const auto& item : d.pages[0].items)
    if (item.area == Area::body) BOOST_TEST(item.node == figure, "'" << item.text << "'");
}

BOOST_AUTO_TEST_SUITE_END()
