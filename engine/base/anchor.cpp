#include "base/anchor.hpp"

#include <cctype>

namespace quire {

std::string heading_anchor(std::string_view title) {
  std::string anchor;
  for (const char ch : title) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      anchor += ch;  // a byte of a letter outside ASCII: kept as it is
    } else if (std::isalnum(c) || ch == '-' || ch == '_') {
      anchor += static_cast<char>(std::tolower(c));
    } else if (ch == ' ') {
      anchor += '-';
    }
  }
  // GitHub drops punctuation, so the bytes of a UTF-8 en or em dash go too.
  for (const std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    std::size_t at;
    while ((at = anchor.find(dash)) != std::string::npos) anchor.erase(at, dash.size());
  }
  return anchor;
}

}  // namespace quire
