#include "layout/text.hpp"

#include <linebreak.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <string_view>

#include "base/utf8.hpp"

namespace quire::layout {

namespace {

constexpr std::string_view kObject = "\xEF\xBF\xBC";  // U+FFFC stands in for an atom when breaking
// Drawn where a word too long for its line goes on: SOFT HYPHEN, which the font draws as a hyphen
// and text read out of the PDF drops (PDF 32000 14.8.2.2.3), so the word is read whole.
constexpr const char* kSoftHyphen = "\xC2\xAD";

struct Segment {
  std::size_t begin = 0, content_end = 0, end = 0;  // [begin, content_end) is drawn; then spaces
  bool must_break = false;                           // a hard break follows
  double hyphen = 0;  // the width of the soft hyphen drawn after it: a word too long for a line goes on
};

bool is_space(char c) { return c == ' '; }

// Whether the character at byte `i` is a letter of the Latin alphabets (Welsh's accented ones too).
bool letter_at(std::string_view text, std::size_t i) {
  const char32_t cp = utf8::next(text, i);
  return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF);
}

// Whether breaking before byte `i` would cut one of Welsh's letters written with two (ch, dd, ff,
// ng, ll, ph, rh, th): "Llanfairpwll-gwyngyll", never "Llanfairpwl-lgwyngyll".
bool splits_welsh_letter(std::string_view text, std::size_t i) {
  if (i == 0 || i >= text.size()) return false;
  const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  const char pair[2] = {lower(text[i - 1]), lower(text[i])};
  for (const std::string_view letter : {"ch", "dd", "ff", "ng", "ll", "ph", "rh", "th"})
    if (std::string_view(pair, 2) == letter) return true;
  return false;
}

std::vector<std::pair<double, double>> star(double cx, double cy, double outer) {
  std::vector<std::pair<double, double>> points;
  const double inner = outer * 0.45;
  for (int k = 0; k < 10; ++k) {
    const double r = k % 2 == 0 ? outer : inner;
    const double a = -M_PI / 2 + k * M_PI / 5;
    points.emplace_back(cx + r * std::cos(a), cy + r * std::sin(a));
  }
  return points;
}

}  // namespace

struct TextSetter::Prepared {
  std::string all;
  std::vector<std::uint16_t> owner;  // span index of each byte
  std::vector<double> pos;           // x at the start of each byte; one more at the end
  std::vector<Segment> segments;
};

std::shared_ptr<const TextSetter::Prepared> TextSetter::prepare(const std::vector<Span>& spans) const {
  // Enough for the cells of a long table (the glossary's), which are all measured before any is set.
  constexpr std::size_t kKept = 512;
  {
    const std::lock_guard lock(memo_mutex_);
    if (const auto found = recently_prepared_.find(spans); found != recently_prepared_.end()) return found->second;
  }
  auto prepared = prepare_afresh(spans);
  const std::lock_guard lock(memo_mutex_);
  // The other thread may have prepared the same spans meanwhile: either result is the same.
  const auto [kept, fresh] = recently_prepared_.emplace(spans, prepared);
  if (fresh) {
    preparation_order_.push_back(&kept->first);
    if (preparation_order_.size() > kKept) {
      recently_prepared_.erase(*preparation_order_.front());
      preparation_order_.pop_front();
    }
  }
  return prepared;
}

std::shared_ptr<const TextSetter::Prepared> TextSetter::prepare_afresh(const std::vector<Span>& spans) const {
  static std::once_flag once;
  std::call_once(once, [] { init_linebreak(); });
  auto prepared = std::make_shared<Prepared>();
  Prepared& p = *prepared;
  std::size_t bytes = 0;
  for (const Span& span : spans) bytes += span.atom == Atom::none ? span.text.size() : kObject.size();
  p.all.reserve(bytes);
  p.owner.reserve(bytes);
  std::vector<double> advance(bytes, 0.0);  // each character's width, at its first byte
  for (std::size_t s = 0; s < spans.size(); ++s) {
    const Span& span = spans[s];
    const std::string_view text = span.atom == Atom::none ? std::string_view(span.text) : kObject;
    const FontFace& face = fonts_.face(span.font);
    const std::size_t first = p.all.size();
    p.all += text;
    p.owner.insert(p.owner.end(), text.size(), static_cast<std::uint16_t>(s));
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t at = i;
      const char32_t cp = utf8::next(text, i);
      double w = 0;
      if (span.atom != Atom::none) {
        w = span.atom_width;
      } else if (cp != '\n') {
        w = face.advance(cp) * span.size / 1000.0;
        if (!face.has_glyph(cp)) {
          const std::lock_guard lock(memo_mutex_);
          if (std::find(missing_.begin(), missing_.end(), cp) == missing_.end()) missing_.push_back(cp);
        }
      }
      advance[first + at] = w;
    }
  }
  p.pos.assign(p.all.size() + 1, 0);
  for (std::size_t i = 0; i < advance.size(); ++i) p.pos[i + 1] = p.pos[i] + advance[i];

  std::vector<char> brks(p.all.size());
  if (!p.all.empty())
    set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(p.all.data()), p.all.size(), language_.c_str(), brks.data());
  std::size_t begin = 0;
  for (std::size_t i = 0; i < p.all.size(); ++i) {
    if (brks[i] != LINEBREAK_ALLOWBREAK && brks[i] != LINEBREAK_MUSTBREAK) continue;
    Segment seg{begin, i + 1, i + 1, brks[i] == LINEBREAK_MUSTBREAK && i + 1 < p.all.size()};
    if (p.all[i] == '\n') seg.content_end = i;  // a hard break is not drawn
    while (seg.content_end > seg.begin && is_space(p.all[seg.content_end - 1])) --seg.content_end;
    p.segments.push_back(seg);
    begin = i + 1;
  }
  return prepared;
}

std::vector<Line> TextSetter::set(const std::vector<Span>& spans, double width, const TextStyle& base,
                                  doc::Align align) const {
  SpanSetting key{spans, width, base, align};
  {
    const std::lock_guard lock(memo_mutex_);
    if (const auto found = lines_set_.find(key); found != lines_set_.end()) return found->second;
  }
  std::vector<Line> lines = set_afresh(spans, width, base, align);
  const std::lock_guard lock(memo_mutex_);
  lines_set_.emplace(std::move(key), lines);
  return lines;
}

std::vector<Line> TextSetter::set_afresh(const std::vector<Span>& spans, double width, const TextStyle& base,
                                         doc::Align align) const {
  const auto prepared = prepare(spans);
  const Prepared& p = *prepared;
  const FontFace& base_face = fonts_.face(base.font);
  const double baseline =
      (base.leading - (base_face.ascent() + base_face.descent()) * base.size) / 2 + base_face.ascent() * base.size;

  // Splits a segment too long for any line between characters, so nothing overflows. A word of
  // letters is split between two letters, with a hyphen to mark where it goes on, and in Welsh
  // never inside a letter written with two (ch, dd, ff, ng, ll, ph, rh, th); anything else (an
  // address, a number, a link's text) where the line ends, with no hyphen to be mistaken for its own.
  const auto word_of_letters = [&](const Segment& seg) {  // punctuation around it and apostrophes allowed
    bool letters = false, after = false;  // after: punctuation ended the letters
    for (std::size_t i = seg.begin; i < seg.content_end; i += utf8::length_at(p.all, i)) {
      if (!spans[p.owner[i]].link.empty()) return false;
      const bool letter = letter_at(p.all, i);
      if (letter && after) return false;
      if (!letter && letters && p.all[i] != '\'' && p.all.compare(i, 3, "\xE2\x80\x99") != 0) after = true;
      letters = letters || letter;
    }
    return letters;
  };
  const auto hyphen_width = [&](std::size_t at) {
    const Span& span = spans[p.owner[at - 1]];
    return fonts_.width(kSoftHyphen, span.font, span.size);
  };
  const bool welsh = language_ == "cy";
  std::vector<Segment> segments;
  for (const Segment& seg : p.segments) {
    if (p.pos[seg.content_end] - p.pos[seg.begin] <= width) {
      segments.push_back(seg);
      continue;
    }
    const bool word = word_of_letters(seg);
    std::size_t start = seg.begin, fits = seg.begin;  // fits: the last break after `start` that fits
    for (std::size_t i = seg.begin; i < seg.content_end;) {
      const std::size_t next = std::min(i + utf8::length_at(p.all, i), seg.content_end);
      if (word && next < seg.content_end && letter_at(p.all, i) && letter_at(p.all, next) &&
          !(welsh && splits_welsh_letter(p.all, next)) &&
          p.pos[next] - p.pos[start] + hyphen_width(next) <= width)
        fits = next;
      if (i > start && p.pos[next] - p.pos[start] > width) {
        const std::size_t at = fits > start ? fits : i;  // no break fits: cut where the line ends
        segments.push_back(Segment{start, at, at, false, fits > start ? hyphen_width(at) : 0});
        start = fits = at;
        i = at;
        continue;
      }
      i = next;
    }
    segments.push_back(Segment{start, seg.content_end, seg.end, seg.must_break});
  }

  std::vector<Line> lines;
  auto emit = [&](std::size_t first, std::size_t last) {  // segments [first, last]
    std::size_t b = segments[first].begin, e = segments[last].content_end;
    while (b < e && is_space(p.all[b])) ++b;
    Line line;
    line.height = base.leading;
    line.width = p.pos[e] - p.pos[b];
    const double offset = align == doc::Align::right    ? width - line.width
                          : align == doc::Align::centre ? (width - line.width) / 2
                                                        : 0;
    for (std::size_t r = b; r < e;) {
      std::size_t q = r;
      while (q < e && p.owner[q] == p.owner[r] && p.all[q] != '\n') ++q;
      if (q == r) {  // a hard break inside the run: skip it
        ++r;
        continue;
      }
      const Span& span = spans[p.owner[r]];
      const double x = offset + p.pos[r] - p.pos[b], w = p.pos[q] - p.pos[r];
      const FontFace& face = fonts_.face(span.font);
      if (span.atom == Atom::badge) {
        const double pad = 4, top = baseline - face.cap_height() * span.size - 2.6;
        line.items.push_back(Item::rect({x + 0.5, top, w - 1, baseline + 0.28 * span.size + 1.8 - top}, span.fill));
        line.items.push_back(Item::text_run(x + pad, baseline, span.text, span.font, span.size,
                                            fonts_.width(span.text, span.font, span.size), span.colour, face));
        line.items.back().node = span.node;
      } else if (span.atom == Atom::stars) {
        const double each = span.atom_width / std::max(1, span.total);
        for (int k = 0; k < span.total; ++k) {
          line.items.push_back(Item::polygon(star(x + each * (k + 0.5), baseline - span.size * 0.36, each * 0.46),
                                             k < span.filled ? span.colour : style_.rule));
          line.items.back().node = span.node;
        }
      } else {
        std::string text = p.all.substr(r, q - r);
        double run_width = w;
        if (q == e && segments[last].hyphen > 0) {  // the word goes on on the next line
          text += kSoftHyphen;
          run_width += segments[last].hyphen;
          line.width += segments[last].hyphen;
        }
        line.items.push_back(Item::text_run(x, baseline - span.rise, std::move(text), span.font, span.size, run_width,
                                            span.colour, face));
        line.items.back().node = span.node;
      }
      if (!span.link.empty()) line.links.push_back(LinkArea{{x, 0, w, line.height}, span.link, span.node});
      if (span.footnote > 0 &&
          std::find(line.footnotes.begin(), line.footnotes.end(), span.footnote) == line.footnotes.end())
        line.footnotes.push_back(span.footnote);
      r = q;
    }
    const bool word_break = e < segments[last].end;  // spaces or a hard break end the line
    if (word_break && !line.items.empty() && line.items.back().kind == ItemKind::text)
      line.items.back().space_after = true;
    lines.push_back(std::move(line));
  };

  std::size_t first = 0;
  for (std::size_t s = 0; s < segments.size(); ++s) {
    const bool overflows =
        s > first && p.pos[segments[s].content_end] - p.pos[segments[first].begin] + segments[s].hyphen > width;
    if (overflows) {
      emit(first, s - 1);
      first = s;
    }
    if (segments[s].must_break) {
      emit(first, s);
      first = s + 1;
    }
  }
  if (first < segments.size()) emit(first, segments.size() - 1);
  if (lines.empty()) lines.push_back(Line{0, base.leading, {}, {}, {}});
  return lines;
}

double TextSetter::natural_width(const std::vector<Span>& spans) const {
  double widest = 0;
  for (const auto& line : set(spans, 1e9, TextStyle{})) widest = std::max(widest, line.width);
  return widest;
}

double TextSetter::longest_word(const std::vector<Span>& spans) const {
  {
    const std::lock_guard lock(memo_mutex_);
    if (const auto found = longest_words_.find(spans); found != longest_words_.end()) return found->second;
  }
  const auto prepared = prepare(spans);
  const Prepared& p = *prepared;
  double longest = 0;
  for (const Segment& seg : p.segments) longest = std::max(longest, p.pos[seg.content_end] - p.pos[seg.begin]);
  const std::lock_guard lock(memo_mutex_);
  longest_words_.emplace(spans, longest);
  return longest;
}

std::vector<char32_t> TextSetter::missing() const {
  const std::lock_guard lock(memo_mutex_);
  std::vector<char32_t> sorted = missing_;
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}

}  // namespace quire::layout
