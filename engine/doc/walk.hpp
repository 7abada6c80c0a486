// Walkers over the document model, shared by every writer and by tests: the text a reader sees,
// every block in reading order, the headings, and the anchors links point at.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "doc/doc.hpp"

namespace quire::doc {

// The text of inlines as a reader sees it: footnote references as their numbers when
// `footnote_numbers`, badges as their words, stars as nothing.
std::string plain_text(const Inlines& inlines, bool footnote_numbers = false);

// A cell of a table's badge column: its first rating word on `scale` (bold or plain) becomes a
// badge; the rest (a footnote reference after it) stays. Layout and HTML show the same cell.
Inlines with_rating_badge(Inlines cell, const std::vector<std::string>& scale);

// The anchor GitHub-flavoured Markdown viewers give a heading: "1.1 Staff" -> "11-staff".
std::string heading_anchor(const std::string& title);

// Calls `visit` for every block, depth first, in reading order (region, list and quote contents
// included, footnotes not). `depth` is 0 for top-level blocks.
void for_each_block(const Blocks& blocks, const std::function<void(const Block&, int depth)>& visit);

// Calls `visit` for every inline, depth first, in reading order.
void for_each_inline(const Inlines& inlines, const std::function<void(const Inline&)>& visit);

// Every heading of the document, in reading order.
std::vector<const Heading*> headings(const Document& document);

// Gives every heading its anchor, made unique the way GitHub does ("summary", "summary-1", ...).
void assign_anchors(Document& document);

// A chart's value axis: round steps (at most about six ticks) from 0 to an end at or past its maximum.
struct ValueAxis {
  double step = 1;
  double end = 1;
};
ValueAxis value_axis(const Chart& chart);

// A tick's label: the value without trailing zeros, and the chart's unit ("40%").
std::string tick_text(double value, const std::string& unit);

// A chart in words, every figure its bars show, for readers who cannot see it (HTML's text
// alternative, a tagged PDF's /Alt): "Bar chart: Key questions, % yes. 2.1.1 ...: 65%."
// `kind` names the picture in the document's language ("Bar chart").
std::string chart_description(const Chart& chart, const std::string& kind);

// The footnote with this id, or nullptr.
const Footnote* find_footnote(const Document& document, const std::string& id);

}  // namespace quire::doc
