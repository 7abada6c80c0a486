#include "i18n/collation.hpp"

#include <array>
#include <cstdint>
#include <string>

#include "base/utf8.hpp"

namespace quire {

namespace {

// The base letter of the Latin letters Welsh and English use, lower case: ŵ -> w, Â -> a.
char base_letter(char32_t cp) {
  if (cp < 0x80) return static_cast<char>((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
  struct Fold {
    char32_t from, to;
    char base;
  };
  static constexpr std::array<Fold, 14> folds = {{{0xC0, 0xC5, 'a'}, {0xE0, 0xE5, 'a'}, {0xC8, 0xCB, 'e'},
                                                   {0xE8, 0xEB, 'e'}, {0xCC, 0xCF, 'i'}, {0xEC, 0xEF, 'i'},
                                                   {0xD2, 0xD6, 'o'}, {0xF2, 0xF6, 'o'}, {0xD9, 0xDC, 'u'},
                                                   {0xF9, 0xFC, 'u'}, {0xDD, 0xDD, 'y'}, {0xFD, 0xFD, 'y'},
                                                   {0xFF, 0xFF, 'y'}, {0x176, 0x178, 'y'}}};
  for (const auto& f : folds)
    if (cp >= f.from && cp <= f.to) return f.base;
  if (cp == 0x174 || cp == 0x175 || (cp >= 0x1E80 && cp <= 0x1E85)) return 'w';  // Ŵ ŵ Ẁ ẁ Ẃ ẃ Ẅ ẅ
  if (cp == 0x1EF2 || cp == 0x1EF3) return 'y';                                  // Ỳ ỳ
  return '\x7f';  // other characters sort after the letters
}

// Rank of a Welsh letter (digraphs included); letters Welsh borrows (k, q, v, x, z) keep their
// English neighbours.
int welsh_rank(std::string_view letter) {
  static constexpr std::array<std::string_view, 34> order = {
      "a", "b", "c", "ch", "d", "dd", "e", "f", "ff", "g", "ng", "h", "i", "j", "k", "l", "ll",
      "m", "n", "o", "p", "ph", "q", "r", "rh", "s", "t", "th", "u", "v", "w", "x", "y", "z"};
  for (std::size_t i = 0; i < order.size(); ++i)
    if (order[i] == letter) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::string collation_key(std::string_view text, std::string_view language) {
  // Base letters and digits, lower case; anything else (spaces, punctuation, Markdown's emphasis
  // marks) is one word break. Glossaries sort letter by letter, as an index does: "*'RoH work'*" among
  // the Rs, "HMIC" before "HMI Prisons".
  std::string letters;
  std::string accents;  // tie-breaks: the original code points
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char base = base_letter(utf8::next(text, i));
    if ((base >= 'a' && base <= 'z') || (base >= '0' && base <= '9'))
      letters += base;
    else if (!letters.empty() && letters.back() != ' ')
      letters += ' ';
    accents += text.substr(start, i - start);
  }
  std::string key;
  if (language != "cy") {
    for (const char c : letters)
      if (c != ' ') key += c;
  } else {
    for (std::size_t i = 0; i < letters.size();) {
      if (letters[i] == ' ') {  // a break ends a word: no digraph spans it ("al lan" has no ll)
        ++i;
        continue;
      }
      const std::string_view pair = std::string_view(letters).substr(i, 2);
      int rank = pair.size() == 2 ? welsh_rank(pair) : -1;
      std::size_t used = 2;
      if (rank < 0) {
        rank = welsh_rank(std::string_view(letters).substr(i, 1));
        used = 1;
      }
      // Digits first, as in the English order (1..10), then the letters (11..44); nothing else
      // is left in `letters`.
      const char c = letters[i];
      key += rank >= 0 ? static_cast<char>(11 + rank) : static_cast<char>(1 + (c >= '0' && c <= '9' ? c - '0' : 0));
      i += used;
    }
  }
  return key + '\0' + accents;
}

}  // namespace quire
