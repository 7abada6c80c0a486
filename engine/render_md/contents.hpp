// Builds a report's contents list for Markdown (the PDF builds its own, with page numbers).
#pragma once

#include <string>

#include "render_md/strict_context.hpp"

namespace quire::render_detail {

class ContentsBuilder {
 public:
  // Adds a heading at `level` (1 = top of the contents).
  void add(int level, const std::string& title);
  const Data& entries() const { return entries_; }

 private:
  Data entries_{Data::type::list};
};

}  // namespace quire::render_detail
