#include "markdown/links.hpp"

#include "base/utf8.hpp"
#include "markdown/cmark_util.hpp"

namespace quire {

namespace {

// The text of line `line` (1-based) of `text`, without its line break.
std::string_view line_of(std::string_view text, int line) {
  std::size_t start = 0;
  for (int n = 1; n < line && start != std::string_view::npos; ++n) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > text.size()) return {};
  const std::size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// Whether a link can start at byte `at` of its line: a bracket, an image's "!", an autolink's "<",
// or a bare URL's own text.
bool starts_link(std::string_view line, std::size_t at, std::string_view destination) {
  if (at >= line.size()) return false;
  if (line[at] == '[' || line[at] == '!' || line[at] == '<') return true;
  const std::string_view rest = line.substr(at);
  for (const std::string_view scheme : {"", "http://", "mailto:"})
    if (destination.starts_with(scheme) && rest.starts_with(destination.substr(scheme.size()))) return true;
  return false;
}

// cmark-gfm counts the column of an angle-bracket autolink on a paragraph's second or later line
// from the paragraph's start, not the line's: such a link is found on its line by its text. The
// column is then counted in characters, as every position quire reports is, not in bytes.
void to_character_column(std::string_view markdown, MarkdownLink& link) {
  if (link.line < 1 || link.column < 1) return;
  const std::string_view line = line_of(markdown, link.line);
  std::size_t at = static_cast<std::size_t>(link.column - 1);
  if (!starts_link(line, at, link.destination)) {
    std::string_view shown = link.destination;
    if (shown.starts_with("mailto:") && line.find("<mailto:") == std::string_view::npos) shown.remove_prefix(7);
    const std::size_t found = line.find("<" + std::string(shown));
    at = found == std::string_view::npos ? 0 : found;
  }
  link.column = 1 + static_cast<int>(utf8::count(line.substr(0, at)));
}

}  // namespace

std::vector<MarkdownLink> markdown_links(std::string_view markdown) {
  using markdown_detail::IterPtr;
  std::vector<MarkdownLink> links;
  const markdown_detail::NodePtr doc = markdown_detail::parse_gfm(markdown);
  IterPtr iter(cmark_iter_new(doc.get()));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const auto type = cmark_node_get_type(node);
    if (ev != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE)) continue;
    const char* url = cmark_node_get_url(node);
    MarkdownLink& link = links.emplace_back(
        MarkdownLink{url ? url : "", cmark_node_get_start_line(node), cmark_node_get_start_column(node)});
    to_character_column(markdown, link);
  }
  return links;
}

}  // namespace quire
