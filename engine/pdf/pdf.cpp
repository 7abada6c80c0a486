#include "pdf/pdf.hpp"

#include "pdf/parts.hpp"
#include "pdf/tags.hpp"

namespace quire::pdf {

namespace {

// Every page of every part exists before any is drawn, so links may point forwards.
std::vector<Placed> add_pages(DocHandle& doc, const std::vector<Part>& parts, std::vector<HPDF_Page>& pages) {
  std::vector<Placed> placed;
  for (const auto& part : parts) {
    placed.push_back(Placed{part, pages.size()});
    const layout::PageGeometry& g = part.document->geometry;
    for (std::size_t i = 0; i < part.document->pages.size(); ++i) {
      HPDF_Page page = HPDF_AddPage(doc.get());
      HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(g.width));
      HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(g.height));
      pages.push_back(page);
    }
  }
  doc.check("adding pages");
  return placed;
}

}  // namespace

std::string write_pdf(const std::vector<Part>& parts, const Settings& settings) {
  DocHandle doc;
  // libharu deflates every stream (page contents, font subsets, maps) as it saves, on this thread.
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc.get());
  HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
  doc.check("setting up UTF-8");
  Resources resources;
  resources.font_files = settings.fonts;

  std::vector<HPDF_Page> pages;
  const std::vector<Placed> placed = add_pages(doc, parts, pages);
  Tagger tags(doc, placed, settings.language);
  for (std::size_t p = 0; p < placed.size(); ++p) {
    const Placed& part = placed[p];
    const layout::LaidOutDocument& document = *part.part.document;
    for (std::size_t i = 0; i < document.pages.size(); ++i) {
      HPDF_Page page = pages[part.first + i];
      tags.begin_page(page, part.first + i, p);
      draw_page(doc, page, document.pages[i], resources, document.geometry.height, tags);
      tags.end_page();
      add_links(doc, pages, part, p, i, tags);
    }
  }
  add_outline(doc, pages, placed);
  add_document_information(doc, placed, settings);
  tags.finish();
  // Tagged PDF as PDF 1.7 describes it (libharu would otherwise declare the version its own
  // features need).
  doc.declare_version(HPDF_VER_17);
  return doc.save();
}

std::string write_pdf(const layout::LaidOutDocument& document, const Settings& settings) {
  return write_pdf(std::vector<Part>{Part{&document, settings.language, {}}}, settings);
}

}  // namespace quire::pdf
