// Paragraphs, headings, lists, call-outs, rules and footnotes.
#include <algorithm>
#include <type_traits>

#include "doc/walk.hpp"
#include "layout/flow_builder.hpp"

namespace quire::layout {

namespace {

// Whether a paragraph opens with a number to hang ("1.1.", "(2)"), not a word.
bool starts_with_number(const doc::Inlines& text) {
  if (text.empty() || text[0].kind != doc::InlineKind::text) return false;
  const std::string& t = text[0].text;
  if (t.empty()) return false;
  const std::size_t first = t[0] == '(' ? 1 : 0;
  return first < t.size() && t[first] >= '0' && t[first] <= '9' && t.find(' ') != std::string::npos;
}

}  // namespace

// A paragraph all in bold ("**Strengths:**", a call-out's title) heads what follows: it stays with it.
bool all_bold(const doc::Inlines& text) {
  bool bold = false;
  for (const auto& in : text) {
    if (in.kind == doc::InlineKind::strong) bold = true;
    else if (in.kind == doc::InlineKind::line_break) continue;
    else if (in.kind != doc::InlineKind::text || in.text.find_first_not_of(' ') != std::string::npos) return false;
  }
  return bold;
}

// A paragraph only of badges and emphasis (a standard's rating, its italic statement) that stands
// right under a heading introduces what follows: heading, rating and statement stay with the first
// lines or the chart after them, never left at a page's foot.
bool lead_in(const doc::Inlines& text) {
  bool marked = false;
  for (const auto& in : text) {
    using K = doc::InlineKind;
    if (in.kind == K::badge || in.kind == K::strong || in.kind == K::emphasis) marked = true;
    else if (in.kind == K::footnote_ref || in.kind == K::line_break) continue;
    else if (in.kind != K::text || in.text.find_first_not_of(' ') != std::string::npos) return false;
  }
  return marked;
}

// A paragraph ending in a colon: the block after it (a list, an address, a table) is what it
// announces (the punctuation is the same in English and Welsh, "Strengths:", "Cryfderau:").
bool announces(const doc::Block& b) {
  const auto* p = std::get_if<doc::Paragraph>(&b.body);
  if (!p) return false;
  std::string text = doc::plain_text(p->content);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return !text.empty() && text.back() == ':';
}

FlowBuilder::Context FlowBuilder::body() const {
  const Box area = style_.page.body();
  Context ctx;
  ctx.x0 = area.x;
  ctx.width = area.w;
  ctx.text = style_.body;
  return ctx;
}

namespace {

// The cover region, or the end: the blocks before it are set on the cover.
doc::Blocks::const_iterator cover_of(const doc::Blocks& all) {
  return std::find_if(all.begin(), all.end(), [](const doc::Block& b) {
    const auto* r = std::get_if<doc::Region>(&b.body);
    return r && r->name == "cover";
  });
}

}  // namespace

Flow FlowBuilder::build() {
  const Context ctx = body();
  flow_.structure.push_back(StructNode{Role::document, -1, 0, {}, document_.meta.language});
  current_ = 0;
  const doc::Blocks& all = document_.blocks;
  const auto cover_at = cover_of(all);
  if (cover_at == all.end()) {
    blocks(all, ctx);
  } else {
    cover(std::get<doc::Region>(cover_at->body), doc::Blocks(all.begin(), cover_at));
    for (auto b = cover_at + 1; b != all.end(); ++b) block(*b, ctx);
  }
  keep_chapter_endings();
  footnotes();
  return std::move(flow_);
}

void FlowBuilder::rehearse(const std::atomic<bool>& stop) {
  const Context ctx = body();
  flow_.structure.push_back(StructNode{Role::document, -1, 0, {}, document_.meta.language});
  current_ = 0;
  const doc::Blocks& all = document_.blocks;
  // Only the body blocks, which build() sets in this context: not the cover and what it holds,
  // nor the contents, whose page numbers the first pass does not know yet.
  const auto cover_at = cover_of(all);
  const std::size_t first = cover_at == all.end() ? 0 : static_cast<std::size_t>(cover_at - all.begin()) + 1;
  for (std::size_t i = all.size(); i-- > first && !stop.load(std::memory_order_relaxed);)
    if (!std::holds_alternative<doc::Contents>(all[i].body)) block(all[i], ctx);
}

void FlowBuilder::keep_chapter_endings() {
  // A chapter's last page carries a few lines at least, never a lone line (a foreword's date).
  const double least = 4 * style_.body.leading;
  auto& all = flow_.elements;
  for (std::size_t end = 0; end < all.size(); ++end) {
    const bool last = end + 1 == all.size() || all[end + 1].break_before || all[end + 1].chapter_start;
    if (!last || all[end].role) continue;
    double tail = all[end].height;
    for (std::size_t k = end; k > 0 && tail < least; --k) {
      Element& before = all[k - 1];
      if (before.role || before.break_before || before.chapter_start) break;
      before.keep_with_next = true;
      tail += before.height + all[k].space_before;
    }
  }
}

void FlowBuilder::blocks(const doc::Blocks& blocks, const Context& ctx) {
  for (const auto& b : blocks) block(b, ctx);
}

void FlowBuilder::block(const doc::Block& b, const Context& ctx) {
  const std::size_t first_node = flow_.structure.size();
  const std::size_t first_element = flow_.elements.size();
  // Only paragraphs continue a heading's lead-in (they decide for themselves); anything else ends it.
  if (!std::holds_alternative<doc::Paragraph>(b.body) && !std::holds_alternative<doc::Heading>(b.body)) in_lead_ = false;
  // A paragraph that announces what follows ("Strengths:", "should write to:") is read with it:
  // never alone at a page's foot. A heading or a break after it starts something else.
  const bool announced = std::holds_alternative<doc::List>(b.body) || std::holds_alternative<doc::Paragraph>(b.body) ||
                         std::holds_alternative<doc::Table>(b.body) || std::holds_alternative<doc::Quote>(b.body) ||
                         std::holds_alternative<doc::Chart>(b.body);
  if (announced && announces_ && !flow_.elements.empty())
    flow_.elements.back().keep_with_next = true;
  std::visit(
      [&](const auto& body) {
        using T = std::decay_t<decltype(body)>;
        if constexpr (std::is_same_v<T, doc::Paragraph>) paragraph(body.content, ctx);
        else if constexpr (std::is_same_v<T, doc::Heading>) heading(body, ctx);
        else if constexpr (std::is_same_v<T, doc::List>) list(body, ctx);
        else if constexpr (std::is_same_v<T, doc::Quote>) quote(body, ctx);
        else if constexpr (std::is_same_v<T, doc::Table>) table(body, ctx);
        else if constexpr (std::is_same_v<T, doc::Chart>) chart(body, ctx);
        else if constexpr (std::is_same_v<T, doc::Contents>) contents(body, ctx);
        else if constexpr (std::is_same_v<T, doc::ThematicBreak>) rule(ctx);
        else if constexpr (std::is_same_v<T, doc::PageBreak>) break_next_ = true;
        else if constexpr (std::is_same_v<T, doc::Region>) region(body, ctx);
      },
      b.body);
  const auto* p = std::get_if<doc::Paragraph>(&b.body);
  before_last_ = last_;
  last_ = SetBlock{first_element, p != nullptr, p && all_bold(p->content)};
  announces_ = announces(b);
  if (!b.language.empty()) mark_language(first_node, b.language);
}

double FlowBuilder::baseline(const TextStyle& s) const {
  const FontFace& f = setter_.fonts().face(s.font);
  return (s.leading - (f.ascent() + f.descent()) * s.size) / 2 + f.ascent() * s.size;
}

double FlowBuilder::gap(double wanted) {
  if (next_gap_) {
    wanted = *next_gap_;
    next_gap_.reset();
  } else {
    wanted = std::max(wanted, min_gap_);
  }
  min_gap_ = 0;
  if (first_in_container_) {
    first_in_container_ = false;
    after_heading_ = false;
    return 0;
  }
  if (after_heading_) {
    after_heading_ = false;
    return heading_gap_;
  }
  return wanted;
}

Element& FlowBuilder::push(Element e, const Context& ctx) {
  if (break_next_) {
    e.break_before = true;
    break_next_ = false;
  }
  if (role_next_) {
    e.role = role_next_;
    role_next_.reset();
  }
  e.boxes = ctx.boxes;
  claim_text(e.items, current_);
  number(e);
  flow_.elements.push_back(std::move(e));
  return flow_.elements.back();
}

int FlowBuilder::new_box(BoxDecoration box) {
  flow_.boxes.push_back(box);
  return static_cast<int>(flow_.boxes.size()) - 1;
}

void FlowBuilder::add_lines(std::vector<Line> lines, double x, double space, const Context& ctx, bool keep) {
  const std::size_t n = lines.size();
  for (std::size_t k = 0; k < n; ++k) {
    Element e;
    e.height = lines[k].height;
    e.space_before = k == 0 ? space : 0;
    for (auto& item : lines[k].items) {
      item.move(x, 0);
      e.items.push_back(std::move(item));
    }
    for (auto& link : lines[k].links) {
      link.box.x += x;
      e.links.push_back(std::move(link));
    }
    e.footnotes = std::move(lines[k].footnotes);
    if (k == 0) {
      for (auto& m : marker_) e.items.push_back(std::move(m));
      e.read_first = marker_.size();
      marker_.clear();
    }
    // Orphans and widows: a paragraph's first two and last two lines stay together.
    e.keep_with_next = keep || (n >= 2 && (k == 0 || k + 2 == n));
    push(std::move(e), ctx);
  }
}

Element& FlowBuilder::spacer(double height, const Context& ctx, bool keep) {
  Element e;
  e.height = height;
  e.keep_with_next = keep;
  return push(std::move(e), ctx);
}

void FlowBuilder::paragraph(const doc::Inlines& content, const Context& ctx) {
  const Within p(*this, Role::paragraph);
  const double space = gap(style_.paragraph_space);
  double x = ctx.x0, width = ctx.width;
  doc::Inlines text = content;
  if (ctx.numbered && starts_with_number(text)) {
    // The paragraph's number hangs in its own column, the text aligned beside it.
    const auto cut = text[0].text.find(' ');
    const std::string number = text[0].text.substr(0, cut);
    text[0].text = cut == std::string::npos ? std::string() : text[0].text.substr(cut + 1);
    const TextStyle ns{ctx.text.size, ctx.text.leading, FontStyle::bold, style_.navy};
    marker_.push_back(Item::text_run(x, baseline(ctx.text), number, ns.font, ns.size,
                                     setter_.fonts().width(number, ns.font, ns.size), ns.colour,
                                     setter_.fonts().face(ns.font)));
    marker_.back().space_after = true;  // read out, "3.1. We" not "3.1.We"
    x += style_.numbered_indent;
    width -= style_.numbered_indent;
  }
  const bool leads = in_lead_ && lead_in(text);
  in_lead_ = leads;
  const std::size_t first = flow_.elements.size();
  add_lines(setter_.set(spans(text, ctx.text), width, ctx.text), x, space, ctx, leads || all_bold(text));
  // Lines broken by hand (an address, a signature) are read as one block: a short one stays whole.
  constexpr std::size_t kShortBlock = 8;
  const bool by_hand = std::any_of(text.begin(), text.end(),
                                   [](const doc::Inline& in) { return in.kind == doc::InlineKind::line_break; });
  if (by_hand && flow_.elements.size() - first <= kShortBlock)
    for (std::size_t k = first; k + 1 < flow_.elements.size(); ++k) flow_.elements[k].keep_with_next = true;
}

void FlowBuilder::heading(const doc::Heading& h, const Context& ctx) {
  const TextStyle hs = style_.heading(h.level);
  const double space = gap(style_.heading_space_before(h.level));
  const std::size_t first = flow_.elements.size();
  const Within within(*this, Role::heading, h.level);
  add_lines(setter_.set(spans(h.content, hs), ctx.width, hs), ctx.x0, space, ctx, true);
  for (std::size_t k = first; k < flow_.elements.size(); ++k) flow_.elements[k].heading = true;
  Element& e = flow_.elements[first];
  const std::string title = doc::plain_text(h.content);
  e.anchors.push_back(h.anchor);
  e.outline.push_back(OutlineEntry{h.level, title, Destination{0, 0}});
  if (h.level == document_.meta.chapter_level && in_region_ == 0) {
    e.chapter_start = true;
    e.chapter = title;
  }
  after_heading_ = true;
  in_lead_ = true;
  heading_gap_ = style_.heading_space_after(h.level);
}

void FlowBuilder::list(const doc::List& l, const Context& ctx) {
  const TextStyle marker_style{ctx.text.size, ctx.text.leading, l.ordered ? FontStyle::regular : FontStyle::bold,
                               l.ordered ? ctx.text.colour : style_.accent};
  // Numbers hang right-aligned in a column wide enough for the widest of them.
  double indent = style_.list_indent;
  if (l.ordered) {
    const std::string last = std::to_string(l.start + static_cast<int>(l.items.size()) - 1) + ".";
    // Two digits at least, so the numbered lists of one report line up with each other.
    const std::string widest = last.size() < 3 ? std::string("00.") : last;
    indent = std::max(indent, setter_.fonts().width(widest, marker_style.font, marker_style.size) + 8);
  }
  Context inner = ctx;
  inner.x0 += indent;
  inner.width -= indent;
  inner.list_depth = ctx.list_depth + 1;
  const FontFace& face = setter_.fonts().face(marker_style.font);
  const Within within(*this, Role::list);
  for (std::size_t k = 0; k < l.items.size(); ++k) {
    const Within item(*this, Role::list_item);
    const std::string marker = l.ordered ? std::to_string(l.start + static_cast<int>(k)) + "."
                               : ctx.list_depth % 2 == 0 ? "\xE2\x80\xA2"
                                                         : "\xE2\x80\x93";
    const double w = setter_.fonts().width(marker, marker_style.font, marker_style.size);
    const double x = l.ordered ? inner.x0 - 6 - w : ctx.x0 + 3;
    marker_.assign(1, Item::text_run(x, baseline(ctx.text), marker, marker_style.font, marker_style.size, w,
                                     marker_style.colour, face));
    marker_.back().node = add_node(Role::label, item.id());
    marker_.back().space_after = true;
    const Within body(*this, Role::list_body);
    // A nested list follows its parent item as closely as the items follow each other.
    if (k > 0 || (ctx.list_depth > 0 && l.tight)) next_gap_ = l.tight ? style_.list_item_space : style_.paragraph_space;
    const std::size_t first = flow_.elements.size();
    blocks(l.items[k], inner);
    marker_.clear();
    // A one-line first item is never alone at a page's foot, nor a one-line last item alone at the
    // top of the next: a list's ends stay with their neighbours, as a paragraph's lines do.
    const bool one_line = flow_.elements.size() == first + 1, several = l.items.size() >= 2;
    if (one_line && several && k == 0) flow_.elements.back().keep_with_next = true;
    if (one_line && several && k + 1 == l.items.size() && first > 0) flow_.elements[first - 1].keep_with_next = true;
  }
}

void FlowBuilder::quote(const doc::Quote& q, const Context& ctx) {
  const CalloutStyle cs = style_.callout(q.kind);
  BoxDecoration box;
  box.x0 = ctx.x0;
  box.x1 = ctx.x0 + ctx.width;
  box.fill = cs.fill;
  box.bar = cs.bar;
  box.bar_width = style_.callout_bar;
  Context inner = ctx;
  inner.boxes.push_back(new_box(box));
  inner.x0 += style_.callout_inset;
  inner.width -= style_.callout_inset + style_.callout_padding + 2;
  inner.numbered = false;  // a call-out among numbered paragraphs is not one of them
  if (q.kind == "quote") inner.text.font = FontStyle::italic;
  const Within within(*this, Role::quote);
  const double space = gap(style_.paragraph_space + 2);
  spacer(style_.callout_padding, inner, true).space_before = space;
  first_in_container_ = true;
  blocks(q.content, inner);
  flow_.elements.back().keep_with_next = true;
  spacer(style_.callout_padding, inner, false);
  first_in_container_ = false;
  after_heading_ = false;
  min_gap_ = style_.paragraph_space + 2;
}

void FlowBuilder::rule(const Context& ctx) {
  if (in_region_ > 0) return;  // a region's own design separates it
  Element e;
  e.space_before = gap(style_.paragraph_space);
  e.height = 12;
  e.items.push_back(Item::line(ctx.x0, 6, ctx.x0 + ctx.width, 6, 0.75, style_.rule));
  push(std::move(e), ctx);
}

void FlowBuilder::footnotes() {
  const Box body = style_.page.body();
  const TextStyle& fs = style_.footnote;
  const double indent = 12;
  for (const auto& note : document_.footnotes) {
    // A footnote reads just after its first citation, wherever its page puts it.
    const auto cited = first_cite_.find(note.number);
    const Citation at = cited != first_cite_.end() ? cited->second : Citation{next_order_ += kOrderStep, 0};
    std::uint64_t order = at.order;
    const int note_node = add_node(Role::note, at.parent);
    std::vector<Element> lines;
    bool first = true;
    doc::for_each_block(note.content, [&](const doc::Block& b, int) {
      const auto* p = std::get_if<doc::Paragraph>(&b.body);
      if (!p) return;
      const int previous = current_;
      current_ = add_node(Role::paragraph, note_node);
      if (!b.language.empty()) mark_language(static_cast<std::size_t>(current_), b.language);
      for (auto& line : setter_.set(spans(p->content, fs), body.w - indent, fs)) {
        Element e;
        e.height = line.height;
        for (auto& item : line.items) {
          item.move(body.x + indent, 0);
          e.items.push_back(std::move(item));
        }
        for (auto& link : line.links) {
          link.box.x += body.x + indent;
          e.links.push_back(std::move(link));
        }
        claim_text(e.items, current_);
        if (first) {  // drawn after the line, read before it
          const std::string n = std::to_string(note.number);
          e.items.push_back(Item::text_run(body.x, baseline(fs), n, FontStyle::bold, fs.size,
                                           setter_.fonts().width(n, FontStyle::bold, fs.size), style_.navy,
                                           setter_.fonts().face(FontStyle::bold)));
          e.items.back().node = add_node(Role::label, note_node);
          e.items.back().space_after = true;
          e.items.back().order = ++order;
          first = false;
        }
        for (auto& item : e.items)
          if (item.order == 0) item.order = ++order;
        lines.push_back(std::move(e));
      }
      current_ = previous;
    });
    flow_.footnotes[note.number] = std::move(lines);
  }
}

}  // namespace quire::layout
