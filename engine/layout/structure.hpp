// The document's logical structure, for readers that do not see the page (a screen reader reading a
// tagged PDF): a tree of elements, each item on a page pointing at the element it belongs to, or at
// none when it is page furniture (running heads, page numbers, the watermark, fills and rules).
// Layout makes the elements in the document's order as it walks the document model, so the tree
// reads in that order wherever the pages put things (a footnote at the foot of the page). Roles,
// not tags: what a writer calls them is the writer's business.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace quire::layout {

enum class Role : std::uint8_t {
  document,       // the root: one language version of a report
  section,        // a cover, an inside or back cover, a letterhead
  heading,        // `level` 1-6, as the outline nests it
  paragraph,
  list,
  list_item,
  label,          // a list item's bullet or number, a footnote's number
  list_body,
  quote,          // a call-out (or a quotation) set apart in a box
  table,
  table_row,
  header_cell,    // a column header
  data_cell,
  figure,         // a chart: `alt` says what it shows
  note,           // a footnote's text
  reference,      // a footnote's number in the text
  link,           // a link's text and its clickable areas
  contents,       // the table of contents
  contents_item,  // one entry of it
};

struct StructNode {
  Role role = Role::paragraph;
  int parent = -1;       // the index of the enclosing element; -1 for the root
  int level = 0;         // a heading's level
  std::string alt;       // a figure's text alternative
  std::string language;  // BCP 47, on the root: the language the element's text is in
};

// An item's or link's `node`: in no element (yet). Anything still so when layout ends is furniture.
inline constexpr int kNoNode = -1;
// An item's `node`: furniture by decision (contents leaders, a repeated table header row), never
// to be given an element.
inline constexpr int kArtifact = -2;

// The elements of a document: [0] is the root, parents come before their children.
using Structure = std::vector<StructNode>;

}  // namespace quire::layout
