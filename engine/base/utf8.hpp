// Decoding UTF-8, the one way for every stage (utfcpp underneath, in utf8.cpp only).
//
// Invalid input is handled one way everywhere: each byte that does not begin a valid sequence
// (a stray continuation byte, a sequence cut short, an overlong form, a surrogate, a code point
// above U+10FFFF) is decoded as one U+FFFD REPLACEMENT CHARACTER, and decoding goes on at the next
// byte. A data file never gets that far: the loaders refuse invalid UTF-8 with its position
// (find_invalid_utf8); the rule is for text from anywhere else, so that no stage can disagree with
// another about where a character starts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace quire::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

namespace detail {
char32_t next_beyond_ascii(std::string_view text, std::size_t& i);
}

// The character starting at byte `i` of `text` (i < text.size()); moves `i` past it.
inline char32_t next(std::string_view text, std::size_t& i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {  // most of a report: no need to ask the library
    ++i;
    return b;
  }
  return detail::next_beyond_ascii(text, i);
}

// How many bytes the character starting at byte `i` takes (1 for a byte decoded as U+FFFD).
std::size_t length_at(std::string_view text, std::size_t i);

// How many characters `text` holds.
std::size_t count(std::string_view text);

// The longest start of `text` of at most `bytes` bytes that does not cut a character in two.
std::string_view prefix_within(std::string_view text, std::size_t bytes);

// Byte offset of the first byte that does not begin a valid sequence, or nothing when all is valid.
std::optional<std::size_t> find_invalid(std::string_view text);

// `text` with each byte that does not begin a valid sequence replaced by U+FFFD.
std::string with_replacements(std::string_view text);

// `text` as UTF-16 code units (characters above U+FFFF as surrogate pairs).
std::u16string to_utf16(std::string_view text);

// UTF-16 code units as UTF-8 (a translation tool's UTF-16 file); nothing when a surrogate is
// unpaired, with `bad_unit` set to its index.
std::optional<std::string> from_utf16(std::u16string_view units, std::size_t& bad_unit);

// Appends code point `cp` (a valid scalar value) to `out` as UTF-8.
void append(std::string& out, char32_t cp);

}  // namespace quire::utf8
