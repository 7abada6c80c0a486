// Parity between two language versions of one inspection: the Welsh edition must say the same
// thing as the English one (Welsh Language Standards). Both versions come from the same file, so
// their narrative fields pair up one to one.
#pragma once

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

// What a Markdown text holds that both languages must hold equally.
struct TextShape {
  int paragraphs = 0;
  int list_items = 0;
  int block_quotes = 0;
  int table_rows = 0;
  std::vector<std::string> footnotes;  // [^id] references, in order
  std::vector<std::string> numbers;    // "47.9%", "31", "2018", sorted
};

// The shape of one Markdown text.
TextShape shape_of(const std::string& markdown);

// Warns, at the second language's position, wherever the two versions differ in shape: paragraphs,
// list items, quotes, table rows, footnotes, or numbers one states and the other does not.
void check_parity(const Inspection& first, const Inspection& second, Diagnostics& diags);

}  // namespace quire
