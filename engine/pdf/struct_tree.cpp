// The structure tree written at the end: each element that holds content (directly or below it)
// as a StructElem, its kids in reading order; the StructTreeRoot with its ParentTree (page ->
// element of each MCID, link annotation -> its Link element); /MarkInfo in the catalog.
#include <algorithm>

#include "base/utf8.hpp"
#include "pdf/tags.hpp"

namespace quire::pdf {

namespace {

// A PDF text string: ASCII as it is, anything else as UTF-16BE with a byte-order mark. (A libharu
// string or binary object: void*, as HPDF_Dict_Add takes any object.)
void* text_string(HPDF_MMgr mmgr, const std::string& text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return HPDF_String_New(mmgr, text.c_str(), nullptr);
  std::vector<HPDF_BYTE> bytes{0xFE, 0xFF};
  for (const char16_t unit : utf8::to_utf16(text)) {
    bytes.push_back(static_cast<HPDF_BYTE>(unit >> 8));
    bytes.push_back(static_cast<HPDF_BYTE>(unit & 0xFF));
  }
  return HPDF_Binary_New(mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
}

// An indirect dictionary: elements are referred to from their kids, the ParentTree and the pages.
HPDF_Dict indirect_dict(HPDF_Doc pdf) {
  HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
  if (dict) HPDF_Xref_Add(pdf->xref, dict);
  return dict;
}

}  // namespace

void Tagger::finish() {
  collect_keys();
  const bool any = std::any_of(elements_.begin(), elements_.end(), [](const Element& e) { return e.key != UINT64_MAX; });
  if (any) {
    make_dicts();
    write_root();
    describe_links();
  }
  doc_.check("writing the structure tree");
}

// Each element's key is its first content's; an element without content is left out, except an
// empty table cell, which keeps its row's columns in place.
void Tagger::collect_keys() {
  // Parents come before their children: one backward pass sees the children first.
  for (std::size_t i = elements_.size(); i-- > 0;) {
    Element& e = elements_[i];
    for (const Kid& kid : e.kids) e.key = std::min(e.key, kid.key);
    if (e.parent >= 0) {
      std::uint64_t& parent = elements_[static_cast<std::size_t>(e.parent)].key;
      parent = std::min(parent, e.key);
    }
  }
  keep_empty_cells();
  for (std::size_t i = 0; i < elements_.size(); ++i) {
    const Element& e = elements_[i];
    if (e.key != UINT64_MAX && e.parent >= 0)
      elements_[static_cast<std::size_t>(e.parent)].kids.push_back(Kid{e.key, static_cast<int>(i), 0, -1, nullptr});
  }
  for (auto& e : elements_)
    std::stable_sort(e.kids.begin(), e.kids.end(), [](const Kid& a, const Kid& b) { return a.key < b.key; });
}

// An empty cell reads just after the cell before it (cells are made in column order), or just
// before its row's first content.
void Tagger::keep_empty_cells() {
  std::vector<std::uint64_t> last(elements_.size(), 0);  // by row: its latest cell's key
  for (auto& e : elements_) {
    const bool cell = e.node && (e.node->role == layout::Role::data_cell || e.node->role == layout::Role::header_cell);
    if (!cell || e.parent < 0) continue;
    const auto row = static_cast<std::size_t>(e.parent);
    if (elements_[row].key == UINT64_MAX) continue;
    if (e.key == UINT64_MAX) e.key = last[row] != 0 ? last[row] + 1 : elements_[row].key - 1;
    last[row] = e.key;
  }
}

// PDF/UA asks a link annotation for a description of its own: the words it covers.
void Tagger::describe_links() {
  for (const Link& link : links_) {
    std::string words = elements_[static_cast<std::size_t>(link.element)].text;
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (!words.empty()) HPDF_Dict_Add(link.annot, "Contents", text_string(doc_.get()->mmgr, words));
  }
}

void Tagger::make_dicts() {
  for (auto& e : elements_)
    if (e.key != UINT64_MAX) e.dict = indirect_dict(doc_.get());
  for (auto& e : elements_)
    if (e.dict) fill_dict(e);
}

void Tagger::fill_dict(Element& e) {
  HPDF_Doc pdf = doc_.get();
  HPDF_Dict_AddName(e.dict, "Type", "StructElem");
  HPDF_Dict_AddName(e.dict, "S", e.tag.c_str());
  if (e.parent >= 0) HPDF_Dict_Add(e.dict, "P", elements_[static_cast<std::size_t>(e.parent)].dict);
  // Its first marked content's page: the page kids without one of their own are on.
  const auto first = std::find_if(e.kids.begin(), e.kids.end(), [](const Kid& k) { return k.mcid >= 0; });
  const std::size_t page = first != e.kids.end() ? first->page : SIZE_MAX;
  if (page != SIZE_MAX) HPDF_Dict_Add(e.dict, "Pg", pages_[page]);
  HPDF_Dict_Add(e.dict, "K", kids_array(e, page));
  if (!e.language.empty()) HPDF_Dict_Add(e.dict, "Lang", text_string(pdf->mmgr, e.language));
  if (e.node && !e.node->alt.empty()) HPDF_Dict_Add(e.dict, "Alt", text_string(pdf->mmgr, e.node->alt));
  if (e.node && e.node->role == layout::Role::header_cell) {
    HPDF_Dict attributes = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_AddName(attributes, "O", "Table");
    HPDF_Dict_AddName(attributes, "Scope", "Column");
    HPDF_Dict_Add(e.dict, "A", attributes);
  }
}

HPDF_Array Tagger::kids_array(const Element& e, std::size_t page) {
  HPDF_Doc pdf = doc_.get();
  HPDF_Array kids = HPDF_Array_New(pdf->mmgr);
  for (const Kid& kid : e.kids) {
    if (kid.child >= 0) {
      HPDF_Array_Add(kids, elements_[static_cast<std::size_t>(kid.child)].dict);
    } else if (kid.annot) {
      HPDF_Dict objr = HPDF_Dict_New(pdf->mmgr);
      HPDF_Dict_AddName(objr, "Type", "OBJR");
      HPDF_Dict_Add(objr, "Obj", kid.annot);
      HPDF_Dict_Add(objr, "Pg", pages_[kid.page]);
      HPDF_Array_Add(kids, objr);
    } else if (kid.page == page) {
      HPDF_Array_AddNumber(kids, kid.mcid);
    } else {
      HPDF_Dict mcr = HPDF_Dict_New(pdf->mmgr);
      HPDF_Dict_AddName(mcr, "Type", "MCR");
      HPDF_Dict_Add(mcr, "Pg", pages_[kid.page]);
      HPDF_Dict_AddNumber(mcr, "MCID", kid.mcid);
      HPDF_Array_Add(kids, mcr);
    }
  }
  return kids;
}

void Tagger::write_root() {
  HPDF_Doc pdf = doc_.get();
  HPDF_Dict root = indirect_dict(pdf);
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  HPDF_Array top = HPDF_Array_New(pdf->mmgr);
  for (auto& e : elements_)
    if (e.dict && e.parent < 0) {
      HPDF_Dict_Add(e.dict, "P", root);
      HPDF_Array_Add(top, e.dict);
    }
  HPDF_Dict_Add(root, "K", top);

  // The ParentTree: a number tree, flat (keys in order), from pages' and annotations' keys.
  HPDF_Array nums = HPDF_Array_New(pdf->mmgr);
  for (std::size_t i = 0; i < page_mcids_.size(); ++i) {
    if (page_mcids_[i].empty()) continue;
    HPDF_Array owners = HPDF_Array_New(pdf->mmgr);
    for (const int element : page_mcids_[i]) HPDF_Array_Add(owners, elements_[static_cast<std::size_t>(element)].dict);
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(i));
    HPDF_Array_Add(nums, owners);
    HPDF_Dict_AddNumber(pages_[i], "StructParents", static_cast<HPDF_INT32>(i));
  }
  for (std::size_t k = 0; k < links_.size(); ++k) {
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(total_pages_ + k));
    HPDF_Array_Add(nums, elements_[static_cast<std::size_t>(links_[k].element)].dict);
  }
  HPDF_Dict parent_tree = HPDF_Dict_New(pdf->mmgr);
  HPDF_Dict_Add(parent_tree, "Nums", nums);
  HPDF_Dict_Add(root, "ParentTree", parent_tree);
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(total_pages_ + links_.size()));
  HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", root);

  HPDF_Dict mark_info = HPDF_Dict_New(pdf->mmgr);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark_info);
}

}  // namespace quire::pdf
