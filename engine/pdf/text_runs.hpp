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
#include <unordered_map>
#include <vector>

namespace quire::pdf {

enum class Encoding : std::uint8_t { win_ansi, latin8, utf8 };
constexpr std::size_t kEncodings = 3;

// For each single-byte encoding, the byte that stands for each character it holds.
struct CodeTables {
  std::array<std::unordered_map<char32_t, char>, 2> code;  // by Encoding (win_ansi, latin8)
  bool holds(Encoding e, char32_t cp) const;
};

struct EncodedRun {
  Encoding encoding = Encoding::win_ansi;
  std::string bytes;  // in that encoding (UTF-8 for utf8)
};

// Splits valid UTF-8 into runs: a single-byte run goes on while its encoding holds the next
// character (fewer font switches); a UTF-8 run ends as soon as a single-byte encoding would do.
std::vector<EncodedRun> encode_runs(std::string_view utf8, const CodeTables& tables);

}  // namespace quire::pdf
