#include "pdf/text_runs.hpp"

#include "base/utf8.hpp"

#include "layout/font.hpp"

namespace quire::pdf {

void CodeTables::add(Encoding e, char32_t cp, unsigned char code) {
  if (e == Encoding::utf8 || cp >= kLimit || code == 0) return;
  unsigned char& entry = codes_[static_cast<std::size_t>(e)][cp];
  const bool was_itself = entry == cp;
  entry = code;
  if (e == Encoding::win_ansi && cp >= 0x20 && cp < 0x7F && (code == cp) != was_itself)
    ascii_as_itself_ += code == cp ? 1 : -1;
}

std::map<unsigned char, char32_t> CodeTables::pairs(Encoding e) const {
  std::map<unsigned char, char32_t> found;
  if (e == Encoding::utf8) return found;
  for (char32_t cp = 0; cp < kLimit; ++cp)
    if (const unsigned char c = code(e, cp)) found.emplace(c, cp);
  return found;
}

namespace {

Encoding first_holding(const CodeTables& tables, char32_t cp) {
  for (const Encoding e : {Encoding::win_ansi, Encoding::latin8})
    if (tables.holds(e, cp)) return e;
  return Encoding::utf8;
}

bool printable_ascii(std::string_view text) {
  for (const char c : text)
    if (c < 0x20 || c >= 0x7F) return false;
  return true;
}

}  // namespace

std::vector<EncodedRun> encode_runs(std::string_view utf8, const CodeTables& tables) {
  // What the loop below makes of printable ASCII, without looking each character up.
  if (!utf8.empty() && tables.ascii_as_itself() && printable_ascii(utf8))
    return {EncodedRun{Encoding::win_ansi, std::string(utf8)}};
  std::vector<EncodedRun> runs;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t at = i;
    const char32_t cp = utf8::next(utf8, i);
    const Encoding best = first_holding(tables, cp);
    // Stay in a single-byte run while it holds the character; leave a UTF-8 run at once.
    if (runs.empty() || !tables.holds(runs.back().encoding, cp) ||
        (runs.back().encoding == Encoding::utf8 && best != Encoding::utf8))
      runs.push_back({best, {}});
    EncodedRun& run = runs.back();
    if (run.encoding == Encoding::utf8) run.bytes.append(utf8.substr(at, i - at));
    else run.bytes += static_cast<char>(tables.code(run.encoding, cp));
  }
  return runs;
}

}  // namespace quire::pdf
