#include "base/anchor.hpp"

#include "base/utf8.hpp"

namespace quire {

namespace {

// The lower-case form of a Latin letter, as GitHub's String#downcase gives it; Welsh letters
// (Ŵ Ŷ, Ẁ Ẃ Ẅ Ỳ, Â Ä Á À ...) all lie in Latin-1, Latin Extended-A and Latin Extended Additional.
// Other scripts are kept as they are (no report heading uses one).
char32_t lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x178) return 0xFF;  // Ÿ -> ÿ
  if (cp == 0x130) return 'i';   // İ -> i (its combining dot dropped: the anchor stays one word)
  // Latin Extended-A pairs upper/lower on even/odd code points, except in 0x139-0x148 and
  // 0x179-0x17E where the upper case is odd; 0x138 ĸ and 0x149 ŉ have no pair.
  if (cp >= 0x100 && cp <= 0x137) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;
  if (cp >= 0x14A && cp <= 0x177) return cp | 1;
  if (cp >= 0x1E00 && cp <= 0x1E95) return cp | 1;  // Latin Extended Additional: even upper
  if (cp >= 0x1EA0 && cp <= 0x1EFF) return cp | 1;
  return cp;
}

// Whether GitHub drops `cp` from an anchor: everything but letters, marks, numbers, connector
// punctuation, '-' and ' ' (its filter is /[^\p{Word}\- ]/). Beyond ASCII that is the Latin-1
// punctuation and symbols, the general punctuation block (curly quotes, dashes, ellipsis, no-break
// and other spaces), currency, arrows, mathematical and other symbols, and emoji.
bool dropped(char32_t cp) {
  if (cp < 0x80) return !((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '-' || cp == '_' || cp == ' ');
  if (cp <= 0xBF)
    return !(cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA ||
             (cp >= 0xBC && cp <= 0xBE));
  if (cp == 0xD7 || cp == 0xF7) return true;  // × ÷
  if (cp >= 0x2000 && cp <= 0x206F)  // but the joiners and the connector punctuation ‿ ⁀ ⁔
    return !(cp == 0x200C || cp == 0x200D || cp == 0x203F || cp == 0x2040 || cp == 0x2054);
  if (cp >= 0x20A0 && cp <= 0x20CF) return true;   // currency
  if (cp >= 0x2190 && cp <= 0x2BFF) return true;   // arrows, operators, technical, shapes, dingbats
  if (cp >= 0x3000 && cp <= 0x303F) return cp != 0x3005 && cp != 0x3006 && cp != 0x3007;  // CJK punctuation
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return true;  // emoji and pictographs
  return cp == utf8::kReplacement;
}

}  // namespace

std::string heading_anchor(std::string_view title) {
  std::string anchor;
  for (std::size_t i = 0; i < title.size();) {
    const char32_t cp = lower(utf8::next(title, i));
    if (dropped(cp)) continue;
    if (cp == ' ')
      anchor += '-';
    else
      utf8::append(anchor, cp);
  }
  return anchor;
}

}  // namespace quire
