// Tables: columns sized to their content, wrapped cells, rows kept whole where they fit (else
// split between lines), the header row repeated on every page the table continues on.
#include <algorithm>
#include <numeric>

#include "doc/walk.hpp"
#include "layout/flow_builder.hpp"

namespace quire::layout {

namespace {

// Column widths filling `total`: each column gets at least its longest word, and the room left
// goes to the columns whose text would otherwise wrap, in proportion to how much they need.
std::vector<double> column_widths(std::vector<double> min, const std::vector<double>& max, double total) {
  double sum_min = std::accumulate(min.begin(), min.end(), 0.0);
  if (sum_min > total) {
    // Words too long for the table (a URL) are broken between characters anyway: no column
    // claims more than its share for them.
    for (auto& m : min) m = std::min(m, total / static_cast<double>(min.size()));
    sum_min = std::accumulate(min.begin(), min.end(), 0.0);
  }
  const double sum_max = std::accumulate(max.begin(), max.end(), 0.0);
  std::vector<double> w(min.size());
  if (sum_max > total) {
    // A short column ("Publication date:", at most a quarter of the table and of an equal share)
    // is not wrapped: it keeps its natural width and the wider columns share the rest.
    const double share = std::min(total / static_cast<double>(w.size()), total / 4);
    std::vector<double> rest_min, rest_max;
    double narrow = 0;
    for (std::size_t c = 0; c < w.size(); ++c) {
      if (max[c] <= share) {
        narrow += max[c];
        continue;
      }
      rest_min.push_back(min[c]);
      rest_max.push_back(max[c]);
    }
    if (narrow > 0 && !rest_max.empty()) {
      const auto rest = column_widths(rest_min, rest_max, total - narrow);
      for (std::size_t c = 0, k = 0; c < w.size(); ++c) w[c] = max[c] <= share ? max[c] : rest[k++];
      return w;
    }
  }
  for (std::size_t c = 0; c < w.size(); ++c) {
    if (sum_max <= total)
      w[c] = max[c] + (total - sum_max) * (sum_max > 0 ? max[c] / sum_max : 1.0 / static_cast<double>(w.size()));
    else
      w[c] = min[c] + (total - sum_min) * (max[c] - min[c]) / (sum_max - sum_min);
  }
  return w;
}

bool blank(const std::vector<std::vector<doc::Inlines>>& rows) {
  for (const auto& row : rows)
    for (const auto& cell : row)
      if (doc::plain_text(cell).find_first_not_of(' ') != std::string::npos) return false;
  return true;
}

// A body row whose every written cell is a lead-in (lead_in: bold, italic, badges), as Annex 2's
// standard rows and statement rows are: it introduces the rows after it.
bool heads_rows(const std::vector<doc::Inlines>& row) {
  bool written = false;
  for (const auto& cell : row) {
    if (doc::plain_text(cell).find_first_not_of(' ') == std::string::npos) continue;
    if (!lead_in(cell)) return false;
    written = true;
  }
  return written;
}

}  // namespace

void FlowBuilder::table(const doc::Table& t, const Context& ctx) {
  const std::size_t columns = t.columns.size();
  if (columns == 0) return;
  const TextStyle body = style_.table;
  // A plain table's first row is a row like the others (GFM insists on a header row).
  const TextStyle head = t.plain ? body : TextStyle{body.size, body.leading, FontStyle::bold, style_.white};
  const double pad_x = style_.cell_padding_x, pad_y = t.plain ? 1.5 : style_.cell_padding_y;

  // A plain table's blank header row (GFM insists on one) takes no room.
  const std::size_t header_rows = t.plain && blank(t.header) ? 0 : t.header.size();
  std::vector<std::vector<doc::Inlines>> all_rows(t.header.begin(), t.header.begin() + static_cast<long>(header_rows));
  all_rows.insert(all_rows.end(), t.rows.begin(), t.rows.end());
  for (std::size_t r = header_rows; r < all_rows.size(); ++r)
    for (const std::size_t c : t.badge_columns)
      if (c >= 1 && c <= all_rows[r].size())
        all_rows[r][c - 1] = doc::with_rating_badge(std::move(all_rows[r][c - 1]), document_.meta.rating_scale);
  std::vector<std::vector<std::vector<Span>>> cells;
  std::vector<double> min(columns, 2 * pad_x), max(columns, 2 * pad_x);
  // A plain table's first row is data like the others; a styled table's header cells head columns.
  const Within within(*this, Role::table);
  std::vector<std::vector<int>> cell_nodes(all_rows.size());
  for (std::size_t r = 0; r < all_rows.size(); ++r) {
    const TextStyle& s = r < header_rows ? head : body;
    const Within row(*this, Role::table_row);
    cells.emplace_back();
    for (std::size_t c = 0; c < columns; ++c) {
      const Within cell(*this, r < header_rows && !t.plain ? Role::header_cell : Role::data_cell);
      cell_nodes[r].push_back(cell.id());
      cells.back().push_back(spans(all_rows[r][c], s));
      min[c] = std::max(min[c], setter_.longest_word(cells.back()[c]) + 2 * pad_x + 0.5);
      max[c] = std::max(max[c], setter_.natural_width(cells.back()[c]) + 2 * pad_x + 0.5);
    }
  }
  // A plain table has no box to pad: its first column's text lines up with the text around it.
  const double left = t.plain ? ctx.x0 - pad_x : ctx.x0;
  const std::vector<double> widths = column_widths(min, max, ctx.x0 + ctx.width - left);

  const int id = t.plain ? -1 : static_cast<int>(flow_.table_headers.size());
  if (!t.plain) flow_.table_headers.emplace_back();
  double space = gap(style_.paragraph_space + 2);
  const std::size_t body_rows = all_rows.size() - header_rows;
  std::vector<std::size_t> row_starts;  // each body row's first element
  for (std::size_t r = 0; r < all_rows.size(); ++r) {
    const bool header = r < header_rows;
    const TextStyle& s = header ? head : body;
    BoxDecoration box;
    box.x0 = ctx.x0;
    box.x1 = ctx.x0 + ctx.width;
    if (!t.plain) {
      if (header) box.fill = style_.navy;
      else if ((r - header_rows) % 2 == 1) box.fill = style_.stripe;
      box.bottom_rule = style_.rule;
    }
    Context rc = ctx;
    rc.boxes.push_back(new_box(box));

    std::vector<std::vector<Line>> lines(columns);
    std::size_t bands = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      lines[c] = setter_.set(cells[r][c], widths[c] - 2 * pad_x, s, t.columns[c]);
      bands = std::max(bands, lines[c].size());
    }
    const std::size_t first = flow_.elements.size();
    if (!header) row_starts.push_back(first);
    // A row whose first cell is blank continues the one above (a role, then more of its people):
    // split from it, its names would stand on the next page without their role.
    if (!header && r > header_rows && first > 0 && !all_rows[r].empty() &&
        doc::plain_text(all_rows[r][0]).find_first_not_of(' ') == std::string::npos)
      flow_.elements[first - 1].keep_with_next = true;
    spacer(pad_y, rc, true).space_before = space;
    space = 0;
    for (std::size_t b = 0; b < bands; ++b) {
      Element e;
      e.height = s.leading;
      e.keep_with_next = true;
      double x = left;
      for (std::size_t c = 0; c < columns; ++c) {
        if (b < lines[c].size()) {
          claim_text(lines[c][b].items, cell_nodes[r][c]);
          for (auto& item : lines[c][b].items) {
            item.move(x + pad_x, 0);
            e.items.push_back(std::move(item));
          }
          for (auto& link : lines[c][b].links) {
            link.box.x += x + pad_x;
            e.links.push_back(std::move(link));
          }
          for (const int n : lines[c][b].footnotes) e.footnotes.push_back(n);
        }
        x += widths[c];
      }
      push(std::move(e), rc);
    }
    spacer(pad_y, rc, header && !t.plain);
    // Never one row alone: the first body row stays with the second (not left under the header at a
    // page's foot) and the last with the one before (not carried alone under a repeated header).
    if (!header && body_rows >= 2 && r == header_rows) flow_.elements.back().keep_with_next = true;
    if (!header && body_rows >= 2 && r + 1 == all_rows.size() && first > 0)
      flow_.elements[first - 1].keep_with_next = true;
    // A row of only bold, italic and badges heads the rows under it (a standard, its statement).
    if (!header && r + 1 < all_rows.size() && heads_rows(all_rows[r])) flow_.elements.back().keep_with_next = true;
    for (std::size_t k = first; k < flow_.elements.size(); ++k) {
      flow_.elements[k].table = id;
      flow_.elements[k].table_header = header && !t.plain;
      if (header && !t.plain) {
        Element copy = flow_.elements[k];
        copy.break_before = false;
        copy.role.reset();
        copy.space_before = 0;
        flow_.table_headers[static_cast<std::size_t>(id)].push_back(std::move(copy));
      }
    }
  }
  keep_long_table_ending(row_starts);
  after_heading_ = false;
  min_gap_ = style_.paragraph_space + 4;
}

// A long table (a glossary, an annex) whose last page would hold a few rows under its repeated
// header reads as left over: as a typesetter balances a long table's last page, its last rows
// filling at least a quarter of a page go over together, taking rows from the page before.
// Only a table longer than a page, which must break: a shorter one keeps just its last two rows
// together (above), since holding a quarter of a page of it could carry the whole table (and what
// follows it) over, where it had fitted on two pages as it was.
void FlowBuilder::keep_long_table_ending(const std::vector<std::size_t>& row_starts) {
  if (row_starts.empty()) return;
  auto& all = flow_.elements;
  const double page = style_.page.body().h;
  auto height = [&](std::size_t from) {
    double h = 0;
    for (std::size_t k = from; k < all.size(); ++k) h += all[k].height + (k > from ? all[k].space_before : 0);
    return h;
  };
  if (height(row_starts.front()) <= page) return;
  std::size_t from = row_starts.size() - 1;
  while (from > 0 && height(row_starts[from]) < page / 4) --from;
  for (std::size_t k = row_starts[from]; k + 1 < all.size(); ++k) all[k].keep_with_next = true;
}

}  // namespace quire::layout
