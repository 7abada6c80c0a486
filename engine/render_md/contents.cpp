// The Markdown contents list: each heading's title and the anchor GitHub gives it.
#include <cctype>

#include "render_md/contents.hpp"

namespace quire::render_detail {

std::string heading_anchor(const std::string& title) {
  std::string anchor;
  for (const char ch : title) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) {
      anchor += ch;  // letters outside ASCII are kept as they are
    } else if (std::isalnum(c) || ch == '-' || ch == '_') {
      anchor += static_cast<char>(std::tolower(c));
    } else if (ch == ' ') {
      anchor += '-';
    }
  }
  // GitHub drops punctuation but not the characters of a UTF-8 dash: strip those too.
  for (const std::string dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    std::size_t at;
    while ((at = anchor.find(dash)) != std::string::npos) anchor.erase(at, dash.size());
  }
  return anchor;
}

void ContentsBuilder::add(int level, const std::string& title) {
  Data entry;
  entry.set("indent", std::string(static_cast<std::size_t>(2 * (level - 1)), ' '));
  entry.set("title", title);
  entry.set("anchor", heading_anchor(title));
  entries_.push_back(entry);
}

}  // namespace quire::render_detail
