#include "score/audit_text.hpp"

#include <cstdio>

namespace quire::audit_detail {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string provenance_text(const Provenance& p) { return "[" + p.status + ": " + p.evidence + "]"; }

std::string stars_text(int count) { return std::to_string(count) + (count == 1 ? " star" : " stars"); }

}  // namespace quire::audit_detail
