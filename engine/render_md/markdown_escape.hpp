// Escaping for Markdown, the output format of templates: plain data text must never turn into
// Markdown syntax (emphasis, links, tables, lists), and Markdown placed in a table cell must not
// break the row. Mustache's default escaping is for HTML and is replaced by this.
#pragma once

#include <string>
#include <string_view>

namespace quire {

// Plain text -> Markdown that displays exactly that text.
std::string escape_markdown(std::string_view text);

// Markdown (already trusted) -> Markdown fit for one GFM table cell: pipes escaped, lines joined.
std::string markdown_for_table_cell(std::string_view markdown);

}  // namespace quire
