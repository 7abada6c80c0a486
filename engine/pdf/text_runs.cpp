#include "pdf/text_runs.hpp"

#include "layout/font.hpp"

namespace quire::pdf {

bool CodeTables::holds(Encoding e, char32_t cp) const {
  if (e == Encoding::utf8) return true;
  const auto& table = code[static_cast<std::size_t>(e)];
  return table.find(cp) != table.end();
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
    else run.bytes += tables.code[static_cast<std::size_t>(run.encoding)].at(cp);
  }
  return runs;
}

}  // namespace quire::pdf
