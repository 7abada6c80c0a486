// The Markdown contents list: each heading's title and the anchor GitHub gives it.
#include "render_md/contents.hpp"

#include "base/anchor.hpp"

namespace quire::render_detail {

void ContentsBuilder::add(int level, const std::string& title) {
  Data entry;
  entry.set("indent", std::string(static_cast<std::size_t>(2 * (level - 1)), ' '));
  entry.set("title", title);
  entry.set("anchor", heading_anchor(title));
  entries_.push_back(entry);
}

}  // namespace quire::render_detail
