// The walk from cmark's tree to the document model. Internal to markdown/.
#pragma once

#include <cmark-gfm.h>

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "doc/doc.hpp"
#include "markdown/markers.hpp"

namespace quire::markdown_detail {

class Builder {
 public:
  Builder(Diagnostics& diags, std::string source) : diags_(diags), source_(std::move(source)) {}

  doc::Document build(cmark_node* root);

  // The inline children of `parent`, with inline markers applied.
  doc::Inlines inlines(cmark_node* parent);
  // Reports a misused marker or structure at `line`.
  void error(int line, const std::string& code, const std::string& message);

 private:
  struct Pending {
    Marker marker;
    int line = 0;
  };
  struct OpenRegion {
    doc::Region region;
    int line = 0;
  };
  // Lines of the Markdown in another language (`quire:lang`), and the block the marker opens.
  struct Passage {
    int first_line = 0;
    int last_line = 0;
    std::string language;
    cmark_node* opened = nullptr;  // the paragraph or heading the marker starts, if it starts one
  };

  doc::Blocks blocks(cmark_node* parent);
  void html_block(cmark_node* node, std::vector<OpenRegion>& open, doc::Blocks& out);
  void metadata(const Marker& marker, int line);
  std::optional<doc::Block> convert(cmark_node* node);
  std::optional<doc::Block> apply(const Pending& pending, cmark_node* node, doc::Block block);
  void footnotes(cmark_node* root);
  // passages.cpp
  void find_passages(cmark_node* root);
  void passage(const Marker& marker, cmark_node* node);
  std::string language_of(cmark_node* block) const;
  static doc::Blocks& target_of(std::vector<OpenRegion>& open, doc::Blocks& out);
  void table_options(const Pending& pending, doc::Table& table);
  std::optional<doc::Chart> chart_in_marker(const Marker& marker, int line);

  Diagnostics& diags_;
  std::string source_;
  doc::Document document_;
  std::optional<Pending> pending_;  // a block marker waiting for the block it applies to
  std::vector<Passage> passages_;   // found before any block is built
};

// A GFM table node as a table of inlines.
doc::Table convert_table(cmark_node* node, Builder& builder);
// A table that followed `quire:chart`, as a chart; nothing (with an error) when a value is not a number.
std::optional<doc::Chart> chart_from_table(const doc::Table& table, const Marker& marker, int line, Builder& builder);
// A list that followed `quire:contents`, as contents entries; nothing (with an error) when an
// entry is not a link to an anchor.
std::optional<doc::Contents> contents_from_list(cmark_node* list, Builder& builder);
// Wraps the first bold (else plain) text of `inlines` in a badge; false when there is none.
bool make_badge(doc::Inlines& inlines, const Marker& marker);

}  // namespace quire::markdown_detail
