#include "pdf/text_runs.hpp"

#include "layout/font.hpp"

namespace quire::pdf {

void CodeTables::add(Encoding e, char32_t cp, unsigned char code) {
  if (e != Encoding::utf8 && cp < kLimit && code != 0) codes_[static_cast<std::size_t>(e)][cp] = code;
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

}  // namespace

std::vector<EncodedRun> encode_runs(std::string_view utf8, const CodeTables& tables) {
  std::vector<EncodedRun> runs;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t at = i;
    const char32_t cp = layout::next_code_point(utf8, i);
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
