#include "markdown/markers.hpp"

#include <cctype>
#include <sstream>

#include "base/text.hpp"

namespace quire::markdown_detail {

namespace {

// Templates escape data for Markdown ("St\. Helens"); inside a comment the escapes stay, so undo them.
std::string unescape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && std::ispunct(static_cast<unsigned char>(text[i + 1]))) ++i;
    out += text[i];
  }
  return out;
}

std::optional<int> whole_number(const std::string& s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  for (const char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return std::stoi(s);
}

Marker marker_from(std::string_view name, std::string_view rest_of_comment) {
  Marker m;
  m.name = std::string(name);
  std::string rest(rest_of_comment);
  if (const auto nl = rest.find('\n'); nl != std::string::npos) {
    m.body = rest.substr(nl + 1);
    rest = rest.substr(0, nl);
  }
  const auto first = rest.find_first_not_of(" \t\r\n");
  const auto last = rest.find_last_not_of(" \t\r\n");
  m.text = first == std::string::npos ? std::string() : unescape(rest.substr(first, last - first + 1));
  std::istringstream words(m.text);
  for (std::string w; words >> w;) m.words.push_back(w);
  return m;
}

}  // namespace

// Scanned by hand rather than with std::regex, whose lazy `[\s\S]*?` recursed once per character of
// a long comment and could overflow the stack (the same failure fuzz_markdown found elsewhere).
// A comment ends at the first "-->", as in HTML.
std::vector<Marker> find_markers(std::string_view html) {
  static constexpr std::string_view open = "<!--", close = "-->", prefix = "quire:";
  std::vector<Marker> found;
  for (std::size_t at = html.find(open); at != std::string_view::npos; at = html.find(open, at + 1)) {
    std::size_t i = at + open.size();
    while (i < html.size() && is_ascii_space(html[i])) ++i;
    if (html.substr(i, prefix.size()) != prefix) continue;
    const std::size_t name_start = i + prefix.size();
    if (name_start >= html.size() || html[name_start] < 'a' || html[name_start] > 'z') continue;
    const std::size_t end = html.find(close, name_start + 1);
    if (end == std::string_view::npos) break;
    std::size_t name_end = name_start + 1;
    while (name_end < end && ((html[name_end] >= 'a' && html[name_end] <= 'z') || html[name_end] == '-'))
      ++name_end;
    found.push_back(marker_from(html.substr(name_start, name_end - name_start), html.substr(name_end, end - name_end)));
    at = end + close.size() - 1;
  }
  return found;
}

std::optional<std::string> marker_option(const Marker& marker, const std::string& key) {
  for (const auto& w : marker.words)
    if (w.size() > key.size() && w.compare(0, key.size(), key) == 0 && w[key.size()] == '=')
      return w.substr(key.size() + 1);
  return std::nullopt;
}

std::optional<std::pair<int, int>> parse_fraction(const std::string& word) {
  const auto slash = word.find('/');
  if (slash == std::string::npos) return std::nullopt;
  const auto n = whole_number(word.substr(0, slash));
  const auto of = whole_number(word.substr(slash + 1));
  if (!n || !of || *of == 0 || *n > *of) return std::nullopt;
  return std::make_pair(*n, *of);
}

}  // namespace quire::markdown_detail
