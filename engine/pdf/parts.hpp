// The writer's steps, shared between draw.cpp and catalog.cpp. Internal to pdf/.
#pragma once

#include <hpdf.h>

#include <array>
#include <vector>

#include "layout/page.hpp"
#include "pdf/handle.hpp"
#include "pdf/pdf.hpp"

namespace quire::pdf {

using Fonts = std::array<HPDF_Font, 4>;  // by layout::FontStyle

// What pages draw with: the fonts, and graphics states made once and shared.
struct Resources {
  layout::FontFiles font_files;
  Fonts fonts{};  // each embedded on first use: a face no page uses costs nothing
  HPDF_ExtGState translucent = nullptr;  // for the watermark, made on first use
  double alpha = 0;
};

// The face `style`, embedded (subset, UTF-8, with a correct ToUnicode map) the first time it is used.
HPDF_Font font_of(DocHandle& doc, Resources& resources, layout::FontStyle style);
// Draws a page's items in order.
void draw_page(DocHandle& doc, HPDF_Page page, const layout::Page& laid_out, Resources& resources, double height);
// A destination at `top` (PDF units from the foot) on `page`, keeping the reader's zoom (libharu's
// own XYZ destination insists on a zoom).
HPDF_Destination destination_at(DocHandle& doc, HPDF_Page page, double top);
// Makes a page's link areas clickable.
void add_links(DocHandle& doc, const std::vector<HPDF_Page>& pages, const layout::LaidOutDocument& document,
               std::size_t index);
// Bookmarks mirroring the headings, nested by level.
void add_outline(DocHandle& doc, const std::vector<HPDF_Page>& pages, const layout::LaidOutDocument& document);
// Title, author, subject, keywords, dates, /Lang, page labels and the initial view.
void add_document_information(DocHandle& doc, const layout::LaidOutDocument& document, const Settings& settings);

}  // namespace quire::pdf
