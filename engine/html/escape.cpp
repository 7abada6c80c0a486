#include "html/escape.hpp"

#include <cmath>

namespace quire::html {

namespace {

void escape_into(std::string_view text, bool in_attribute, std::string& out) {
  out.reserve(out.size() + text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': in_attribute ? out += "&quot;" : out += c; break;
      case '\'': in_attribute ? out += "&#39;" : out += c; break;
      default: out += c;
    }
  }
}

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  escape_into(text, false, out);
  return out;
}

std::string escape_attribute(std::string_view text) {
  std::string out;
  escape_into(text, true, out);
  return out;
}

Out& Out::text(std::string_view data) {
  escape_into(data, false, out_);
  return *this;
}

Out& Out::number(long long value) {
  out_ += std::to_string(value);
  return *this;
}

Out& Out::decimal(double value) {
  out_ += one_decimal(value);
  return *this;
}

std::string one_decimal(double value) {
  const long long tenths = std::llround(value * 10);
  const long long whole = tenths / 10, rest = tenths % 10;
  std::string s = (tenths < 0 && whole == 0) ? "-0" : std::to_string(whole);
  return s + "." + std::to_string(rest < 0 ? -rest : rest);
}

}  // namespace quire::html
