#include "markdown/markers.hpp"

#include <cctype>
#include <regex>
#include <sstream>

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

}  // namespace

std::vector<Marker> find_markers(std::string_view html) {
  static const std::regex marker(R"(<!--\s*quire:([a-z][a-z-]*)([\s\S]*?)-->)");
  std::vector<Marker> found;
  const std::string text(html);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), marker); it != std::sregex_iterator(); ++it) {
    Marker m;
    m.name = (*it)[1].str();
    std::string rest = (*it)[2].str();
    if (const auto nl = rest.find('\n'); nl != std::string::npos) {
      m.body = rest.substr(nl + 1);
      rest = rest.substr(0, nl);
    }
    const auto first = rest.find_first_not_of(" \t\r\n");
    const auto last = rest.find_last_not_of(" \t\r\n");
    m.text = first == std::string::npos ? std::string() : unescape(rest.substr(first, last - first + 1));
    std::istringstream words(m.text);
    for (std::string w; words >> w;) m.words.push_back(w);
    found.push_back(std::move(m));
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
