#include "model/translation.hpp"

#include <cstdint>
#include <cstdio>

namespace quire {

std::string english_fingerprint(std::string_view english) {
  // FNV-1a over the text with its outer spaces and line ends left out, so a block scalar's final
  // line end (`|` keeps one, `|-` none) gives the same fingerprint as the same words quoted.
  const auto first = english.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) english = {};
  else english = english.substr(first, english.find_last_not_of(" \t\r\n") - first + 1);
  std::uint32_t hash = 2166136261u;
  for (const char c : english) {
    if (c == '\r') continue;  // CRLF files fingerprint as their LF form
    hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  char out[9];
  std::snprintf(out, sizeof out, "%08x", static_cast<unsigned>(hash));
  return out;
}

}  // namespace quire
