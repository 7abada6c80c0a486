// Tables: header cells with their scope, the first column of a data table as row headers, and
// rating words in badge columns as badges. A plain table (an address block) is layout only.
#include <algorithm>

#include "doc/walk.hpp"
#include "html/writer.hpp"

namespace quire::html {

namespace {

bool empty_cell(const doc::Inlines& cell) {
  return doc::plain_text(cell).find_first_not_of(" \t") == std::string::npos;
}

void align_class(Out& out, const doc::Table& t, std::size_t column) {
  if (column >= t.columns.size()) return;
  if (t.columns[column] == doc::Align::right) out.attr("class", "num");
  if (t.columns[column] == doc::Align::centre) out.attr("class", "centre");
}

}  // namespace

void Writer::table(const doc::Table& t) {
  auto row_of = [&](const std::vector<doc::Inlines>& row, bool header_row) {
    out_.markup("<tr>");
    for (std::size_t c = 0; c < row.size(); ++c) table_cell(t, row[c], c, header_row);
    out_.markup("</tr>\n");
  };
  if (t.plain) {
    out_.markup("<table class=\"plain\" role=\"presentation\"");
    language_attribute();
    out_.markup(">\n<tbody>\n");
    // A plain table's header row is its first line; an empty one is only there because GFM needs it.
    for (const auto& row : t.header)
      if (!std::all_of(row.begin(), row.end(), empty_cell)) row_of(row, false);
  } else {
    out_.markup("<table");
    language_attribute();
    out_.markup(">\n<thead>\n");
    for (const auto& row : t.header) row_of(row, true);
    out_.markup("</thead>\n<tbody>\n");
  }
  for (const auto& row : t.rows) row_of(row, false);
  out_.markup("</tbody>\n</table>\n");
}

// A header row's cells head their column; in a data table's body the first cell heads its row.
// Empty cells are data cells: an empty header names nothing.
void Writer::table_cell(const doc::Table& t, const doc::Inlines& cell, std::size_t column, bool header_row) {
  const bool head = !t.plain && !empty_cell(cell) && (header_row || (column == 0 && t.columns.size() > 1));
  if (head) {
    out_.markup("<th");
    if (header_row) out_.markup(" scope=\"col\"");
    else out_.markup(" scope=\"row\"");
  } else {
    out_.markup("<td");
  }
  align_class(out_, t, column);
  out_.markup(">");
  const bool badge_column = !header_row && std::count(t.badge_columns.begin(), t.badge_columns.end(), column + 1);
  // The rating word becomes a badge and a footnote reference after it stays, as in the PDF.
  if (badge_column) inlines(doc::with_rating_badge(cell, document_.meta.rating_scale));
  else inlines(cell);
  if (head) out_.markup("</th>");
  else out_.markup("</td>");
}

}  // namespace quire::html
