#include "load/parity.hpp"
#include "load/markdown_scan.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace quire {

namespace {

bool starts_list_item(std::string_view line) {
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') return true;
  std::size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  return i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

std::string describe(const char* what, int a, int b) {
  return std::string(what) + ": " + std::to_string(a) + " against " + std::to_string(b);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// Items of `a` missing from `b`, as multisets.
std::vector<std::string> missing_from(std::vector<std::string> a, std::vector<std::string> b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Figures: digits with their decimal part and a following % (grouping commas removed), e.g.
// "1,250", "37.5%", "12 %" -> "1250", "37.5%", "12%".
std::vector<std::string> figures_in(std::string_view text) {
  const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  const auto space = [&](std::size_t k) {
    return k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r');
  };
  std::vector<std::string> figures;
  for (std::size_t i = 0; i < text.size();) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    std::string figure;
    std::size_t j = i;
    for (; digit(j) || (j < text.size() && text[j] == ','); ++j)
      if (text[j] != ',') figure += text[j];
    if (j < text.size() && text[j] == '.' && digit(j + 1)) {
      figure += '.';
      for (++j; digit(j); ++j) figure += text[j];
    }
    std::size_t after = j;
    while (space(after)) ++after;
    if (after < text.size() && text[after] == '%') {
      figure += '%';
      j = after + 1;
    }
    figures.push_back(std::move(figure));
    i = j;
  }
  return figures;
}

}  // namespace

TextShape shape_of(const std::string& markdown) {
  TextShape shape;
  bool in_paragraph = false;
  for (const auto& raw : split(markdown, '\n')) {
    std::string_view line = trim(raw);
    const bool quoted = !line.empty() && line[0] == '>';
    if (quoted) {
      if (!in_paragraph) ++shape.block_quotes;
      line.remove_prefix(1);
      line = trim(line);
    }
    if (line.empty()) {
      in_paragraph = false;
      continue;
    }
    if (starts_list_item(line)) {
      ++shape.list_items;
    } else if (line[0] == '|') {
      ++shape.table_rows;
    } else if (!in_paragraph) {
      ++shape.paragraphs;
    }
    in_paragraph = true;
  }
  for (auto& reference : load_detail::footnote_references(markdown)) shape.footnotes.push_back(std::move(reference.text));
  shape.numbers = figures_in(markdown);
  std::sort(shape.numbers.begin(), shape.numbers.end());
  return shape;
}

void check_parity(const Inspection& first, const Inspection& second, Diagnostics& diags) {
  const auto a_fields = narrative_fields(first);
  const auto b_fields = narrative_fields(second);
  if (a_fields.size() != b_fields.size()) {
    diags.warning(SourcePos{second.source_file, 0, 0}, "parity-structure",
                  "the two language versions have different numbers of narrative fields: " +
                      std::to_string(a_fields.size()) + " against " + std::to_string(b_fields.size()));
    return;
  }
  for (std::size_t i = 0; i < a_fields.size(); ++i) {
    const MarkdownText& a = *a_fields[i];
    const MarkdownText& b = *b_fields[i];
    if (a.text == b.text) continue;  // written once for both languages
    const TextShape sa = shape_of(a.text), sb = shape_of(b.text);
    std::vector<std::string> problems;
    if (sa.paragraphs != sb.paragraphs) problems.push_back(describe("paragraphs", sb.paragraphs, sa.paragraphs));
    if (sa.list_items != sb.list_items) problems.push_back(describe("list items", sb.list_items, sa.list_items));
    if (sa.block_quotes != sb.block_quotes) problems.push_back(describe("quotes", sb.block_quotes, sa.block_quotes));
    if (sa.table_rows != sb.table_rows) problems.push_back(describe("table rows", sb.table_rows, sa.table_rows));
    if (sa.footnotes != sb.footnotes) problems.push_back("footnotes differ: [" + join(sb.footnotes) + "] against [" + join(sa.footnotes) + "]");
    if (auto only_a = missing_from(sa.numbers, sb.numbers); !only_a.empty())
      problems.push_back("figures missing here: " + join(only_a));
    if (auto only_b = missing_from(sb.numbers, sa.numbers); !only_b.empty())
      problems.push_back("figures not in the other language: " + join(only_b));
    if (problems.empty()) continue;
    std::string message = "this text differs from its other language version: ";
    for (std::size_t k = 0; k < problems.size(); ++k) message += (k ? "; " : "") + problems[k];
    diags.warning(b.pos, "parity", message);
  }
}

}  // namespace quire
