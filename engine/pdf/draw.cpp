// Fonts, page contents and links. Layout's y grows downwards; PDF's grows upwards from the foot.
#include <cmath>
#include <string>

#include "pdf/parts.hpp"

namespace quire::pdf {

namespace {

// libharu writes an operator for every call, even one that changes nothing (and clears a 2 KB
// buffer byte by byte to do it): most runs of text are in the colour already set.
void set_fill(HPDF_Page page, const layout::Colour& c) {
  const HPDF_RGBColor now = HPDF_Page_GetRGBFill(page);
  const auto r = static_cast<HPDF_REAL>(c.r), g = static_cast<HPDF_REAL>(c.g), b = static_cast<HPDF_REAL>(c.b);
  if (HPDF_Page_GetFillingColorSpace(page) == HPDF_CS_DEVICE_RGB && now.r == r && now.g == g && now.b == b) return;
  HPDF_Page_SetRGBFill(page, r, g, b);
}

HPDF_REAL r(double v) { return static_cast<HPDF_REAL>(v); }

void draw_turned_text(DocHandle& doc, HPDF_Page page, const layout::Item& item, Resources& res, double height) {
  HPDF_Page_GSave(page);
  if (item.opacity < 1) {
    if (!res.translucent || res.alpha != item.opacity) {
      res.translucent = HPDF_CreateExtGState(doc.get());
      HPDF_ExtGState_SetAlphaFill(res.translucent, r(item.opacity));
      res.alpha = item.opacity;
    }
    HPDF_Page_SetExtGState(page, res.translucent);
  }
  const double a = item.angle * M_PI / 180, c = std::cos(a), s = std::sin(a);
  HPDF_Page_BeginText(page);
  set_fill(page, item.colour);
  HPDF_Page_SetTextMatrix(page, r(c), r(s), r(-s), r(c), r(item.x), r(height - item.y));
  show_text(doc, page, res, item.font, item.size, item.text);
  HPDF_Page_EndText(page);
  HPDF_Page_GRestore(page);
}

}  // namespace

void draw_page(DocHandle& doc, HPDF_Page page, const layout::Page& laid_out, Resources& res, double height) {
  bool in_text = false;
  auto end_text = [&] {
    if (in_text) HPDF_Page_EndText(page);
    in_text = false;
  };
  for (const auto& item : laid_out.items) {
    switch (item.kind) {
      case layout::ItemKind::text:
        if (item.text.empty()) break;
        if (item.angle != 0 || item.opacity < 1) {
          end_text();
          draw_turned_text(doc, page, item, res, height);
          break;
        }
        if (!in_text) HPDF_Page_BeginText(page);
        in_text = true;
        set_fill(page, item.colour);
        show_text(doc, page, res, item.font, item.size, item.text, HPDF_Point{r(item.x), r(height - item.y)});
        break;
      case layout::ItemKind::rect:
        end_text();
        set_fill(page, item.colour);
        HPDF_Page_Rectangle(page, r(item.x), r(height - item.y - item.h), r(item.w), r(item.h));
        HPDF_Page_Fill(page);
        break;
      case layout::ItemKind::line:
        end_text();
        HPDF_Page_SetRGBStroke(page, r(item.colour.r), r(item.colour.g), r(item.colour.b));
        HPDF_Page_SetLineWidth(page, r(item.line_width));
        HPDF_Page_MoveTo(page, r(item.x), r(height - item.y));
        HPDF_Page_LineTo(page, r(item.x2), r(height - item.y2));
        HPDF_Page_Stroke(page);
        break;
      case layout::ItemKind::polygon:
        if (item.points.empty()) break;
        end_text();
        set_fill(page, item.colour);
        HPDF_Page_MoveTo(page, r(item.points[0].first), r(height - item.points[0].second));
        for (std::size_t k = 1; k < item.points.size(); ++k)
          HPDF_Page_LineTo(page, r(item.points[k].first), r(height - item.points[k].second));
        HPDF_Page_ClosePath(page);
        HPDF_Page_Fill(page);
        break;
    }
  }
  end_text();
  doc.check("drawing page " + std::to_string(laid_out.number));
}

HPDF_Destination destination_at(DocHandle& doc, HPDF_Page page, double top) {
  HPDF_Destination dst = HPDF_Page_CreateDestination(page);
  HPDF_Array_Clear(dst);
  HPDF_Array_Add(dst, page);
  HPDF_Array_AddName(dst, "XYZ");
  HPDF_Array_AddReal(dst, 0);
  HPDF_Array_AddReal(dst, r(top));
  HPDF_Array_Add(dst, HPDF_Null_New(doc.get()->mmgr));
  return dst;
}

void add_links(DocHandle& doc, const std::vector<HPDF_Page>& pages, const Placed& part, std::size_t index) {
  const layout::LaidOutDocument& document = *part.part.document;
  const double height = document.geometry.height;
  HPDF_Page page = pages[part.first + index];
  for (const auto& link : document.pages[index].links) {
    const HPDF_Rect rect{r(link.box.x), r(height - link.box.bottom()), r(link.box.right()), r(height - link.box.y)};
    HPDF_Annotation annot = nullptr;
    if (!link.target.empty() && link.target[0] == '#') {
      const auto it = document.anchors.find(link.target.substr(1));
      if (it == document.anchors.end()) continue;  // reported by layout as a broken link
      HPDF_Page target = pages[part.first + static_cast<std::size_t>(it->second.page - 1)];
      annot = HPDF_Page_CreateLinkAnnot(page, rect, destination_at(doc, target, height - it->second.y + 6));
    } else {
      annot = HPDF_Page_CreateURILinkAnnot(page, rect, link.target.c_str());
    }
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
  }
  doc.check("adding links to page " + std::to_string(part.first + index + 1));
}

// libharu has no call for marked content with properties; its page stream takes the operators
// directly (between other operators, as libharu's own calls write them).
void begin_language(HPDF_Page page, const std::string& language) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  const std::string operators = "/Span <</Lang (" + language + ")>> BDC\n";
  HPDF_Stream_WriteStr(attr->stream, operators.c_str());
}

void end_language(HPDF_Page page) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Stream_WriteStr(attr->stream, "EMC\n");
}

}  // namespace quire::pdf
