// The one heading-anchor function: the Markdown contents list (render_md/) links to the anchors
// the document model gives headings (doc/), which the PDF and HTML writers use, so the two must
// never disagree.
#pragma once

#include <string>
#include <string_view>

namespace quire {

// The anchor GitHub-flavoured Markdown viewers give a heading: "1.1 Staff" -> "11-staff". ASCII
// letters and digits are lower-cased, spaces become "-", other ASCII punctuation and the en and em
// dashes are dropped, and letters outside ASCII are kept as they are ("Rhagair: ŵyr" -> "rhagair-ŵyr").
std::string heading_anchor(std::string_view title);

}  // namespace quire
