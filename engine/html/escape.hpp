// The one place quire escapes text for HTML. Every string that is not markup written in quire's
// own source (report text, names, URLs, diagnostics, file names) reaches the page through Out's
// text() and attr(), which escape it; raw markup can only be a string literal (markup()).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace quire::html {

// `text` safe between tags: & < > escaped.
std::string escape_text(std::string_view text);
// `text` safe inside a double-quoted attribute value: & < > " ' escaped.
std::string escape_attribute(std::string_view text);

// An HTML document being written: literal markup from quire's source, escaped data, numbers.
class Out {
 public:
  // Markup written in quire's source. Only string literals are accepted, so data can never be
  // passed here by mistake.
  template <std::size_t N>
  Out& markup(const char (&literal)[N]) {
    out_.append(literal, N - 1);
    return *this;
  }
  // Data shown as text.
  Out& text(std::string_view data);
  // ` name="value"`, the value escaped; `name` must be a literal.
  template <std::size_t N>
  Out& attr(const char (&name)[N], std::string_view value) {
    out_ += ' ';
    out_.append(name, N - 1);
    out_ += "=\"";
    out_ += escape_attribute(value);
    out_ += '"';
    return *this;
  }
  // A whole number as text.
  Out& number(long long value);
  // A length for SVG, with one decimal, the same on every machine.
  Out& decimal(double value);

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// `value` with one decimal ("12.5", "40.0"), rounding half away from zero; for SVG coordinates.
std::string one_decimal(double value);

}  // namespace quire::html
