// Bar charts as inline SVG. The picture is one image to assistive technology, named by a text
// alternative made from the chart's data; the same data follows as a table anyone can open.
#include <cmath>

#include "base/utf8.hpp"
#include "doc/walk.hpp"
#include "html/writer.hpp"

namespace quire::html {

namespace {

// Geometry, in the SVG's own units (it scales to the column's width).
constexpr double kWidth = 640, kPad = 8, kValueRoom = 56, kLine = 17, kBar = 16, kBarGap = 3, kRowGap = 12;
constexpr double kLegend = 22, kAxis = 26;
const char* const kSeriesFill[] = {"#0b3d66", "#2a7f8f", "#a15c00", "#505a5f"};

// SVG text does not wrap: break a category's label at spaces, about 84 characters a line.
std::vector<std::string> wrap(const std::string& text) {
  std::vector<std::string> lines{""};
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t space = std::min(text.find(' ', start), text.size());
    const std::string word = text.substr(start, space - start);
    if (!lines.back().empty() && utf8::count(lines.back()) + 1 + utf8::count(word) > 84) lines.push_back("");
    lines.back() += (lines.back().empty() ? "" : " ") + word;
    start = space + 1;
  }
  return lines;
}

// The value as printed in the report ("65%"), or nothing where the cell was empty.
std::string value_text(const doc::Chart& c, std::size_t row, std::size_t series) {
  return row < c.value_texts.size() && series < c.value_texts[row].size() ? c.value_texts[row][series] : "";
}

double row_height(const std::string& label, std::size_t series) {
  return static_cast<double>(wrap(label).size()) * kLine + static_cast<double>(series) * (kBar + kBarGap) + kRowGap;
}

}  // namespace

void Writer::chart(const doc::Chart& c) {
  const std::string title_id = id("chart-" + std::to_string(++charts_));
  out_.markup("<figure class=\"chart\"");
  language_attribute();
  out_.markup(">\n");
  chart_svg(c, title_id);
  chart_data_table(c);
  out_.markup("</figure>\n");
}

// "Bar chart: Key questions, % yes. 2.1.1 ...: 65%. 2.1.2 ...: 42%." Every figure the bars show.
std::string Writer::chart_alternative(const doc::Chart& c) const {
  return doc::chart_description(c, words_.get("html.chart"));
}

void Writer::chart_svg(const doc::Chart& c, const std::string& title_id) {
  const std::size_t series = std::max<std::size_t>(1, c.series.size());
  const double legend = c.series.size() > 1 ? kLegend : 0;
  double height = kPad + legend + kAxis + kPad;
  for (const auto& cat : c.categories) height += row_height(doc::plain_text(cat), series);
  const doc::ValueAxis axis = doc::value_axis(c);
  const double bars_x = kPad, bars_w = kWidth - 2 * kPad - kValueRoom;
  auto x_of = [&](double v) { return bars_x + std::max(0.0, std::min(v, axis.end)) / axis.end * bars_w; };

  out_.markup("<svg class=\"chart-image\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
  out_.decimal(kWidth).markup(" ").decimal(height).markup("\"").attr("aria-labelledby", title_id).markup(">\n");
  out_.markup("<title").attr("id", title_id).markup(">").text(chart_alternative(c)).markup("</title>\n");
  const double top = kPad + legend, bottom = height - kPad - kAxis;
  for (double t = 0; t <= axis.end + 1e-9; t += axis.step) {  // gridlines and tick labels
    out_.markup("<line class=\"grid\" x1=\"").decimal(x_of(t)).markup("\" y1=\"").decimal(top);
    out_.markup("\" x2=\"").decimal(x_of(t)).markup("\" y2=\"").decimal(bottom).markup("\"/>\n");
    out_.markup("<text class=\"tick\" text-anchor=\"middle\" x=\"").decimal(x_of(t)).markup("\" y=\"");
    out_.decimal(bottom + 16).markup("\">").text(doc::tick_text(t, c.unit)).markup("</text>\n");
  }
  for (std::size_t s = 0; s < c.series.size() && c.series.size() > 1; ++s) {  // legend
    const double x = kPad + static_cast<double>(s) * 160;
    out_.markup("<rect x=\"").decimal(x).markup("\" y=\"").decimal(kPad).markup("\" width=\"12\" height=\"12\" fill=\"");
    out_.text(kSeriesFill[s % 4]).markup("\"/>\n<text class=\"legend\" x=\"").decimal(x + 17).markup("\" y=\"");
    out_.decimal(kPad + 11).markup("\">").text(c.series[s]).markup("</text>\n");
  }
  double y = top;
  for (std::size_t r = 0; r < c.categories.size(); ++r) {
    for (const auto& line : wrap(doc::plain_text(c.categories[r]))) {
      y += kLine;
      out_.markup("<text class=\"category\" x=\"").decimal(kPad).markup("\" y=\"").decimal(y - 4).markup("\">");
      out_.text(line).markup("</text>\n");
    }
    for (std::size_t s = 0; s < series; ++s, y += kBar + kBarGap) {
      const double v = r < c.values.size() && s < c.values[r].size() ? c.values[r][s] : NAN;
      if (std::isnan(v)) continue;
      out_.markup("<rect x=\"").decimal(bars_x).markup("\" y=\"").decimal(y).markup("\" width=\"");
      out_.decimal(x_of(v) - bars_x).markup("\" height=\"").decimal(kBar).markup("\" fill=\"");
      out_.text(kSeriesFill[s % 4]).markup("\"/>\n<text class=\"value\" x=\"").decimal(x_of(v) + 4).markup("\" y=\"");
      out_.decimal(y + kBar - 4).markup("\">").text(value_text(c, r, s)).markup("</text>\n");
    }
    y += kRowGap;
  }
  out_.markup("</svg>\n");
}

void Writer::chart_data_table(const doc::Chart& c) {
  out_.markup("<details class=\"chart-data\"><summary>").text(words_.get("html.chart_data"));
  out_.markup("</summary>\n<table>\n<thead>\n<tr><th scope=\"col\">").text(c.category_title).markup("</th>");
  for (const auto& s : c.series) out_.markup("<th scope=\"col\" class=\"num\">").text(s).markup("</th>");
  out_.markup("</tr>\n</thead>\n<tbody>\n");
  for (std::size_t r = 0; r < c.categories.size(); ++r) {
    out_.markup("<tr><th scope=\"row\">");
    inlines(c.categories[r]);
    out_.markup("</th>");
    for (std::size_t s = 0; s < c.series.size(); ++s)
      out_.markup("<td class=\"num\">").text(value_text(c, r, s)).markup("</td>");
    out_.markup("</tr>\n");
  }
  out_.markup("</tbody>\n</table>\n</details>\n");
}

}  // namespace quire::html
