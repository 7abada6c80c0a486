// markdown/: the only folder that includes cmark-gfm. It parses GitHub-flavoured Markdown
// (tables, footnotes) and, for now, reports its outline: what a reader of the Markdown sees,
// so the pipeline can check rendered reports (and tests can assert on them). The document AST
// that layout will consume grows here.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace quire {

struct MarkdownOutline {
  std::array<int, 7> headings{};  // count per level 1-6 (index 0 unused)
  std::vector<std::string> heading_texts;
  int paragraphs = 0;
  int list_items = 0;
  int block_quotes = 0;
  int tables = 0;
  int table_rows = 0;  // header rows included
  int footnote_definitions = 0;
  int footnote_references = 0;
  std::vector<std::string> unresolved_footnotes;  // "[^id]" left as text: no definition
  std::string plain_text;  // the text a reader sees, one block per line
};

// Parses Markdown with the GFM table and footnote extensions and outlines it.
MarkdownOutline outline_markdown(std::string_view markdown);

}  // namespace quire
