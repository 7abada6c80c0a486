// Tables, and the blocks made from a table or a list by a marker: charts and contents.
#include <cmark-gfm-core-extensions.h>

#include <cmath>
#include <limits>

#include "doc/walk.hpp"
#include "markdown/builder.hpp"
#include "markdown/cmark_util.hpp"

namespace quire::markdown_detail {

namespace {

doc::Align align_of(uint8_t a) {
  if (a == 'r') return doc::Align::right;
  if (a == 'c') return doc::Align::centre;
  return doc::Align::left;
}

// "65%", "1,234", "47.9" -> the number; `percent` says whether it carried a per cent sign.
std::optional<double> chart_number(std::string text, bool& percent) {
  std::string digits;
  for (const char c : text)
    if (c != ',' && c != ' ') digits += c;
  percent = !digits.empty() && digits.back() == '%';
  if (percent) digits.pop_back();
  if (digits.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(value) || value < 0) return std::nullopt;
  return value;
}

void contents_entries(cmark_node* list, int level, doc::Contents& out, Builder& builder, bool& ok) {
  for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
    for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_LIST) {
        contents_entries(child, level + 1, out, builder, ok);
        continue;
      }
      cmark_node* link = cmark_node_first_child(child);
      const char* url = link && cmark_node_get_type(link) == CMARK_NODE_LINK ? cmark_node_get_url(link) : nullptr;
      if (cmark_node_get_type(child) != CMARK_NODE_PARAGRAPH || !url || url[0] != '#' || cmark_node_next(link)) {
        builder.error(cmark_node_get_start_line(child), "bad-contents",
                      "each contents entry must be a single link to a heading, like [Foreword](#foreword)");
        ok = false;
        continue;
      }
      out.entries.push_back(doc::ContentsEntry{level, builder.inlines(link), std::string(url + 1)});
    }
  }
}

}  // namespace

doc::Table convert_table(cmark_node* node, Builder& builder) {
  doc::Table table;
  const auto columns = cmark_gfm_extensions_get_table_columns(node);
  const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
  for (uint16_t c = 0; c < columns; ++c) table.columns.push_back(align_of(aligns ? aligns[c] : 0));
  for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
    std::vector<doc::Inlines> cells;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
      cells.push_back(builder.inlines(cell));
    cells.resize(columns);
    (node_type_name(row) == "table_header" ? table.header : table.rows).push_back(std::move(cells));
  }
  return table;
}

std::optional<doc::Chart> chart_from_table(const doc::Table& table, const Marker& marker, int line, Builder& builder) {
  if (marker.words.empty() || marker.words[0] != "bar") {
    builder.error(line, "bad-marker", "quire:chart expects the kind 'bar', found '" + marker.text + "'");
    return std::nullopt;
  }
  if (table.columns.size() < 2 || table.header.empty()) {
    builder.error(line, "bad-chart", "a chart's table needs a header row, a category column and a value column");
    return std::nullopt;
  }
  doc::Chart chart;
  chart.category_title = doc::plain_text(table.header[0][0]);
  for (std::size_t c = 1; c < table.columns.size(); ++c) chart.series.push_back(doc::plain_text(table.header[0][c]));
  bool all_percent = true, any = false;
  for (const auto& row : table.rows) {
    chart.categories.push_back(row[0]);
    std::vector<double> values;
    std::vector<std::string> texts;
    for (std::size_t c = 1; c < row.size(); ++c) {
      const std::string text = doc::plain_text(row[c]);
      texts.push_back(text);
      if (text.find_first_not_of(' ') == std::string::npos) {
        values.push_back(std::numeric_limits<double>::quiet_NaN());
        continue;
      }
      bool percent = false;
      const auto value = chart_number(text, percent);
      if (!value) {
        builder.error(line, "bad-chart", "chart value '" + text + "' is not a number (row '" +
                                             doc::plain_text(row[0]) + "')");
        return std::nullopt;
      }
      all_percent = all_percent && percent;
      any = true;
      values.push_back(*value);
      chart.maximum = std::max(chart.maximum, *value);
    }
    chart.values.push_back(std::move(values));
    chart.value_texts.push_back(std::move(texts));
  }
  if (any && all_percent) chart.unit = "%";
  if (const auto max = marker_option(marker, "max")) {
    bool percent = false;
    const auto value = chart_number(*max, percent);
    if (!value || *value <= 0 || *value < chart.maximum) {
      builder.error(line, "bad-marker", "quire:chart max=" + *max + " must be a number no smaller than every value");
      return std::nullopt;
    }
    chart.maximum = *value;
  }
  return chart;
}

std::optional<doc::Contents> contents_from_list(cmark_node* list, Builder& builder) {
  doc::Contents contents;
  bool ok = true;
  contents_entries(list, 1, contents, builder, ok);
  if (!ok) return std::nullopt;
  return contents;
}

}  // namespace quire::markdown_detail
