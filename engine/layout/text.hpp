// Text set in lines: styled spans, measured with the fonts' own metrics, broken where Unicode
// line-breaking rules (libunibreak, UAX #14) allow, greedily, ragged right. A word or URL longer
// than the line breaks between characters rather than run into the margin.
#pragma once

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "base/tied.hpp"
#include "doc/doc.hpp"
#include "layout/page.hpp"
#include "layout/style.hpp"

namespace quire::layout {

enum class Atom : std::uint8_t { none, badge, stars };

// A run of text in one style, or an atom (a badge, stars) that breaks like a word.
struct Span {
  std::string text;
  FontStyle font = FontStyle::regular;
  double size = 10;
  Colour colour;
  double rise = 0;   // raised by this much (superscript footnote numbers)
  std::string link;  // URL or "#anchor"
  int footnote = 0;  // the footnote this superscript cites
  int node = kNoNode;  // the structure element its items belong to, when not the paragraph's own
  Atom atom = Atom::none;
  double atom_width = 0;
  Colour fill;          // badge background
  int filled = 0;       // stars drawn filled
  int total = 0;        // stars in all

  // Every field, once: the setter's memo compares and hashes spans by this list, and the
  // static_assert below fails the build if a field is added above and not here.
  auto tie() const {
    return std::tie(text, font, size, colour, rise, link, footnote, node, atom, atom_width, fill, filled, total);
  }
  bool operator==(const Span& other) const { return tie() == other.tie(); }
};
static_assert(ties_every_field<Span>());

// One line: items positioned from the line's top-left, its height (the leading) and what it cites.
struct Line {
  double width = 0;
  double height = 0;
  std::vector<Item> items;
  std::vector<LinkArea> links;
  std::vector<int> footnotes;
};

// Everything that decides how spans are set into lines: the key of TextSetter's memo.
struct SpanSetting {
  std::vector<Span> spans;
  double width = 0;
  TextStyle base;
  doc::Align align = doc::Align::left;
  auto tie() const { return std::tie(spans, width, base, align); }
  bool operator==(const SpanSetting& other) const { return tie() == other.tie(); }
};
static_assert(ties_every_field<SpanSetting>());

class TextSetter {
 public:
  TextSetter(const FontSet& fonts, const Style& style, std::string language)
      : fonts_(fonts), style_(style), language_(std::move(language)) {}

  // Breaks `spans` into lines of at most `width` points; `base` gives the leading and the
  // metrics the baseline sits on. Characters the fonts lack are added to `missing`.
  std::vector<Line> set(const std::vector<Span>& spans, double width, const TextStyle& base,
                        doc::Align align = doc::Align::left) const;

  // The natural width of the spans on one line, and of their longest unbreakable piece.
  double natural_width(const std::vector<Span>& spans) const;
  double longest_word(const std::vector<Span>& spans) const;

  const FontSet& fonts() const { return fonts_; }
  const Style& style() const { return style_; }
  // The characters the fonts lack, in code point order.
  std::vector<char32_t> missing() const;

 private:
  struct Prepared;
  // The spans measured and their break opportunities found, kept for the last few hundred spans
  // prepared: a table measures each cell twice (its natural width, its longest word) while it
  // sizes its columns, and sets the cells only once every row is measured.
  std::shared_ptr<const Prepared> prepare(const std::vector<Span>& spans) const;

  std::shared_ptr<const Prepared> prepare_afresh(const std::vector<Span>& spans) const;
  std::vector<Line> set_afresh(const std::vector<Span>& spans, double width, const TextStyle& base,
                               doc::Align align) const;

  const FontSet& fonts_;
  const Style& style_;
  std::string language_;
  mutable std::vector<char32_t> missing_;
  // What was set before, by everything that decides it (SpanSetting, Span::tie). The contents' page
  // numbers may make layout run twice (or more), and everything but the contents is set the same
  // way each time: line breaking was half of layout's time.
  // Layout may set text on two threads at once (layout.cpp), so the memo is shared under a lock.
  mutable std::mutex memo_mutex_;
  mutable std::unordered_map<SpanSetting, std::vector<Line>, TiedHash> lines_set_;
  mutable std::unordered_map<std::vector<Span>, double, TiedHash> longest_words_;
  mutable std::unordered_map<std::vector<Span>, std::shared_ptr<const Prepared>, TiedHash> recently_prepared_;
  mutable std::deque<const std::vector<Span>*> preparation_order_;  // keys of the above, oldest first
};

// Spans for inlines set in `base`: strong and emphasis choose the face, links take the link
// colour, footnote references become superscript numbers, badges and stars become atoms.
std::vector<Span> spans_from(const doc::Inlines& inlines, const TextStyle& base, const TextSetter& setter,
                             const doc::Metadata& meta);

// Plain spans of one string in one style.
std::vector<Span> plain_spans(const std::string& text, const TextStyle& base);

}  // namespace quire::layout
