// The contents: each entry's title, dot leaders and the page its heading is on (filled in once
// the pages are made, or from the previous layout pass), the whole line a link to the heading.
#include <algorithm>
#include <cmath>

#include "layout/flow_builder.hpp"

namespace quire::layout {

void FlowBuilder::contents(const doc::Contents& contents, const Context& ctx) {
  const TextStyle top{ctx.text.size, ctx.text.leading + 2, FontStyle::bold, style_.navy};
  const TextStyle sub{ctx.text.size, ctx.text.leading, FontStyle::regular, style_.ink};
  // The number column is as wide as the longest page number (at least three digits), so a
  // thousand-page report's leaders stop short of "1002" as a short one's stop short of "12".
  std::size_t digits = 3;
  for (const auto& entry : numbers_) digits = std::max(digits, std::to_string(entry.second).size());
  const double number_w = setter_.fonts().width(std::string(digits, '0'), FontStyle::bold, top.size);
  bool first = true;
  const Within within(*this, Role::contents);
  for (const auto& entry : contents.entries) {
    // An entry is a link to its heading: its title and page number; the leaders are decoration.
    const Within item(*this, Role::contents_item);
    const Within link(*this, Role::link);
    const TextStyle& s = entry.level <= 1 ? top : sub;
    const double indent = 16.0 * (entry.level - 1);
    const double x = ctx.x0 + indent, title_w = ctx.width - indent - number_w - 18;
    auto lines = setter_.set(spans(entry.title, s), title_w, s);
    const auto found = numbers_.find(entry.anchor);
    const std::string number = found == numbers_.end() ? std::string() : std::to_string(found->second);

    Line& last = lines.back();
    // Read out, the title and its page number are two words.
    if (!last.items.empty() && last.items.back().kind == ItemKind::text) last.items.back().space_after = true;
    const FontFace& face = setter_.fonts().face(s.font);
    const double base = baseline(s);
    const double number_x = ctx.x0 + ctx.width - setter_.fonts().width(number, s.font, s.size);
    // Leaders end a fixed distance before the number column, so every entry's dots line up.
    const double dot = setter_.fonts().width(".", s.font, s.size);
    const double from = last.width + 5, to = ctx.width - number_w - 6 - indent;
    const int dots = dot > 0 ? static_cast<int>(std::floor((to - from) / dot)) : 0;
    if (dots > 0)
      last.items.push_back(Item::text_run(to - dots * dot, base, std::string(static_cast<std::size_t>(dots), '.'),
                                          s.font, s.size, dots * dot, style_.muted, face));
    if (dots > 0) last.items.back().node = kArtifact;
    if (!number.empty()) {
      last.items.push_back(Item::text_run(number_x - x, base, number, s.font, s.size,
                                          setter_.fonts().width(number, s.font, s.size), s.colour, face));
    } else {
      // Not known yet: the number is filled in where the pages put this line.
      last.items.push_back(Item::text_run(number_x - x, base, "", s.font, s.size, 0, s.colour, face));
      last.items.back().page_number = true;
    }
    for (auto& line : lines)
      line.links.push_back(LinkArea{{0, 0, ctx.width - indent, line.height}, "#" + entry.anchor, link.id()});
    const double space = first ? gap(style_.paragraph_space) : entry.level <= 1 ? 5 : 1;
    first = false;
    add_lines(std::move(lines), x, space, ctx, true);
    flow_.elements.back().keep_with_next = false;
  }
}

}  // namespace quire::layout
