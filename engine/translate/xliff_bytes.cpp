#include "translate/xliff_bytes.hpp"

#include <array>
#include <cstdio>
#include <string_view>

#include "base/text.hpp"
#include "base/utf8.hpp"

namespace quire::translate {

namespace {

enum class Utf16 { none, little, big };

Utf16 utf16_order(std::string_view b) {
  if (b.size() >= 2 && b[0] == '\xFF' && b[1] == '\xFE') return Utf16::little;
  if (b.size() >= 2 && b[0] == '\xFE' && b[1] == '\xFF') return Utf16::big;
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("<\0?\0", 4)) return Utf16::little;
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("\0<\0?", 4)) return Utf16::big;
  return Utf16::none;
}

std::optional<std::string> from_utf16(const std::string& file, std::string_view b, Utf16 order, Diagnostics& diags) {
  if (b.size() >= 2 && (b[0] == '\xFF' || b[0] == '\xFE')) b.remove_prefix(2);  // the byte-order mark
  std::u16string units;
  units.reserve(b.size() / 2);
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    const auto lo = static_cast<unsigned char>(b[order == Utf16::little ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(b[order == Utf16::little ? i + 1 : i]);
    units += static_cast<char16_t>(hi << 8 | lo);
  }
  std::size_t bad = units.size();
  auto text = utf8::from_utf16(units, bad);
  if (!text || b.size() % 2 != 0) {
    // Placed after what converts well: the units before the fault.
    std::size_t unused = 0;
    const std::string before = utf8::from_utf16(std::u16string_view(units).substr(0, bad), unused).value_or("");
    const LineColumn lc = line_column_at(before, before.size());
    diags.error(SourcePos{file, lc.line, lc.column}, "xliff-encoding",
                "the file is UTF-16 but broken here (a lone surrogate or a cut-off character); save it again "
                "from the translation tool, as UTF-8 if it offers that");
    return std::nullopt;
  }
  return text;
}

// The length of the XML reference starting at `text[at]` == '&', or 0 when it is none XML defines.
std::size_t reference_length(std::string_view text, std::size_t at) {
  const std::size_t semi = text.find(';', at);
  if (semi == std::string_view::npos || semi - at > 12) return 0;
  const std::string_view name = text.substr(at + 1, semi - at - 1);
  for (const std::string_view known : {"lt", "gt", "amp", "apos", "quot"})
    if (name == known) return semi - at + 1;
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x';
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  unsigned long value = 0;
  for (const char c : digits) {
    const int d = (c >= '0' && c <= '9') ? c - '0'
                  : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                  : -1;
    if (d < 0) return 0;
    value = value * (hex ? 16 : 10) + static_cast<unsigned long>(d);
  }
  // XML's Char: tab, newline, carriage return, and U+0020 up, without surrogates and U+FFFE/FFFF.
  const bool allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF) ||
                       (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
  return allowed ? semi - at + 1 : 0;
}

// The first '&' outside comments, CDATA sections and processing instructions that starts no
// reference XML defines.
std::optional<std::size_t> find_bad_reference(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 3> skipped = {
      {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}}};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<') {
      for (const auto& [open, close] : skipped)
        if (text.substr(i, open.size()) == open) {
          const std::size_t end = text.find(close, i + open.size());
          if (end == std::string_view::npos) return std::nullopt;  // the parser reports it
          i = end + close.size() - 1;
          break;
        }
    } else if (text[i] == '&') {
      const std::size_t n = reference_length(text, i);
      if (n == 0) return i;
      i += n - 1;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> xliff_text(const std::string& file, const std::string& bytes, Diagnostics& diags) {
  std::string text;
  if (const Utf16 order = utf16_order(bytes); order != Utf16::none) {
    auto converted = from_utf16(file, bytes, order, diags);
    if (!converted) return std::nullopt;
    text = std::move(*converted);
  } else {
    text = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? bytes.substr(3) : bytes;
    if (const auto bad = find_invalid_utf8(text)) {
      const LineColumn lc = line_column_at(text, *bad);
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
      diags.error(SourcePos{file, lc.line, lc.column}, "xliff-encoding",
                  std::string("the file is not UTF-8 here (byte ") + byte +
                      "): the translation tool saved it in another encoding; save it again as UTF-8 (or UTF-16)");
      return std::nullopt;
    }
  }
  if (const auto bad = find_bad_reference(text)) {
    const LineColumn lc = line_column_at(text, *bad);
    const std::string_view rest = std::string_view(text).substr(*bad);
    const std::string shown(utf8::prefix_within(rest.substr(0, rest.find_first_of(";< \t\r\n") + 1), 16));
    diags.error(SourcePos{file, lc.line, lc.column}, "xliff-syntax",
                "invalid XML: '" + shown +
                    "' is not a reference XML knows: XLIFF has only &lt; &gt; &amp; &apos; &quot; and numbered ones "
                    "such as &#160; (a no-break space); a lone & is written &amp;");
    return std::nullopt;
  }
  return text;
}

}  // namespace quire::translate
