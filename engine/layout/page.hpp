// What layout produces: pages of positioned items, plain data a writer draws as it finds them.
// Coordinates are points from the top-left corner of the page, y growing downwards; a text
// item's y is its baseline. Nothing here knows about PDF.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/tied.hpp"
#include "doc/doc.hpp"
#include "layout/font.hpp"
#include "layout/structure.hpp"

namespace quire::layout {

struct Colour {
  double r = 0, g = 0, b = 0;
  bool operator==(const Colour&) const = default;
  auto tie() const { return std::tie(r, g, b); }  // its hash, in the setter's memo (base/tied.hpp)
};
static_assert(ties_every_field<Colour>());

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  double right() const { return x + w; }
  double bottom() const { return y + h; }
};

enum class ItemKind : std::uint8_t { text, rect, line, polygon };
// Backgrounds (fills behind text) may lie under ink; ink may not overlap other ink.
enum class Layer : std::uint8_t { background, ink };
// Where an item may lie: the text area, the header or footer band, or anywhere on the page
// (cover art, the draft watermark).
enum class Area : std::uint8_t { body, header, footer, page };

struct Item {
  ItemKind kind = ItemKind::text;
  Layer layer = Layer::ink;
  Area area = Area::body;
  double x = 0, y = 0;  // text: start of the baseline; rect: top-left; line: one end
  double w = 0, h = 0;  // text: advance width; rect: size
  double x2 = 0, y2 = 0;  // line: the other end
  double line_width = 0;
  Colour colour;
  double opacity = 1;
  double angle = 0;  // text rotation in degrees, anticlockwise (the watermark)
  std::string text;
  bool space_after = false;  // the line breaks after it at a space: text read out needs the word break
  FontStyle font = FontStyle::regular;
  double size = 0;
  std::vector<std::pair<double, double>> points;  // polygon corners
  Box bounds;  // the ink's extent, for checks
  int node = kNoNode;        // the structure element it belongs to (structure.hpp)
  std::uint64_t order = 0;   // its place in reading order (a footnote's text: just after its citation)
  // A contents entry's page number, not known when its line was set: an empty run at the right
  // edge of the number column, filled in once the pages are made (layout.cpp).
  bool page_number = false;

  static Item text_run(double x, double baseline, std::string text, FontStyle font, double size, double width,
                       Colour colour, const FontFace& face);
  static Item rect(Box box, Colour fill, Layer layer = Layer::background);
  static Item line(double x1, double y1, double x2, double y2, double width, Colour colour);
  static Item polygon(std::vector<std::pair<double, double>> points, Colour fill);

  // Moves the item, every coordinate it has, by (dx, dy).
  void move(double dx, double dy);
};

// A clickable area: an http(s) or mailto URL, or "#anchor" for a place in the document.
struct LinkArea {
  Box box;
  std::string target;
  int node = kNoNode;  // its Role::link element
};

enum class PageRole : std::uint8_t { cover, inside_cover, body, letter_first, back_cover };

struct Page {
  int number = 0;  // 1-based, as printed
  PageRole role = PageRole::body;
  std::vector<Item> items;  // in drawing order
  std::vector<LinkArea> links;
};

// A place a link or bookmark can point at.
struct Destination {
  int page = 0;  // 1-based
  double y = 0;
};

struct OutlineEntry {
  int level = 1;
  std::string title;
  Destination at;
};

struct PageGeometry {
  double width = 595.276, height = 841.89;  // A4
  double left = 62, right = 62, top = 80, bottom = 78;
  double header_top = 34, footer_bottom = 36;  // the bands the running header and footer use
  Box body() const { return {left, top, width - left - right, height - top - bottom}; }
  Box header() const { return {left, header_top, width - left - right, top - header_top - 16}; }
  Box footer() const { return {left, height - bottom + 22, width - left - right, bottom - 22 - footer_bottom}; }
  Box page() const { return {0, 0, width, height}; }
};

struct LaidOutDocument {
  PageGeometry geometry;
  doc::Metadata meta;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;             // one per heading, in reading order
  Structure structure;                           // what the items' `node`s point into
  std::map<std::string, Destination> anchors;    // heading anchor -> where it is
  std::vector<std::string> broken_links;         // "#anchor" targets no heading has
  std::vector<char32_t> missing_glyphs;          // characters the fonts cannot show
};

}  // namespace quire::layout
