// The writer's steps, shared between draw.cpp and catalog.cpp. Internal to pdf/.
#pragma once

#include <hpdf.h>

#include <array>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "layout/page.hpp"
#include "pdf/handle.hpp"
#include "pdf/pdf.hpp"
#include "pdf/text_runs.hpp"

namespace quire::pdf {

using Fonts = std::array<std::array<HPDF_Font, kEncodings>, 4>;  // by layout::FontStyle, then Encoding

// A part placed in the file: its pages start at pages[first].
struct Placed {
  const Part& part;
  std::size_t first = 0;
};

// What pages draw with: the fonts, and graphics states made once and shared.
struct Resources {
  layout::FontFiles font_files;
  Fonts fonts{};  // each opened on first use: a face no page uses costs nothing
  std::array<const char*, 4> font_names{};  // each face's file, loaded once (libharu owns the names)
  std::optional<CodeTables> codes;  // read from libharu's encoders on first use
  HPDF_ExtGState translucent = nullptr;  // for the watermark, made on first use
  double alpha = 0;
};

// The face `style` in `encoding`, opened the first time it is used. A face's encodings share one
// embedded (subset) font file; the UTF-8 one gets a correct ToUnicode map.
HPDF_Font font_of(DocHandle& doc, Resources& resources, layout::FontStyle style, Encoding encoding);
// Shows UTF-8 text in `style` at `size`, switching between the face's encodings as it must;
// from `at` when given (as HPDF_Page_TextOut), else from the current text position.
void show_text(DocHandle& doc, HPDF_Page page, Resources& resources, layout::FontStyle style, double size,
               std::string_view utf8, std::optional<HPDF_Point> at = std::nullopt);
class Tagger;

// Draws a page's items in order, each in the marked content `tags` gives it.
void draw_page(DocHandle& doc, HPDF_Page page, const layout::Page& laid_out, Resources& resources, double height,
               Tagger& tags);
// A destination at `top` (PDF units from the foot) on `page`, keeping the reader's zoom (libharu's
// own XYZ destination insists on a zoom).
HPDF_Destination destination_at(DocHandle& doc, HPDF_Page page, double top);
// Makes the links on a part's page `index` clickable, each tied to its Link element; internal
// links stay within the part. `part_index` is the part's place among the parts.
void add_links(DocHandle& doc, const std::vector<HPDF_Page>& pages, const Placed& part, std::size_t part_index,
               std::size_t index, Tagger& tags);
// Bookmarks mirroring the headings, nested by level; with several parts, each part's bookmarks
// sit under one top-level bookmark of its own.
void add_outline(DocHandle& doc, const std::vector<HPDF_Page>& pages, const std::vector<Placed>& parts);
// Title, author, subject, keywords (every part's, joined), dates, /Lang, page labels (restarting
// with each part) and the initial view.
void add_document_information(DocHandle& doc, const std::vector<Placed>& parts, const Settings& settings);

}  // namespace quire::pdf
