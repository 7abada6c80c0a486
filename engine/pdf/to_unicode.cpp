#include "pdf/to_unicode.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <map>
#include <vector>

namespace quire::pdf {

namespace {

const char* kHeader =
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n";
const char* kFooter = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

}  // namespace

// libharu's own ToUnicode map for UTF-8 fonts is malformed (a CID range where character ranges
// belong), which readers warn about. Its codes are the characters' own BMP values, so the map
// is the identity: written here as bfranges, one per high byte (surrogates excepted).
std::string identity_to_unicode() {
  std::string cmap = std::string(kHeader) + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<unsigned> highs;
  for (unsigned h = 0; h <= 0xFF; ++h)
    if (h < 0xD8 || h > 0xDF) highs.push_back(h);
  char buf[64];
  for (std::size_t at = 0; at < highs.size(); at += 100) {
    const std::size_t n = std::min<std::size_t>(100, highs.size() - at);
    cmap += std::to_string(n) + " beginbfrange\n";
    for (std::size_t k = at; k < at + n; ++k) {
      std::snprintf(buf, sizeof buf, "<%02X00> <%02XFF> <%02X00>\n", highs[k], highs[k], highs[k]);
      cmap += buf;
    }
    cmap += "endbfrange\n";
  }
  return cmap + kFooter;
}

std::string single_byte_to_unicode(const std::map<unsigned char, char32_t>& by_code) {
  std::string cmap = std::string(kHeader) + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n";
  char buf[32];
  auto it = by_code.begin();
  while (it != by_code.end()) {
    const std::size_t n = std::min<std::size_t>(100, static_cast<std::size_t>(std::distance(it, by_code.end())));
    cmap += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = 0; k < n; ++k, ++it) {
      std::snprintf(buf, sizeof buf, "<%02X> <%04X>\n", static_cast<unsigned>(it->first), static_cast<unsigned>(it->second));
      cmap += buf;
    }
    cmap += "endbfchar\n";
  }
  return cmap + kFooter;
}

}  // namespace quire::pdf
