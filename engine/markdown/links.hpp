// The link destinations of a Markdown text as cmark-gfm reads them, for checking what a report may
// link to on the parsed form rather than with a text scanner beside it: inline links, reference-style
// links (resolved through their definitions, wherever in the text those stand), autolinks in angle
// brackets, GFM's bare-URL autolinks, and images.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quire {

struct MarkdownLink {
  std::string destination;  // as cmark-gfm resolved it: "javascript:alert(1)", "http://www.x.org"
  int line = 0;             // 1-based, of the link's first character in the text (the column in
  int column = 0;           // characters); 0 when cmark-gfm gives none (some bare-URL autolinks)
};

// Every link and image in `markdown`, in document order.
std::vector<MarkdownLink> markdown_links(std::string_view markdown);

}  // namespace quire
