// Page-structure markers: HTML comments a template writes where the PDF needs structure that
// Markdown cannot express (a cover, where the contents go, a table that is a chart, a rating
// badge). They are invisible wherever Markdown is shown. Narrative data may not carry HTML, so
// only templates can write them. The full list is in document.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quire::markdown_detail {

struct Marker {
  std::string name;               // "cover", "chart", "rating", ...
  std::string text;               // the rest of the marker's first line, Markdown escapes undone
  std::vector<std::string> words; // `text` split at spaces
  std::string body;               // the lines after the first, as written (a chart's table)
};

// Every `<!-- quire:NAME ... -->` in an HTML block or inline, in order. Other HTML gives nothing.
std::vector<Marker> find_markers(std::string_view html);

// The value of `key=value` among a marker's words, if present.
std::optional<std::string> marker_option(const Marker& marker, const std::string& key);

// "3/4" -> {3, 4}; nothing unless both are whole numbers with 0 <= n <= of and of > 0.
std::optional<std::pair<int, int>> parse_fraction(const std::string& word);

}  // namespace quire::markdown_detail
