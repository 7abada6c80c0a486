#include "base/text.hpp"

#include <algorithm>
#include <cstdio>

#include "base/utf8.hpp"

namespace quire {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) { return utf8::find_invalid(text); }

namespace {

// Windows-1252's characters at 0x80-0x9F (0 where it has none); from 0xA0 it is Latin-1, whose
// code points equal its bytes.
constexpr char32_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::string describe_invalid_utf8(std::string_view text, std::size_t bad) {
  const auto starts = [&](std::string_view mark) { return text.substr(0, mark.size()) == mark; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF"))
    return "the file is saved as UTF-16 (it starts with the bytes " + std::string(starts("\xFF\xFE") ? "FF FE" : "FE FF") +
           "); save it as UTF-8";
  const auto byte = static_cast<unsigned char>(text[bad]);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", byte);
  std::string message = std::string("invalid UTF-8 at byte ") + std::to_string(bad) + ": found " + hex;
  const char32_t cp = byte >= 0xA0 ? byte : (byte >= 0x80 ? kWindows1252High[byte - 0x80] : 0);
  if (cp != 0) {
    std::string shown;
    utf8::append(shown, cp);
    message += ", which is '" + shown + "' in Windows-1252 (\"ANSI\"): the file was saved in that encoding";
  }
  return message + "; save the file as UTF-8";
}

std::string with_valid_utf8(std::string_view text) { return utf8::with_replacements(text); }

LineColumn line_column_at(std::string_view text, std::size_t offset) {
  LineColumn lc;
  offset = std::min(offset, text.size());
  for (std::size_t i = 0; i < offset;) {
    if (text[i] == '\n') {
      ++lc.line;
      lc.column = 1;
      ++i;
    } else {
      utf8::next(text, i);
      ++lc.column;
    }
  }
  return lc;
}

LineIndex::LineIndex(std::string_view text) : text_(text), line_starts_{0} {
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
    line_starts_.push_back(i + 1);
}

LineColumn LineIndex::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  // The last line starting at or before `offset`: a line break belongs to the line it ends.
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t start = *(after - 1);
  // Counted from the line's start as line_column_at counts (a decoded character never swallows a
  // line break: an invalid byte is one character and decoding goes on at the next byte).
  LineColumn lc = line_column_at(text_.substr(start), offset - start);
  lc.line = static_cast<int>(after - line_starts_.begin());
  return lc;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (!best || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A plausible typo changes at most a third of the word (and at least one letter may differ).
  if (best && best_distance <= std::max<std::size_t>(2, word.size() / 3)) return best;
  return std::nullopt;
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

}  // namespace quire
