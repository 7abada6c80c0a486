#include "base/utf8.hpp"

#include <utf8.h>

#include <cstdint>
#include <cstring>
#include <iterator>

namespace quire::utf8 {

namespace {

// The character starting at byte `i`, moving `i` past it; nothing, and `i` unmoved, when the byte
// there begins no valid sequence.
std::optional<char32_t> decode(std::string_view text, std::size_t& i) {
  auto it = text.begin() + static_cast<std::ptrdiff_t>(i);
  try {
    const char32_t cp = ::utf8::next(it, text.end());
    i = static_cast<std::size_t>(it - text.begin());
    return cp;
  } catch (const ::utf8::exception&) {
    return std::nullopt;
  }
}

// Moves `i` past the ASCII from byte `i` on, eight bytes at a time while none has its high bit set.
void skip_ascii(std::string_view text, std::size_t& i) {
  std::uint64_t word = 0;
  while (i + sizeof word <= text.size() &&
         (std::memcpy(&word, text.data() + i, sizeof word), (word & 0x8080808080808080u) == 0))
    i += sizeof word;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
}

}  // namespace

namespace detail {

char32_t next_beyond_ascii(std::string_view text, std::size_t& i) {
  if (const auto cp = decode(text, i)) return *cp;
  ++i;  // this byte begins no character: it is one U+FFFD, and the next byte is read afresh
  return kReplacement;
}

}  // namespace detail

std::size_t length_at(std::string_view text, std::size_t i) {
  std::size_t after = i;
  utf8::next(text, after);
  return after - i;
}

std::size_t count(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++n) utf8::next(text, i);
  return n;
}

std::string_view prefix_within(std::string_view text, std::size_t bytes) {
  std::size_t end = 0;
  while (end < text.size()) {
    const std::size_t after = end + length_at(text, end);
    if (after > bytes) break;
    end = after;
  }
  return text.substr(0, end);
}

std::optional<std::size_t> find_invalid(std::string_view text) {
  for (std::size_t i = 0;;) {
    skip_ascii(text, i);
    if (i >= text.size()) return std::nullopt;
    if (!decode(text, i)) return i;
  }
}

std::string with_replacements(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    if (decode(text, i)) {
      out.append(text, start, i - start);
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

std::u16string to_utf16(std::string_view text) {
  std::u16string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::next(text, i);
    if (cp >= 0x10000) {
      out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

std::optional<std::string> from_utf16(std::u16string_view units, std::size_t& bad_unit) {
  std::string out;
  out.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    char32_t cp = units[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (units[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      bad_unit = i;
      return std::nullopt;
    }
    append(out, cp);
  }
  return out;
}

void append(std::string& out, char32_t cp) { ::utf8::append(static_cast<std::uint32_t>(cp), std::back_inserter(out)); }

}  // namespace quire::utf8
