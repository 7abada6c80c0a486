// Small text helpers shared by every stage: UTF-8 checks, spelling distance, trimming.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quire {

// Byte offset of the first invalid UTF-8 sequence, or nothing when the text is valid
// (utf8::find_invalid: base/utf8.hpp says what is invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// What a data file's first byte that is not UTF-8 (at `bad`) most likely is, for its error: a file
// saved as UTF-16, or a Windows-1252 ("ANSI", Latin-1) character, named as that encoding reads it,
// so that "byte 855" becomes "0xF4, 'ô' in Windows-1252". Ends with what to do.
std::string describe_invalid_utf8(std::string_view text, std::size_t bad);

// `text` with each byte that is not part of valid UTF-8 replaced by U+FFFD, so that later stages
// (line breaking, PDF text) only ever see valid UTF-8 (utf8::with_replacements).
std::string with_valid_utf8(std::string_view text);

// 1-based line and column (in characters) of a byte offset.
struct LineColumn {
  int line = 1;
  int column = 1;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

// line_column_at for many offsets into one text: the lines' starts are found once, so each
// position costs a search and a count along its own line, not a walk from the start of the text
// (a case file of 600 answers asks for 2,400 positions). Gives exactly what line_column_at gives.
// The text must outlive the index.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  LineColumn at(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line's first byte; the first is 0
};

// Edit distance between two words, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible typo.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// Whether `c` is ASCII whitespace as C's isspace sees it in the "C" locale (space, \t \n \v \f \r),
// whatever the program's locale.
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// `text` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view text);

// Splits on a single character, keeping empty fields.
std::vector<std::string> split(std::string_view text, char separator);

}  // namespace quire
