// Inlines -> styled spans.
#include <algorithm>

#include "doc/walk.hpp"
#include "layout/text.hpp"

namespace quire::layout {

namespace {

struct Inherited {
  bool bold = false;
  bool italic = false;
  std::string link;
};

FontStyle face_for(const Inherited& in) {
  if (in.bold && in.italic) return FontStyle::bold_italic;
  if (in.bold) return FontStyle::bold;
  if (in.italic) return FontStyle::italic;
  return FontStyle::regular;
}

// Where a badge's word sits on the document's rating scale (1 = best), or {0, 0}.
std::pair<int, int> scale_position(const doc::Inline& badge, const std::string& word, const doc::Metadata& meta) {
  if (badge.of > 0) return {badge.number, badge.of};
  const auto& scale = meta.rating_scale;
  const auto it = std::find(scale.begin(), scale.end(), word);
  if (it == scale.end()) return {0, 0};
  return {static_cast<int>(it - scale.begin()) + 1, static_cast<int>(scale.size())};
}

class SpanMaker {
 public:
  SpanMaker(const TextStyle& base, const TextSetter& setter, const doc::Metadata& meta)
      : base_(base), setter_(setter), meta_(meta) {}

  void add(const doc::Inlines& inlines, const Inherited& in) {
    for (const auto& node : inlines) add(node, in);
  }
  std::vector<Span> take() { return std::move(out_); }

 private:
  // Star characters (★ filled, ☆ empty) are drawn as shapes: the text fonts have no glyphs for them.
  void text(const std::string& text, const Inherited& in) {
    static const std::string filled = "\xE2\x98\x85", empty = "\xE2\x98\x86";
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size();) {
      if (text.compare(i, 3, filled) != 0 && text.compare(i, 3, empty) != 0) {
        i = text.find('\xE2', i + 1);  // both stars start with this byte; most text has neither
        if (i == std::string::npos) break;
        continue;
      }
      plain(text.substr(start, i - start), in);
      int on = 0, all = 0;
      for (; text.compare(i, 3, filled) == 0 || text.compare(i, 3, empty) == 0; i += 3, ++all)
        on += text.compare(i, 3, filled) == 0 ? 1 : 0;
      stars(on, all);
      start = i;
    }
    plain(text.substr(start), in);
  }

  void stars(int on, int all) {
    Span s;
    s.atom = Atom::stars;
    s.size = base_.size;
    s.filled = on;
    s.total = all;
    s.colour = Colour{0.93, 0.62, 0.05};
    s.atom_width = base_.size * 1.25 * all;
    out_.push_back(std::move(s));
  }

  void plain(const std::string& text, const Inherited& in) {
    if (text.empty()) return;
    Span s;
    s.text = text;
    s.font = face_for(in);
    s.size = base_.size;
    s.colour = in.link.empty() ? base_.colour : link_colour();
    s.link = in.link;
    out_.push_back(std::move(s));
  }

  Colour link_colour() const { return base_.colour == setter_.style().white ? base_.colour : Colour{0.05, 0.33, 0.62}; }

  void add(const doc::Inline& node, const Inherited& in) {
    const Style& style = setter_.style();
    switch (node.kind) {
      case doc::InlineKind::text:
      case doc::InlineKind::code: text(node.text, in); break;
      case doc::InlineKind::line_break: plain("\n", in); break;
      case doc::InlineKind::emphasis: {
        Inherited inner = in;
        inner.italic = !in.italic;  // emphasis inside italic text sets it upright
        add(node.children, inner);
        break;
      }
      case doc::InlineKind::strong: {
        Inherited inner = in;
        inner.bold = true;
        add(node.children, inner);
        break;
      }
      case doc::InlineKind::link: {
        Inherited inner = in;
        inner.link = node.target;
        add(node.children, inner);
        break;
      }
      case doc::InlineKind::footnote_ref: {
        Span s;
        s.text = std::to_string(node.number);
        s.font = FontStyle::regular;
        s.size = base_.size * style.superscript_scale;
        s.rise = base_.size * style.superscript_rise;
        s.colour = base_.colour;
        s.footnote = node.number;
        out_.push_back(std::move(s));
        break;
      }
      case doc::InlineKind::badge: {
        Span s;
        s.atom = Atom::badge;
        s.text = doc::plain_text(node.children);
        s.font = FontStyle::bold;
        s.size = base_.size * 0.92;
        const auto [position, of] = scale_position(node, s.text, meta_);
        s.fill = style.badge_fill(position, of);
        s.colour = style.badge_text_white(position, of) ? style.white : style.ink;
        s.atom_width = setter_.fonts().width(s.text, s.font, s.size) + 8;
        s.link = in.link;
        out_.push_back(std::move(s));
        break;
      }
      case doc::InlineKind::stars: stars(node.number, node.of); break;
    }
  }

  const TextStyle& base_;
  const TextSetter& setter_;
  const doc::Metadata& meta_;
  std::vector<Span> out_;
};

}  // namespace

std::vector<Span> spans_from(const doc::Inlines& inlines, const TextStyle& base, const TextSetter& setter,
                             const doc::Metadata& meta) {
  SpanMaker maker(base, setter, meta);
  Inherited in;
  in.bold = base.font == FontStyle::bold || base.font == FontStyle::bold_italic;
  in.italic = base.font == FontStyle::italic || base.font == FontStyle::bold_italic;
  maker.add(inlines, in);
  return maker.take();
}

std::vector<Span> plain_spans(const std::string& text, const TextStyle& base) {
  Span s;
  s.text = text;
  s.font = base.font;
  s.size = base.size;
  s.colour = base.colour;
  return {s};
}

}  // namespace quire::layout
