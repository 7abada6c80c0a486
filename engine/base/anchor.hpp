// The one heading-anchor function: the Markdown contents list (render_md/) links to the anchors
// the document model gives headings (doc/), which the PDF and HTML writers use, so the two must
// never disagree.
#pragma once

#include <string>
#include <string_view>

namespace quire {

// The anchor GitHub-flavoured Markdown viewers give a heading: "1.1 Staff" -> "11-staff". Letters
// are lower-cased, Welsh ones too ("Ŵyl Ôl-ofal" -> "ŵyl-ôl-ofal"), spaces become "-", and
// punctuation and symbols are dropped, beyond ASCII too (en and em dashes, curly quotes: "i’r" ->
// "ir"), so a heading's anchor is the one GitHub gives it and the Markdown contents links work there.
std::string heading_anchor(std::string_view title);

}  // namespace quire
