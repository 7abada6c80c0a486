#include "layout/style.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace quire::layout {

namespace {

// Green to red through amber: good to poor, as inspection reports colour their ratings.
// Dark enough for white text, except amber and orange, which take dark text (never colour alone:
// the word is always printed on the badge).
constexpr std::array<Colour, 5> kRamp = {Colour{0.106, 0.431, 0.227}, Colour{0.239, 0.478, 0.133},
                                         Colour{0.949, 0.690, 0.118}, Colour{0.878, 0.482, 0.102},
                                         Colour{0.702, 0.149, 0.118}};

std::size_t ramp_index(int position, int of) {
  if (of <= 1) return 0;
  if (of == 4) return std::array<std::size_t, 4>{0, 1, 2, 4}[static_cast<std::size_t>(std::clamp(position, 1, 4) - 1)];
  const double t = static_cast<double>(position - 1) / static_cast<double>(of - 1);
  return static_cast<std::size_t>(std::lround(t * (kRamp.size() - 1)));
}

}  // namespace

TextStyle Style::heading(int level) const {
  switch (level) {
    case 1: return {22, 27, FontStyle::bold, navy};
    case 2: return {17, 22, FontStyle::bold, navy};
    case 3: return {12.5, 17, FontStyle::bold, navy};
    case 4: return {11, 15, FontStyle::bold, ink};
    default: return {10.5, 15.5, FontStyle::bold_italic, ink};
  }
}

double Style::heading_space_before(int level) const { return level <= 2 ? 18 : level == 3 ? 14 : 10; }
double Style::heading_space_after(int level) const { return level <= 2 ? 10 : 5; }

CalloutStyle Style::callout(const std::string& kind) const {
  if (kind == "example") return {{0.925, 0.957, 0.933}, {0.106, 0.478, 0.243}};
  if (kind == "case") return {{0.992, 0.957, 0.898}, {0.878, 0.573, 0.098}};
  if (kind == "comment") return {{0.945, 0.933, 0.973}, {0.404, 0.290, 0.612}};
  return {{0.929, 0.949, 0.969}, navy};
}

Colour Style::badge_fill(int position, int of) const {
  if (position <= 0 || of <= 0) return navy;
  return kRamp[ramp_index(position, of)];
}

bool Style::badge_text_white(int position, int of) const {
  if (position <= 0 || of <= 0) return true;
  const auto i = ramp_index(position, of);
  return i != 2 && i != 3;
}

}  // namespace quire::layout
