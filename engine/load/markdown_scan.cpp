#include "load/markdown_scan.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace quire::load_detail {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) { return is_alpha(c) || is_digit(c) || c == '_'; }
// The length of a run of capitals at `i`, if it is two or more long and followed by an optional
// "s" and then `end_ok`; else 0.
template <typename EndOk>
std::size_t capitals_at(std::string_view text, std::size_t i, EndOk end_ok) {
  std::size_t j = i;
  while (j < text.size() && is_upper(text[j])) ++j;
  const std::size_t n = j - i;
  if (n < 2) return 0;
  if (end_ok(j)) return n;
  if (j < text.size() && text[j] == 's' && end_ok(j + 1)) return n;
  return 0;
}

// Where Markdown reads characters as text, not as syntax: inside code spans (a run of backticks to
// the next run of as many), and any character after a backslash.
class LiteralText {
 public:
  explicit LiteralText(std::string_view text) : text_(text) {
    for (std::size_t i = 0; i < text.size();) {
      if (text[i] == '\\') {
        i += 2;
        continue;
      }
      if (text[i] != '`') {
        ++i;
        continue;
      }
      std::size_t run = 0;
      while (i + run < text.size() && text[i + run] == '`') ++run;
      const std::size_t close = closing_run(i + run, run);
      if (close == std::string_view::npos) {
        i += run;  // an unmatched run is literal backticks
        continue;
      }
      spans_.emplace_back(i + run, close);
      i = close + run;
    }
  }

  // Whether the character at `at` is text: escaped, or in a code span.
  bool at(std::size_t at) const {
    std::size_t backslashes = 0;
    while (backslashes < at && text_[at - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 1) return true;
    return std::any_of(spans_.begin(), spans_.end(), [&](const auto& s) { return at >= s.first && at < s.second; });
  }

 private:
  std::size_t closing_run(std::size_t from, std::size_t run) const {
    for (std::size_t j = from; j < text_.size();) {
      if (text_[j] != '`') {
        ++j;
        continue;
      }
      std::size_t n = 0;
      while (j + n < text_.size() && text_[j + n] == '`') ++n;
      if (n == run) return j;
      j += n;
    }
    return std::string_view::npos;
  }

  std::string_view text_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
};

// Whether "[^...]" at `i` starts its line (after up to three spaces) and is followed by ':'.
bool starts_definition(std::string_view text, std::size_t i, std::size_t close) {
  std::size_t start = i;
  while (start > 0 && text[start - 1] == ' ' && i - start < 4) --start;
  return (start == 0 || text[start - 1] == '\n') && i - start < 4 && close + 1 < text.size() && text[close + 1] == ':';
}

// Every "[^id]" that Markdown reads as syntax; `definitions` picks the definitions or the rest.
std::vector<TextMatch> footnote_marks(std::string_view text, bool definitions) {
  const LiteralText literal(text);
  std::vector<TextMatch> found;
  std::size_t i = 0;
  while ((i = text.find("[^", i)) != std::string_view::npos) {
    std::size_t j = i + 2;
    while (j < text.size() && text[j] != ']' && !is_ascii_space(text[j])) ++j;
    if (j > i + 2 && j < text.size() && text[j] == ']' && !literal.at(i)) {
      if (starts_definition(text, i, j) == definitions) found.push_back({i, std::string(text.substr(i + 2, j - i - 2))});
      i = j + 1;
    } else {
      ++i;
    }
  }
  return found;
}

}  // namespace

std::vector<TextMatch> footnote_references(std::string_view text) { return footnote_marks(text, false); }

std::vector<TextMatch> footnote_definitions(std::string_view text) { return footnote_marks(text, true); }

std::vector<TextMatch> raw_html(std::string_view text, std::size_t at_most) {
  std::vector<TextMatch> found;
  const LiteralText literal(text);
  for (std::size_t i = text.find('<'); i != std::string_view::npos && found.size() < at_most;
       i = text.find('<', i + 1)) {
    if (literal.at(i)) continue;
    const std::string_view rest = text.substr(i + 1);
    std::size_t length = 0;
    if (rest.substr(0, 3) == "!--") {
      length = 4;
    } else if (rest.size() >= 2 && rest[0] == '!' && is_alpha(rest[1])) {
      length = 3;
    } else if (!rest.empty() && rest[0] == '?') {
      length = 2;
    } else {
      std::size_t j = (!rest.empty() && rest[0] == '/') ? 1 : 0;
      if (j >= rest.size() || !is_alpha(rest[j])) continue;
      ++j;
      while (j < rest.size() && (is_alpha(rest[j]) || is_digit(rest[j]) || rest[j] == '-')) ++j;
      if (j == rest.size()) {
        length = j + 1;
      } else if (is_ascii_space(rest[j]) || rest[j] == '>') {
        length = j + 2;
      } else if (rest[j] == '/' && j + 1 < rest.size() && rest[j + 1] == '>') {
        length = j + 3;
      } else {
        continue;
      }
    }
    found.push_back({i, std::string(text.substr(i, length))});
  }
  return found;
}

std::vector<TextMatch> defined_acronyms(std::string_view text) {
  std::vector<TextMatch> found;
  for (std::size_t i = text.find('('); i != std::string_view::npos; i = text.find('(', i + 1)) {
    const auto closes = [&](std::size_t j) { return j < text.size() && text[j] == ')'; };
    if (const std::size_t n = capitals_at(text, i + 1, closes)) found.push_back({i + 1, std::string(text.substr(i + 1, n))});
  }
  return found;
}

std::vector<TextMatch> acronyms(std::string_view text) {
  std::vector<TextMatch> found;
  const auto word_ends = [&](std::size_t j) { return j >= text.size() || !is_word(text[j]); };
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word(text[i])) {
      ++i;
      continue;
    }
    if (const std::size_t n = capitals_at(text, i, word_ends)) found.push_back({i, std::string(text.substr(i, n))});
    while (i < text.size() && is_word(text[i])) ++i;  // on to the next word
  }
  return found;
}

std::vector<std::pair<std::size_t, std::size_t>> italic_spans(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t i = 0;
  while ((i = text.find('*', i)) != std::string_view::npos) {
    if (i > 0 && text[i - 1] == '*') {  // part of "**": bold, not italic
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < text.size() && text[j] != '*' && text[j] != '\n') ++j;
    if (j > i + 1 && j < text.size() && text[j] == '*') {
      spans.emplace_back(i + 1, j);
      i = j + 1;
    } else {
      i = j;
    }
  }
  return spans;
}

}  // namespace quire::load_detail
