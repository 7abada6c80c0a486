#include "layout/page.hpp"

#include <algorithm>
#include <cmath>

namespace quire::layout {

Item Item::text_run(double x, double baseline, std::string text, FontStyle font, double size, double width,
                    Colour colour, const FontFace& face) {
  Item i;
  i.kind = ItemKind::text;
  i.x = x;
  i.y = baseline;
  i.w = width;
  i.text = std::move(text);
  i.font = font;
  i.size = size;
  i.colour = colour;
  i.bounds = {x, baseline - face.ascent() * size, width, (face.ascent() + face.descent()) * size};
  return i;
}

Item Item::rect(Box box, Colour fill, Layer layer) {
  Item i;
  i.kind = ItemKind::rect;
  i.layer = layer;
  i.x = box.x;
  i.y = box.y;
  i.w = box.w;
  i.h = box.h;
  i.colour = fill;
  i.bounds = box;
  return i;
}

Item Item::line(double x1, double y1, double x2, double y2, double width, Colour colour) {
  Item i;
  i.kind = ItemKind::line;
  i.x = x1;
  i.y = y1;
  i.x2 = x2;
  i.y2 = y2;
  i.line_width = width;
  i.colour = colour;
  const double half = width / 2;
  i.bounds = {std::min(x1, x2) - (y1 == y2 ? 0 : half), std::min(y1, y2) - half,
              std::abs(x2 - x1) + (y1 == y2 ? 0 : width), std::abs(y2 - y1) + width};
  return i;
}

Item Item::polygon(std::vector<std::pair<double, double>> points, Colour fill) {
  Item i;
  i.kind = ItemKind::polygon;
  i.colour = fill;
  double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  for (const auto& [x, y] : points) {
    x0 = std::min(x0, x);
    y0 = std::min(y0, y);
    x1 = std::max(x1, x);
    y1 = std::max(y1, y);
  }
  i.points = std::move(points);
  i.x = x0;
  i.y = y0;
  i.bounds = {x0, y0, x1 - x0, y1 - y0};
  return i;
}

void Item::move(double dx, double dy) {
  x += dx;
  y += dy;
  x2 += dx;
  y2 += dy;
  bounds.x += dx;
  bounds.y += dy;
  for (auto& [px, py] : points) {
    px += dx;
    py += dy;
  }
}

}  // namespace quire::layout
