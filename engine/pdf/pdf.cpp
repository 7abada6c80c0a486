#include "pdf/pdf.hpp"

#include "pdf/parts.hpp"

namespace quire::pdf {

std::string write_pdf(const layout::LaidOutDocument& document, const Settings& settings) {
  DocHandle doc;
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc.get());
  HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
  doc.check("setting up UTF-8");
  Resources resources;
  resources.font_files = settings.fonts;

  // Every page exists before any is drawn, so links may point forwards.
  std::vector<HPDF_Page> pages;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    HPDF_Page page = HPDF_AddPage(doc.get());
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(document.geometry.width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(document.geometry.height));
    pages.push_back(page);
  }
  doc.check("adding pages");
  for (std::size_t i = 0; i < pages.size(); ++i) {
    draw_page(doc, pages[i], document.pages[i], resources, document.geometry.height);
    add_links(doc, pages, document, i);
  }
  add_outline(doc, pages, document);
  add_document_information(doc, document, settings);
  return doc.save();
}

}  // namespace quire::pdf
