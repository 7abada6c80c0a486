// layout/: the document model -> pages of positioned items (page.hpp), measured with metrics read
// from the same font files the PDF embeds. Knows nothing of PDF or libharu. The contents' page
// numbers come from a re-layout loop: lay out, read where each heading landed, lay out again with
// those numbers, until nothing moves (at most a few passes).
#pragma once

#include "doc/doc.hpp"
#include "layout/font.hpp"
#include "layout/page.hpp"
#include "layout/style.hpp"

namespace quire::layout {

// Lays the document out in the house style. `fonts` must be loaded from the files the writer embeds.
LaidOutDocument layout_document(const doc::Document& document, const FontSet& fonts, const Style& style = Style{});

// How many passes the last call took (for tests of the contents loop).
int last_layout_passes();

}  // namespace quire::layout
