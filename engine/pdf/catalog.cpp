// Bookmarks, document information, /Lang, page labels and the initial view.
#include <vector>

#include "pdf/parts.hpp"

namespace quire::pdf {

namespace {

void set_info(DocHandle& doc, HPDF_InfoType type, const std::string& value) {
  if (!value.empty()) HPDF_SetInfoAttr(doc.get(), type, value.c_str());
}

bool is_cover_matter(layout::PageRole role) {
  return role == layout::PageRole::cover || role == layout::PageRole::inside_cover;
}

// Cover pages are numbered i, ii; from the first page after them every label is the number
// printed on the page (its place in the file), so a reader's "go to page 12" finds page 12.
void set_page_labels(HPDF_Doc doc, const layout::LaidOutDocument& document) {
  std::size_t front = 0;
  while (front < document.pages.size() && is_cover_matter(document.pages[front].role)) ++front;
  HPDF_Array nums = HPDF_Array_New(doc->mmgr);
  if (front > 0) {
    HPDF_Dict roman = HPDF_Dict_New(doc->mmgr);
    HPDF_Dict_AddName(roman, "S", "r");
    HPDF_Array_AddNumber(nums, 0);
    HPDF_Array_Add(nums, roman);
  }
  if (front < document.pages.size()) {
    HPDF_Dict decimal = HPDF_Dict_New(doc->mmgr);
    HPDF_Dict_AddName(decimal, "S", "D");
    HPDF_Dict_AddNumber(decimal, "St", static_cast<HPDF_INT32>(front + 1));
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(front));
    HPDF_Array_Add(nums, decimal);
  }
  HPDF_Dict labels = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(labels, "Nums", nums);
  HPDF_Dict_Add(doc->catalog, "PageLabels", labels);
}

}  // namespace

void add_outline(DocHandle& doc, const std::vector<HPDF_Page>& pages, const layout::LaidOutDocument& document) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc.get(), "UTF-8");
  struct Open {
    int level;
    HPDF_Outline outline;
  };
  std::vector<Open> open;
  for (const auto& entry : document.outline) {
    while (!open.empty() && open.back().level >= entry.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? nullptr : open.back().outline;
    HPDF_Outline outline = HPDF_CreateOutline(doc.get(), parent, entry.title.c_str(), utf8);
    HPDF_Destination dst = destination_at(doc, pages[static_cast<std::size_t>(entry.at.page - 1)],
                                          document.geometry.height - entry.at.y + 6);
    HPDF_Outline_SetDestination(outline, dst);
    HPDF_Outline_SetOpened(outline, open.size() < 2 ? HPDF_TRUE : HPDF_FALSE);
    open.push_back(Open{entry.level, outline});
  }
  doc.check("writing the bookmarks");
}

void add_document_information(DocHandle& doc, const layout::LaidOutDocument& document, const Settings& settings) {
  const auto& meta = document.meta;
  set_info(doc, HPDF_INFO_TITLE, meta.title);
  set_info(doc, HPDF_INFO_AUTHOR, meta.author);
  set_info(doc, HPDF_INFO_SUBJECT, meta.subject);
  set_info(doc, HPDF_INFO_KEYWORDS, meta.keywords);
  set_info(doc, HPDF_INFO_CREATOR, "quire");
  if (settings.has_date) {
    const Date& d = settings.date;
    HPDF_Date date{d.year, d.month, d.day, d.hour, d.minute, d.second, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_MOD_DATE, date);
  }
  doc.check("writing the document information");

  HPDF_Doc pdf = doc.get();
  if (!settings.language.empty())
    HPDF_Dict_Add(pdf->catalog, "Lang", HPDF_String_New(pdf->mmgr, settings.language.c_str(), nullptr));
  set_page_labels(pdf, document);
  HPDF_SetPageMode(pdf, document.outline.empty() ? HPDF_PAGE_MODE_USE_NONE : HPDF_PAGE_MODE_USE_OUTLINE);
  doc.check("writing the catalog");
}

}  // namespace quire::pdf
