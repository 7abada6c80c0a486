#include "markdown/markdown.hpp"

#include "markdown/cmark_util.hpp"

#include <cctype>

namespace quire {

namespace {

using markdown_detail::IterPtr;
using markdown_detail::NodePtr;
using markdown_detail::parse_gfm;

bool is_block_break(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_CODE_BLOCK:
      return true;
    default:
      return false;
  }
}

// Text of a node's inline descendants.
std::string inline_text(cmark_node* node) {
  std::string text;
  IterPtr iter(cmark_iter_new(node));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(iter.get());
    if (ev != CMARK_EVENT_ENTER) continue;
    const auto type = cmark_node_get_type(n);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) text += cmark_node_get_literal(n);
    if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) text += ' ';
  }
  return text;
}

}  // namespace

MarkdownOutline outline_markdown(std::string_view markdown) {
  MarkdownOutline outline;
  NodePtr doc = parse_gfm(markdown);
  const char* table_type = "table";
  const char* row_type = "table_row";
  const char* header_type = "table_header";
  const char* cell_type = "table_cell";
  IterPtr iter(cmark_iter_new(doc.get()));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const auto type = cmark_node_get_type(node);
    const std::string type_name = cmark_node_get_type_string(node);
    if (ev == CMARK_EVENT_EXIT) {
      if (is_block_break(node) || type_name == row_type || type_name == header_type) outline.plain_text += '\n';
      if (type_name == cell_type) outline.plain_text += '\t';
      continue;
    }
    switch (type) {
      case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(node);
        if (level >= 1 && level <= 6) ++outline.headings[static_cast<std::size_t>(level)];
        outline.heading_texts.push_back(std::to_string(level) + ":" + inline_text(node));
        break;
      }
      case CMARK_NODE_PARAGRAPH: ++outline.paragraphs; break;
      case CMARK_NODE_ITEM: ++outline.list_items; break;
      case CMARK_NODE_BLOCK_QUOTE: ++outline.block_quotes; break;
      case CMARK_NODE_FOOTNOTE_DEFINITION: ++outline.footnote_definitions; break;
      case CMARK_NODE_FOOTNOTE_REFERENCE: ++outline.footnote_references; break;
      case CMARK_NODE_TEXT: case CMARK_NODE_CODE: outline.plain_text += cmark_node_get_literal(node); break;
      case CMARK_NODE_SOFTBREAK: case CMARK_NODE_LINEBREAK: outline.plain_text += ' '; break;
      default: break;
    }
    if (type_name == table_type) ++outline.tables;
    if (type_name == row_type || type_name == header_type) ++outline.table_rows;
  }
  // "[^id]" left as text. Scanned by hand: std::regex recurses per character and overflowed the
  // stack on a long run (found by fuzz_markdown; the input is in its corpus).
  const std::string& text = outline.plain_text;
  for (std::size_t i = text.find("[^"); i != std::string::npos; i = text.find("[^", i)) {
    std::size_t j = i + 2;
    while (j < text.size() && text[j] != ']' && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i + 2 && j < text.size() && text[j] == ']') {
      outline.unresolved_footnotes.push_back(text.substr(i, j + 1 - i));
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return outline;
}

}  // namespace quire
