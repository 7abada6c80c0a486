// Fonts, page contents and links. Layout's y grows downwards; PDF's grows upwards from the foot.
#include <cmath>
#include <string>

#include "pdf/parts.hpp"
#include "pdf/tags.hpp"

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

// The same for the rules' colour and width: a table's rules are all drawn alike.
void set_stroke(HPDF_Page page, const layout::Colour& c, double width) {
  const HPDF_RGBColor now = HPDF_Page_GetRGBStroke(page);
  const auto r = static_cast<HPDF_REAL>(c.r), g = static_cast<HPDF_REAL>(c.g), b = static_cast<HPDF_REAL>(c.b);
  if (HPDF_Page_GetStrokingColorSpace(page) != HPDF_CS_DEVICE_RGB || now.r != r || now.g != g || now.b != b)
    HPDF_Page_SetRGBStroke(page, r, g, b);
  const auto w = static_cast<HPDF_REAL>(width);
  if (HPDF_Page_GetLineWidth(page) != w) HPDF_Page_SetLineWidth(page, w);
}

HPDF_REAL r(double v) { return static_cast<HPDF_REAL>(v); }

// A /URI action may only leave the document for the web or e-mail. The pipeline rejects any
// other link in the data before layout (pipeline/link_check.cpp); a writer must not rely on its
// input for safety, so a link that gets here anyway is left unclickable (its text is still drawn).
bool web_or_mail(const std::string& target) {
  std::string scheme;
  for (const char c : target.substr(0, target.find(':') + 1))
    scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return scheme == "http:" || scheme == "https:" || scheme == "mailto:";
}

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

// Whether the item draws nothing (and so needs no marked content).
bool invisible(const layout::Item& item) {
  return (item.kind == layout::ItemKind::text && item.text.empty()) ||
         (item.kind == layout::ItemKind::polygon && item.points.empty());
}

}  // namespace

// Text objects begin and end where they would untagged: libharu places text relative to the
// text object's start, so moving its start would move glyphs by a rounding. Marked content nests
// with them instead: a sequence closes before BT or ET and another opens inside.
void draw_page(DocHandle& doc, HPDF_Page page, const layout::Page& laid_out, Resources& res, double height,
               Tagger& tags) {
  bool in_text = false;
  auto end_text = [&] {
    if (!in_text) return;
    tags.close();
    HPDF_Page_EndText(page);
    in_text = false;
  };
  auto begin_text = [&] {
    if (in_text) return;
    tags.close();
    HPDF_Page_BeginText(page);
    in_text = true;
  };
  for (const auto& item : laid_out.items) {
    if (invisible(item)) continue;
    const bool turned = item.angle != 0 || item.opacity < 1;
    if (item.kind == layout::ItemKind::text && !turned) begin_text();
    else end_text();
    tags.mark(item);
    switch (item.kind) {
      case layout::ItemKind::text:
        if (turned) {
          draw_turned_text(doc, page, item, res, height);
          break;
        }
        set_fill(page, item.colour);
        // A word break at the line's end is written (an invisible space), so text read out of the
        // file keeps the words apart.
        show_text(doc, page, res, item.font, item.size, item.space_after ? item.text + " " : item.text,
                  HPDF_Point{r(item.x), r(height - item.y)});
        break;
      case layout::ItemKind::rect:
        set_fill(page, item.colour);
        HPDF_Page_Rectangle(page, r(item.x), r(height - item.y - item.h), r(item.w), r(item.h));
        HPDF_Page_Fill(page);
        break;
      case layout::ItemKind::line:
        set_stroke(page, item.colour, item.line_width);
        HPDF_Page_MoveTo(page, r(item.x), r(height - item.y));
        HPDF_Page_LineTo(page, r(item.x2), r(height - item.y2));
        HPDF_Page_Stroke(page);
        break;
      case layout::ItemKind::polygon:
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

void add_links(DocHandle& doc, const std::vector<HPDF_Page>& pages, const Placed& part, std::size_t part_index,
               std::size_t index, Tagger& tags) {
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
    } else if (web_or_mail(link.target)) {
      annot = HPDF_Page_CreateURILinkAnnot(page, rect, link.target.c_str());
    } else {
      continue;
    }
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
    tags.add_link(annot, part.first + index, part_index, link.node);
  }
  // Tab order follows the structure (PDF/UA asks this of pages with annotations).
  if (!document.pages[index].links.empty()) HPDF_Dict_AddName(page, "Tabs", "S");
  doc.check("adding links to page " + std::to_string(part.first + index + 1));
}

}  // namespace quire::pdf
