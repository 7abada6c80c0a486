// Regions: the cover, the inside cover, the back cover, a letter's letterhead and numbered paragraphs.
#include <algorithm>

#include "doc/walk.hpp"
#include "layout/flow_builder.hpp"

namespace quire::layout {

void FlowBuilder::region(const doc::Region& r, const Context& ctx) {
  if (r.name == "cover") return cover(r, {});
  if (r.name == "letterhead") return letterhead(r, ctx);
  Context inner = ctx;
  if (r.name == "numbered") {
    inner.numbered = true;
    blocks(r.content, inner);
    return;
  }
  // The inside and back covers: small print on a page of its own, set at the foot of the page.
  const bool back = r.name == "back-cover";
  const Within section(*this, Role::section);
  inner.text = style_.small;
  ++in_region_;
  break_next_ = !flow_.elements.empty();
  role_next_ = back ? PageRole::back_cover : PageRole::inside_cover;
  first_in_container_ = true;
  const std::size_t first = flow_.elements.size();
  blocks(r.content, inner);
  --in_region_;
  if (back && first < flow_.elements.size()) {
    const PageGeometry& g = style_.page;
    flow_.elements[first].page_items.push_back(Item::rect({0, 0, g.width, g.height * 0.30}, style_.navy));
    flow_.elements[first].page_items.push_back(Item::rect({0, g.height * 0.30, g.width, 6}, style_.accent));
  }
  break_next_ = true;
}

void FlowBuilder::cover(const doc::Region& r, const doc::Blocks& lead) {
  const PageGeometry& g = style_.page;
  const Box body = g.body();
  const double panel = g.height * style_.cover_panel;
  Element e;
  e.height = body.h;
  e.role = PageRole::cover;
  e.break_before = !flow_.elements.empty();
  e.page_items.push_back(Item::rect({0, 0, g.width, panel}, style_.navy));
  e.page_items.push_back(Item::rect({0, panel, g.width, 7}, style_.accent));
  const Within section(*this, Role::section);

  // Headings stack at the foot of the panel, white; paragraphs follow below it.
  struct Stacked {
    std::vector<Line> lines;
    const doc::Heading* heading;
    int node;
  };
  std::vector<Stacked> stack;
  double stack_h = 0;
  for (const auto& b : r.content)
    if (const auto* h = std::get_if<doc::Heading>(&b.body)) {
      const TextStyle& s = h->level == 1 ? style_.cover_title : style_.cover_heading;
      const Within within(*this, Role::heading, h->level);
      // Balanced: the narrowest measure that needs no more lines, so no word is left alone.
      const auto heading_spans = spans(h->content, s);
      const std::size_t count = setter_.set(heading_spans, body.w, s).size();
      double lo = body.w / 3, hi = body.w;
      for (int step = 0; step < 12 && count > 1; ++step) {
        const double mid = (lo + hi) / 2;
        (setter_.set(heading_spans, mid, s).size() > count ? lo : hi) = mid;
      }
      stack.push_back(Stacked{setter_.set(heading_spans, hi, s), h, within.id()});
      for (const auto& l : stack.back().lines) stack_h += l.height;
      stack_h += 8;
    }
  double y = std::max(body.y + 12, panel - 36 - stack_h);
  auto place = [&](std::vector<Line>& lines, int node) {
    for (auto& line : lines) {
      claim_text(line.items, node);
      for (auto& item : line.items) {
        item.move(body.x, y - body.y);
        e.items.push_back(std::move(item));
      }
      y += line.height;
    }
  };
  for (auto& [lines, h, node] : stack) {
    e.anchors.push_back(h->anchor);
    e.outline.push_back(OutlineEntry{h->level, doc::plain_text(h->content), Destination{0, y - body.y}});
    place(lines, node);
    y += 8;
  }
  y = std::max(y, panel + 7) + 40;
  bool first = true;
  doc::Blocks paragraphs = r.content;
  paragraphs.insert(paragraphs.end(), lead.begin(), lead.end());
  for (const auto& b : paragraphs)
    if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) {
      const TextStyle s = all_bold(p->content) ? style_.cover_subject
                          : first              ? style_.cover_text
                                               : TextStyle{13, 18, FontStyle::regular, style_.ink};
      const Within within(*this, Role::paragraph);
      auto lines = setter_.set(spans(p->content, s), body.w, s);
      place(lines, within.id());
      y += 8;
      first = false;
    }
  number(e);
  flow_.elements.push_back(std::move(e));
  break_next_ = true;
}

void FlowBuilder::letterhead(const doc::Region& r, const Context& ctx) {
  // The letterhead sits at the top of the first page, right-aligned, over a rule; the page
  // carries no running header.
  ++in_region_;
  const Within section(*this, Role::section);
  role_next_ = PageRole::letter_first;
  bool first = true;
  for (const auto& b : r.content) {
    const doc::Inlines* content = nullptr;
    if (const auto* h = std::get_if<doc::Heading>(&b.body)) content = &h->content;
    if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) content = &p->content;
    if (!content) {
      block(b, ctx);
      continue;
    }
    const TextStyle& s = first ? style_.letterhead_title : style_.letterhead_text;
    // Not a heading to a reader: the letterhead's lines are not in the outline.
    const Within within(*this, Role::paragraph);
    add_lines(setter_.set(spans(*content, s), ctx.width, s, doc::Align::right), ctx.x0, first ? 0 : 2, ctx, true);
    first = false;
  }
  Element rule;
  rule.height = 12;
  rule.items.push_back(Item::line(ctx.x0, 8, ctx.x0 + ctx.width, 8, 1.2, style_.navy));
  push(std::move(rule), ctx);
  --in_region_;
  first_in_container_ = false;
  min_gap_ = 18;
}

}  // namespace quire::layout
