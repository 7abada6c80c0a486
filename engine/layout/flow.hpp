// The document as one flow of elements (lines, table row bands, chart rows, spacers) that the
// paginator cuts into pages. Each element knows what it must stay with, what it cites and which
// decorated boxes (call-outs, table rows) it belongs to. Internal to layout/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/page.hpp"

namespace quire::layout {

struct Element {
  double height = 0;
  double space_before = 0;      // dropped at the top of a page
  bool keep_with_next = false;  // never the last thing on a page
  bool break_before = false;    // starts a new page
  bool chapter_start = false;   // starts a new page unless the page is still empty
  bool heading = false;         // a line of a heading
  std::optional<PageRole> role; // the page it lands on has this role
  std::vector<Item> items;      // x on the page, y from the element's top
  std::size_t read_first = 0;   // the last this many items (a list marker, a paragraph's number) are
                                // drawn after the line but read before it
  std::vector<Item> page_items; // placed on the page as they are (cover art)
  std::vector<LinkArea> links;  // as items
  std::vector<int> footnotes;   // numbers cited here
  std::vector<std::string> anchors;   // headings starting here
  std::vector<OutlineEntry> outline;  // `at.y` from the element's top
  std::string chapter;          // the running header's section title, from here on
  std::vector<int> boxes;       // decorated boxes it belongs to, outermost first
  int table = -1;               // a body row of this table: its header repeats on a new page
  bool table_header = false;
};

// A call-out's or table row's decoration, drawn on each page for the part of the box it holds.
struct BoxDecoration {
  double x0 = 0, x1 = 0;
  std::optional<Colour> fill;
  std::optional<Colour> bar;  // a bar down the left edge
  double bar_width = 0;
  std::optional<Colour> bottom_rule;
};

struct Flow {
  std::vector<Element> elements;
  std::vector<BoxDecoration> boxes;
  std::vector<std::vector<Element>> table_headers;  // by table id
  std::map<int, std::vector<Element>> footnotes;    // by number: its lines, set in footnote style
  Structure structure;                              // the elements the items belong to
};

}  // namespace quire::layout
