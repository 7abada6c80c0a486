#include "layout/check.hpp"

#include <algorithm>

namespace quire::layout {

namespace {

constexpr double kTolerance = 0.01;

Box area_box(const PageGeometry& g, Area area) {
  switch (area) {
    case Area::body: return g.body();
    case Area::header: return g.header();
    case Area::footer: return g.footer();
    case Area::page: return g.page();
  }
  return g.page();
}

bool inside(const Box& inner, const Box& outer) {
  return inner.x >= outer.x - kTolerance && inner.y >= outer.y - kTolerance &&
         inner.right() <= outer.right() + kTolerance && inner.bottom() <= outer.bottom() + kTolerance;
}

bool overlap(const Box& a, const Box& b) {
  return a.x < b.right() - kTolerance && b.x < a.right() - kTolerance && a.y < b.bottom() - kTolerance &&
         b.y < a.bottom() - kTolerance;
}

std::string describe(const Item& item) {
  switch (item.kind) {
    case ItemKind::text: return "text '" + item.text + "'";
    case ItemKind::rect: return "a box";
    case ItemKind::line: return "a rule";
    case ItemKind::polygon: return "a shape";
  }
  return "an item";
}

bool empty_box(const Box& b) { return b.w <= kTolerance || b.h <= kTolerance; }

}  // namespace

std::vector<std::string> check_layout(const LaidOutDocument& document) {
  std::vector<std::string> problems;
  for (const auto& page : document.pages) {
    const std::string where = "page " + std::to_string(page.number) + ": ";
    std::vector<const Item*> ink;
    for (const auto& item : page.items) {
      if (!inside(item.bounds, area_box(document.geometry, item.area)))
        problems.push_back(where + describe(item) + " leaves its area");
      if (item.layer == Layer::ink && !empty_box(item.bounds) && !(item.kind == ItemKind::text && item.text.empty()))
        ink.push_back(&item);
    }
    // Sweep down the page: only items whose vertical extents meet can overlap.
    std::sort(ink.begin(), ink.end(), [](const Item* a, const Item* b) { return a->bounds.y < b->bounds.y; });
    for (std::size_t i = 0; i < ink.size(); ++i)
      for (std::size_t j = i + 1; j < ink.size() && ink[j]->bounds.y < ink[i]->bounds.bottom(); ++j)
        if (overlap(ink[i]->bounds, ink[j]->bounds))
          problems.push_back(where + describe(*ink[i]) + " overlaps " + describe(*ink[j]));
  }
  return problems;
}

}  // namespace quire::layout
