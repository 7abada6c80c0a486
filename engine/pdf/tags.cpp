// Marked content as pages are drawn: which sequence each item goes into, and what each element
// holds. The tree itself is written by struct_tree.cpp.
#include "pdf/tags.hpp"

#include <algorithm>

namespace quire::pdf {

namespace {

// Artifacts by kind: PDF 1.7 14.8.2.2 names running heads and watermarks "pagination" artifacts.
enum ArtifactKind { kLayout, kHeader, kFooter, kWatermark };

int artifact_kind(const layout::Item& item) {
  if (item.area == layout::Area::header) return kHeader;
  if (item.area == layout::Area::footer) return kFooter;
  if (item.area == layout::Area::page && item.angle != 0) return kWatermark;
  return kLayout;
}

const char* artifact_operator(int kind) {
  switch (kind) {
    case kHeader: return "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n";
    case kFooter: return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n";
    case kWatermark: return "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\n";
    default: return "/Artifact BMC\n";
  }
}

// Standard structure types (PDF 1.7 14.8.4), so no RoleMap is needed.
std::string tag_of(const layout::StructNode& node) {
  using layout::Role;
  switch (node.role) {
    case Role::document: return "Document";
    case Role::section: return "Sect";
    case Role::heading: return "H" + std::to_string(std::clamp(node.level, 1, 6));
    case Role::paragraph: return "P";
    case Role::list: return "L";
    case Role::list_item: return "LI";
    case Role::label: return "Lbl";
    case Role::list_body: return "LBody";
    case Role::quote: return "BlockQuote";  // "Quote" is PDF 1.7's inline quotation
    case Role::table: return "Table";
    case Role::table_row: return "TR";
    case Role::header_cell: return "TH";
    case Role::data_cell: return "TD";
    case Role::figure: return "Figure";
    case Role::note: return "Note";
    case Role::reference: return "Reference";
    case Role::link: return "Link";
    case Role::contents: return "TOC";
    case Role::contents_item: return "TOCI";
  }
  return "Span";
}

void write(HPDF_Page page, const std::string& operators) {
  HPDF_Stream_WriteStr(static_cast<HPDF_PageAttr>(page->attr)->stream, operators.c_str());
}

}  // namespace

Tagger::Tagger(DocHandle& doc, const std::vector<Placed>& parts, const std::string& language)
    : doc_(doc), language_(language) {
  // Several language versions in one file: each a Part of one Document.
  const bool grouped = parts.size() > 1;
  if (grouped) elements_.push_back(element("Document", -1, nullptr));
  for (const Placed& placed : parts) {
    const layout::Structure& structure = placed.part.document->structure;
    const int offset = static_cast<int>(elements_.size());
    part_offset_.push_back(offset);
    total_pages_ += placed.part.document->pages.size();
    for (const auto& node : structure) {
      const int parent = node.parent < 0 ? (grouped ? 0 : -1) : offset + node.parent;
      elements_.push_back(element(tag_of(node), parent, &node));
      if (node.parent >= 0) elements_.back().language = node.language;  // a passage in another language
    }
    if (structure.empty()) continue;
    Element& root = elements_[static_cast<std::size_t>(offset)];
    if (grouped) root.tag = "Part";
    if (!placed.part.language.empty() && placed.part.language != language) root.language = placed.part.language;
  }
}

Tagger::Element Tagger::element(std::string tag, int parent, const layout::StructNode* node) {
  Element e;
  e.tag = std::move(tag);
  e.parent = parent;
  e.node = node;
  return e;
}

int Tagger::element_of(std::size_t part, int node) const {
  const std::size_t count = part + 1 < part_offset_.size() ? static_cast<std::size_t>(part_offset_[part + 1])
                                                           : elements_.size();
  const std::size_t at = static_cast<std::size_t>(part_offset_[part]) + static_cast<std::size_t>(node);
  return node >= 0 && at < count ? static_cast<int>(at) : -1;
}

// Parts follow each other; within one, layout's order.
std::uint64_t Tagger::key_of(std::size_t part, std::uint64_t order) const {
  return (static_cast<std::uint64_t>(part) << 56) | (order & ((std::uint64_t{1} << 56) - 1));
}

void Tagger::begin_page(HPDF_Page page, std::size_t index, std::size_t part) {
  page_ = page;
  page_index_ = index;
  part_ = part;
  open_ = false;
  if (pages_.size() <= index) {
    pages_.resize(index + 1);
    page_mcids_.resize(index + 1);
  }
  pages_[index] = page;
}

Tagger::Mark Tagger::mark_of(const layout::Item& item) const {
  const int element = element_of(part_, item.node);
  return element >= 0 ? Mark{element, -1} : Mark{-1, artifact_kind(item)};
}

void Tagger::mark(const layout::Item& item) {
  const Mark mark = mark_of(item);
  // An item read before one drawn ahead of it (a paragraph's number, drawn after its first line)
  // starts a sequence of its own, which sorts into its place; so does the item after it.
  bool continues = open_ && mark == mark_;
  if (continues && mark.element >= 0) {
    const Element& e = elements_[static_cast<std::size_t>(mark.element)];
    continues = item.order > last_order_ && last_order_ == e.latest;
  }
  if (!continues) open(item, mark);
  last_order_ = item.order;
  if (mark.element < 0) return;
  Element& e = elements_[static_cast<std::size_t>(mark.element)];
  e.latest = std::max(e.latest, item.order);
  if (e.node && e.node->role == layout::Role::link && item.kind == layout::ItemKind::text)
    e.text += item.space_after ? item.text + " " : item.text;
}

void Tagger::close() {
  if (open_) write(page_, "EMC\n");
  open_ = false;
}

void Tagger::open(const layout::Item& item, const Mark& mark) {
  close();
  open_ = true;
  mark_ = mark;
  if (mark_.element < 0) {
    write(page_, artifact_operator(mark_.artifact));
    return;
  }
  auto& mcids = page_mcids_[page_index_];
  const int mcid = static_cast<int>(mcids.size());
  mcids.push_back(mark_.element);
  Element& e = elements_[static_cast<std::size_t>(mark_.element)];
  write(page_, "/" + e.tag + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
  e.kids.push_back(Kid{key_of(part_, item.order), -1, page_index_, mcid, nullptr});
}

void Tagger::end_page() { close(); }

void Tagger::add_link(HPDF_Annotation annot, std::size_t index, std::size_t part, int node) {
  const int element = element_of(part, node);
  if (element < 0) return;
  HPDF_Dict_AddNumber(annot, "StructParent", static_cast<HPDF_INT32>(total_pages_ + links_.size()));
  links_.push_back(Link{annot, element});
  // After the link's text, whose place in reading order the element takes.
  elements_[static_cast<std::size_t>(element)].kids.push_back(Kid{UINT64_MAX - 1, -1, index, -1, annot});
}

}  // namespace quire::pdf
