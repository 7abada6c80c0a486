// Text split into runs, each shown in one of a face's encodings. libharu builds a 65,536-entry
// glyph map, and a CIDToGIDMap stream of 128 KB, for every face it opens as UTF-8: that was a
// sixth of a report's time. A face opened with a single-byte encoding costs 256 lookups. So text
// is shown with Windows-1252 (English, curly quotes, dashes) or ISO 8859-14 (Latin-8, made for
// Welsh: ŵ ŷ ẁ ẃ ẅ ỳ) wherever they hold every character of a run, and with UTF-8 only for
// characters neither holds; most reports never open a UTF-8 face at all. No hpdf.h here: the
// code tables are read from libharu's own encoders by the caller.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <map>
#include <vector>

namespace quire::pdf {

enum class Encoding : std::uint8_t { win_ansi, latin8, utf8 };
constexpr std::size_t kEncodings = 3;

// For each single-byte encoding, the byte that stands for each character it holds: a flat table
// per encoding, as this is looked up for every character of every page.
class CodeTables {
 public:
  void add(Encoding e, char32_t cp, unsigned char code);
  bool holds(Encoding e, char32_t cp) const { return e == Encoding::utf8 || code(e, cp) != 0; }
  // The byte for `cp` in `e`, or 0 when `e` does not hold it.
  unsigned char code(Encoding e, char32_t cp) const {
    return cp < kLimit ? codes_[static_cast<std::size_t>(e)][cp] : 0;
  }
  // Each (byte, character) pair of `e`, by byte.
  std::map<unsigned char, char32_t> pairs(Encoding e) const;
  // Whether Windows-1252 holds every printable ASCII character as its own byte (it does, once
  // libharu's encoder has been read): most runs of text are then shown as they are.
  bool ascii_as_itself() const { return ascii_as_itself_ == 0x7F - 0x20; }

 private:
  int ascii_as_itself_ = 0;  // printable ASCII characters Windows-1252 holds as themselves
  static constexpr char32_t kLimit = 0x2200;  // neither encoding holds a character above U+2122
  std::array<std::array<unsigned char, kLimit>, 2> codes_{};  // by Encoding (win_ansi, latin8)
};

struct EncodedRun {
  Encoding encoding = Encoding::win_ansi;
  std::string bytes;  // in that encoding (UTF-8 for utf8)
};

// Splits valid UTF-8 into runs: a single-byte run goes on while its encoding holds the next
// character (fewer font switches); a UTF-8 run ends as soon as a single-byte encoding would do.
std::vector<EncodedRun> encode_runs(std::string_view utf8, const CodeTables& tables);

}  // namespace quire::pdf
