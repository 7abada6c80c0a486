#include "markdown/links.hpp"

#include "markdown/cmark_util.hpp"

namespace quire {

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
    links.push_back({url ? url : "", cmark_node_get_start_line(node), cmark_node_get_start_column(node)});
  }
  return links;
}

}  // namespace quire
