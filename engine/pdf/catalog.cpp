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

// One range of page labels from `first` (a page index in the file): style `style` ("r", "D"),
// counting from `start`.
void add_label_range(HPDF_Doc doc, HPDF_Array nums, std::size_t first, const char* style, std::size_t start) {
  HPDF_Dict range = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_AddName(range, "S", style);
  if (start != 1) HPDF_Dict_AddNumber(range, "St", static_cast<HPDF_INT32>(start));
  HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(first));
  HPDF_Array_Add(nums, range);
}

// Each part's cover pages are numbered i, ii; from the first page after them every label is the
// number printed on the page, so a reader's "go to page 12" finds page 12. A second part starts
// again from its own cover.
void set_page_labels(HPDF_Doc doc, const std::vector<Placed>& parts) {
  HPDF_Array nums = HPDF_Array_New(doc->mmgr);
  for (const Placed& part : parts) {
    const auto& pages = part.part.document->pages;
    std::size_t front = 0;
    while (front < pages.size() && is_cover_matter(pages[front].role)) ++front;
    if (front > 0) add_label_range(doc, nums, part.first, "r", 1);
    if (front < pages.size()) add_label_range(doc, nums, part.first + front, "D", front + 1);
  }
  HPDF_Dict labels = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(labels, "Nums", nums);
  HPDF_Dict_Add(doc->catalog, "PageLabels", labels);
}

// One part's bookmarks, nested by heading level, under `root` (nothing: the top level).
void add_part_outline(DocHandle& doc, const std::vector<HPDF_Page>& pages, const Placed& part, HPDF_Outline root) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc.get(), "UTF-8");
  const layout::LaidOutDocument& document = *part.part.document;
  struct Open {
    int level;
    HPDF_Outline outline;
  };
  std::vector<Open> open;
  for (const auto& entry : document.outline) {
    while (!open.empty() && open.back().level >= entry.level) open.pop_back();
    HPDF_Outline parent = open.empty() ? root : open.back().outline;
    HPDF_Outline outline = HPDF_CreateOutline(doc.get(), parent, entry.title.c_str(), utf8);
    HPDF_Page page = pages[part.first + static_cast<std::size_t>(entry.at.page - 1)];
    HPDF_Outline_SetDestination(outline, destination_at(doc, page, document.geometry.height - entry.at.y + 6));
    HPDF_Outline_SetOpened(outline, open.size() < 2 ? HPDF_TRUE : HPDF_FALSE);
    open.push_back(Open{entry.level, outline});
  }
}

// The parts' values of one field, each once, joined: "Welsh title / English title".
std::string joined(const std::vector<Placed>& parts, std::string doc::Metadata::*field, const std::string& separator) {
  std::string out;
  for (const Placed& part : parts) {
    const std::string& value = part.part.document->meta.*field;
    if (value.empty() || out.find(value) != std::string::npos) continue;
    out += (out.empty() ? "" : separator) + value;
  }
  return out;
}

}  // namespace

void add_outline(DocHandle& doc, const std::vector<HPDF_Page>& pages, const std::vector<Placed>& parts) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(doc.get(), "UTF-8");
  for (const Placed& part : parts) {
    HPDF_Outline root = nullptr;
    if (parts.size() > 1) {
      root = HPDF_CreateOutline(doc.get(), nullptr, part.part.bookmark.c_str(), utf8);
      HPDF_Outline_SetDestination(root, destination_at(doc, pages[part.first], part.part.document->geometry.height));
      HPDF_Outline_SetOpened(root, HPDF_TRUE);
    }
    add_part_outline(doc, pages, part, root);
  }
  doc.check("writing the bookmarks");
}

void add_document_information(DocHandle& doc, const std::vector<Placed>& parts, const Settings& settings) {
  set_info(doc, HPDF_INFO_TITLE, joined(parts, &doc::Metadata::title, " / "));
  set_info(doc, HPDF_INFO_AUTHOR, joined(parts, &doc::Metadata::author, " / "));
  set_info(doc, HPDF_INFO_SUBJECT, joined(parts, &doc::Metadata::subject, " / "));
  set_info(doc, HPDF_INFO_KEYWORDS, joined(parts, &doc::Metadata::keywords, "; "));
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
  // A reader's window shows the title, not the file name (WCAG 2.4.2).
  HPDF_Dict preferences = HPDF_Dict_New(pdf->mmgr);
  HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", preferences);
  set_page_labels(pdf, parts);
  bool has_outline = parts.size() > 1;
  for (const Placed& part : parts) has_outline = has_outline || !part.part.document->outline.empty();
  HPDF_SetPageMode(pdf, has_outline ? HPDF_PAGE_MODE_USE_OUTLINE : HPDF_PAGE_MODE_USE_NONE);
  doc.check("writing the catalog");
}

}  // namespace quire::pdf
