#include "doc/walk.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <type_traits>

namespace quire::doc {

namespace {

void append_text(const Inline& in, bool footnote_numbers, std::string& out) {
  switch (in.kind) {
    case InlineKind::text:
    case InlineKind::code: out += in.text; break;
    case InlineKind::footnote_ref:
      if (footnote_numbers) out += std::to_string(in.number);
      break;
    case InlineKind::line_break: out += ' '; break;
    case InlineKind::stars: break;
    default:
      for (const auto& child : in.children) append_text(child, footnote_numbers, out);
  }
}

template <typename F>
void visit_children(const Block& block, F&& recurse) {
  std::visit(
      [&](const auto& body) {
        using T = std::decay_t<decltype(body)>;
        if constexpr (std::is_same_v<T, List>) {
          for (const auto& item : body.items) recurse(item);
        } else if constexpr (std::is_same_v<T, Quote> || std::is_same_v<T, Region>) {
          recurse(body.content);
        }
      },
      block.body);
}

void walk(const Blocks& blocks, int depth, const std::function<void(const Block&, int)>& visit) {
  for (const auto& block : blocks) {
    visit(block, depth);
    visit_children(block, [&](const Blocks& inner) { walk(inner, depth + 1, visit); });
  }
}

void walk_mutable_headings(Blocks& blocks, const std::function<void(Heading&)>& visit) {
  for (auto& block : blocks) {
    if (auto* h = std::get_if<Heading>(&block.body)) visit(*h);
    if (auto* l = std::get_if<List>(&block.body))
      for (auto& item : l->items) walk_mutable_headings(item, visit);
    if (auto* q = std::get_if<Quote>(&block.body)) walk_mutable_headings(q->content, visit);
    if (auto* r = std::get_if<Region>(&block.body)) walk_mutable_headings(r->content, visit);
  }
}

}  // namespace

std::string plain_text(const Inlines& inlines, bool footnote_numbers) {
  std::string out;
  for (const auto& in : inlines) append_text(in, footnote_numbers, out);
  return out;
}

std::string heading_anchor(const std::string& title) {
  std::string anchor;
  for (const char ch : title) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      anchor += ch;  // letters outside ASCII are kept as they are
    } else if (std::isalnum(c) || ch == '-' || ch == '_') {
      anchor += static_cast<char>(std::tolower(c));
    } else if (ch == ' ') {
      anchor += '-';
    }
  }
  // GitHub drops punctuation, so the bytes of a UTF-8 dash go too.
  for (const std::string dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    std::size_t at;
    while ((at = anchor.find(dash)) != std::string::npos) anchor.erase(at, dash.size());
  }
  return anchor;
}

void for_each_block(const Blocks& blocks, const std::function<void(const Block&, int)>& visit) {
  walk(blocks, 0, visit);
}

void for_each_inline(const Inlines& inlines, const std::function<void(const Inline&)>& visit) {
  for (const auto& in : inlines) {
    visit(in);
    for_each_inline(in.children, visit);
  }
}

std::vector<const Heading*> headings(const Document& document) {
  std::vector<const Heading*> out;
  for_each_block(document.blocks, [&](const Block& b, int) {
    if (const auto* h = std::get_if<Heading>(&b.body)) out.push_back(h);
  });
  return out;
}

void assign_anchors(Document& document) {
  std::map<std::string, int> seen;
  walk_mutable_headings(document.blocks, [&](Heading& h) {
    const std::string base = heading_anchor(plain_text(h.content));
    const int n = seen[base]++;
    h.anchor = n == 0 ? base : base + "-" + std::to_string(n);
  });
}

ValueAxis value_axis(const Chart& chart) {
  ValueAxis axis;
  if (chart.maximum > 0) {
    const double raw = chart.maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    axis.step = 10 * magnitude;
    for (const double f : {5.0, 2.5, 2.0, 1.0})
      if (f * magnitude >= raw) axis.step = f * magnitude;
  }
  axis.end = std::max(axis.step, std::ceil(chart.maximum / axis.step - 1e-9) * axis.step);
  return axis;
}

std::string tick_text(double value, const std::string& unit) {
  const double rounded = std::round(value);
  std::string text;
  if (std::abs(value - rounded) < 1e-9) {
    text = std::to_string(static_cast<long long>(rounded));
  } else {
    text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
  }
  return text + unit;
}

const Footnote* find_footnote(const Document& document, const std::string& id) {
  for (const auto& f : document.footnotes)
    if (f.id == id) return &f;
  return nullptr;
}

std::string chart_description(const Chart& c, const std::string& kind) {
  std::string text = kind + ": " + c.category_title;
  for (const auto& s : c.series) text += ", " + s;
  text += ".";
  for (std::size_t r = 0; r < c.categories.size(); ++r) {
    text += " " + plain_text(c.categories[r]) + ":";
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      const bool printed = r < c.value_texts.size() && s < c.value_texts[r].size();
      text += (s ? ", " : " ") + (c.series.size() > 1 ? c.series[s] + " " : std::string()) +
              (printed ? c.value_texts[r][s] : std::string());
    }
    text += ".";
  }
  return text;
}

Inlines with_rating_badge(Inlines cell, const std::vector<std::string>& scale) {
  for (auto& in : cell) {
    if (in.kind != InlineKind::strong && in.kind != InlineKind::text) continue;
    std::string word = in.kind == InlineKind::text ? in.text : plain_text(in.children);
    word.erase(0, word.find_first_not_of(' '));
    word.erase(word.find_last_not_of(' ') + 1);
    if (std::find(scale.begin(), scale.end(), word) == scale.end()) continue;
    Inline badge;
    badge.kind = InlineKind::badge;
    badge.children.push_back(Inline{InlineKind::text, word, {}, 0, 0, {}});
    in = std::move(badge);
    break;
  }
  return cell;
}

}  // namespace quire::doc
