// Bar charts drawn from a chart's data: categories down the left (wrapped), one bar per series,
// each labelled with its value as printed; gridlines, a value axis with ticks, and both axes titled.
#include <algorithm>
#include <cmath>

#include "doc/walk.hpp"
#include "layout/flow_builder.hpp"

namespace quire::layout {

// A heading whose section opens with a few lines and then the chart (FJI's "Data Summary", its
// one-sentence introduction and the chart's title) is only those lines and the chart: left at a
// page's foot, the heading introduces nothing there. Up to kShortIntro elements back, reaching a
// heading keeps everything from it to the chart together; a longer text may still break.
void FlowBuilder::keep_short_section_with_chart() {
  constexpr std::size_t kShortIntro = 8;
  auto& elements = flow_.elements;
  for (std::size_t back = 1; back <= kShortIntro && back <= elements.size(); ++back) {
    const Element& e = elements[elements.size() - back];
    if (e.heading) {
      for (std::size_t j = elements.size() - back; j < elements.size(); ++j) elements[j].keep_with_next = true;
      return;
    }
    if (e.break_before || e.chapter_start) return;
  }
}

// The paragraph before a chart's caption introduces the chart ("The following chart summarises ..."):
// its last line stays with the caption, and so (widow control) its last two lines go with the chart
// to the next page rather than end a page before it. A short section is kept whole (above); this
// holds for a longer introduction too, and one under no heading.
void FlowBuilder::keep_introduction_with_chart() {
  const std::size_t caption = last_.first;
  if (!last_.paragraph || !last_.bold || !before_last_.paragraph || before_last_.bold) return;
  if (before_last_.first >= caption || caption == 0 || caption > flow_.elements.size()) return;
  flow_.elements[caption - 1].keep_with_next = true;
}

void FlowBuilder::chart(const doc::Chart& c, const Context& ctx) {
  const TextStyle& cs = style_.chart;
  const TextStyle bold{cs.size, cs.leading, FontStyle::bold, style_.ink};
  const Colour palette[] = {style_.navy, style_.accent, Colour{0.878, 0.573, 0.098}, style_.muted};
  const std::size_t series = c.series.size();
  const double value_room = 40, bar = series == 1 ? 11 : 8, bar_gap = 2;

  double natural = 0;
  std::vector<std::vector<Span>> labels;
  for (const auto& cat : c.categories) {
    labels.push_back(spans_from(cat, cs, setter_, document_.meta));  // words of the figure, not links
    natural = std::max(natural, setter_.natural_width(labels.back()));
  }
  const double label_w = std::clamp(natural + 6, ctx.width * 0.2, ctx.width * 0.45);
  const double bars_x = ctx.x0 + label_w + 10, bars_w = ctx.width - label_w - 10 - value_room;
  const doc::ValueAxis value_axis = doc::value_axis(c);
  const double step = value_axis.step, axis_max = value_axis.end;
  auto x_of = [&](double v) { return bars_x + v / axis_max * bars_w; };
  auto text = [&](double x, double base, const std::string& s, const TextStyle& ts) {
    return Item::text_run(x, base, s, ts.font, ts.size, setter_.fonts().width(s, ts.font, ts.size), ts.colour,
                          setter_.fonts().face(ts.font));
  };

  // One figure to a reader, named by the same words HTML's text alternative uses.
  const Within figure(*this, Role::figure, 0, doc::chart_description(c, document_.meta.chart_name));

  // What introduces the chart (its caption) goes with it.
  if (!flow_.elements.empty() && !first_in_container_ && !break_next_) {
    flow_.elements.back().keep_with_next = true;
    keep_introduction_with_chart();
    keep_short_section_with_chart();
  }

  // The category axis title, and a legend when there is more than one series.
  Element head;
  head.space_before = gap(style_.paragraph_space + 4);
  head.height = cs.leading + 4;
  head.keep_with_next = true;
  const double head_base = baseline(cs);
  for (auto& line : setter_.set(plain_spans(c.category_title, bold), label_w, bold))
    for (auto& item : line.items) {
      item.move(ctx.x0, 0);
      head.items.push_back(item);
    }
  if (series > 1) {
    double x = bars_x;
    for (std::size_t s = 0; s < series; ++s) {
      head.items.push_back(Item::rect({x, head_base - 7, 8, 8}, palette[s % 4], Layer::ink));
      head.items.push_back(text(x + 11, head_base, c.series[s], cs));
      x += 11 + setter_.fonts().width(c.series[s], cs.font, cs.size) + 14;
    }
  }
  claim_all(head.items, figure.id());
  push(std::move(head), ctx);

  for (std::size_t i = 0; i < c.categories.size(); ++i) {
    auto lines = setter_.set(labels[i], label_w, cs);
    const double label_h = static_cast<double>(lines.size()) * cs.leading;
    const double bars_h = static_cast<double>(series) * bar + static_cast<double>(series - 1) * bar_gap;
    const double inner = std::max(label_h, bars_h), row_h = inner + 8;
    Element e;
    e.height = row_h;
    e.keep_with_next = true;
    for (double t = 0; t <= axis_max + 1e-9; t += step) {
      Item grid = Item::line(x_of(t), 0, x_of(t), row_h, t == 0 ? 0.9 : 0.4, t == 0 ? style_.muted : style_.rule);
      grid.layer = Layer::background;
      e.items.push_back(grid);
    }
    double y = 4 + (inner - label_h) / 2;
    for (auto& line : lines) {
      for (auto& item : line.items) {
        item.move(ctx.x0, y);
        e.items.push_back(std::move(item));
      }
      y += cs.leading;
    }
    const double bars_top = 4 + (inner - bars_h) / 2;
    for (std::size_t s = 0; s < series; ++s) {
      const double v = c.values[i][s];
      if (std::isnan(v)) continue;
      const double top = bars_top + static_cast<double>(s) * (bar + bar_gap);
      const double w = std::max(0.0, x_of(v) - bars_x);
      e.items.push_back(Item::rect({bars_x, top, w, bar}, palette[s % 4], Layer::ink));
      const FontFace& face = setter_.fonts().face(bold.font);
      const double base = top + bar / 2 + face.cap_height() * cs.size / 2;
      e.items.push_back(text(bars_x + w + 3, base, c.value_texts[i][s], bold));
    }
    claim_all(e.items, figure.id());
    push(std::move(e), ctx);
  }

  // The value axis: ticks, their values and its title.
  Element axis;
  axis.height = 4 + cs.leading + (series == 1 ? cs.leading + 2 : 0);
  const double tick_base = 4 + baseline(cs);
  for (double t = 0; t <= axis_max + 1e-9; t += step) {
    const std::string label = doc::tick_text(t, c.unit);
    const double w = setter_.fonts().width(label, cs.font, cs.size);
    axis.items.push_back(Item::line(x_of(t), 0, x_of(t), 3, 0.6, style_.muted));
    axis.items.push_back(text(x_of(t) - w / 2, tick_base, label, TextStyle{cs.size, cs.leading, cs.font, style_.muted}));
  }
  if (series == 1) {
    const double w = setter_.fonts().width(c.series[0], bold.font, bold.size);
    axis.items.push_back(text(bars_x + (bars_w - w) / 2, tick_base + cs.leading + 2, c.series[0], bold));
  }
  claim_all(axis.items, figure.id());
  push(std::move(axis), ctx);
  after_heading_ = false;
  min_gap_ = style_.paragraph_space + 4;
}

}  // namespace quire::layout
