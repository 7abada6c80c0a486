// RAII for cmark-gfm's handles and the one parser configuration quire uses (GFM tables,
// strikethrough, autolinks and footnotes). Internal to markdown/.
#pragma once

#include <cmark-gfm.h>

#include <memory>
#include <string>
#include <string_view>

namespace quire::markdown_detail {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

// Parses GitHub-flavoured Markdown into cmark's tree.
NodePtr parse_gfm(std::string_view markdown);

// The type name cmark gives a node ("table", "table_cell", ...): extension node types are
// assigned at run time, so they are told apart by name.
inline std::string node_type_name(cmark_node* node) { return cmark_node_get_type_string(node); }

// A node's literal, or "" for nodes without one.
inline std::string literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? text : "";
}

}  // namespace quire::markdown_detail
