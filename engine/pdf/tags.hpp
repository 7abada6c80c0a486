// The tagged PDF's structure (PDF 1.7, 14.7-14.8), which libharu has no API for: while pages are
// drawn, every item is wrapped in marked content, either real content with an MCID belonging to a
// structure element, or an artifact (running heads, page numbers, the watermark, fills and rules);
// links are tied to their Link elements. At the end the elements, in layout's reading order, the
// StructTreeRoot and its ParentTree are written with libharu's low-level object API, and the
// catalog says the file is tagged. Internal to pdf/.
#pragma once

#include <hpdf.h>

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/parts.hpp"

namespace quire::pdf {

class Tagger {
 public:
  // `language` is the document's (the catalog's /Lang); a part in another carries its own.
  Tagger(DocHandle& doc, const std::vector<Placed>& parts, const std::string& language);

  // Starts page `index` (in the file) of part `part`, drawn on `page`.
  void begin_page(HPDF_Page page, std::size_t index, std::size_t part);
  // Puts `item` in the open marked-content sequence, or opens one for it: a sequence holds one
  // element's items while they come in reading order, or artifacts of one kind.
  void mark(const layout::Item& item);
  // Closes the open sequence, if any (before a text object begins or ends, so the two nest).
  void close();
  // Closes the page's last sequence.
  void end_page();
  // Ties a link annotation on page `index` to its element `node` of part `part`.
  void add_link(HPDF_Annotation annot, std::size_t index, std::size_t part, int node);

  // Writes the structure tree and marks the catalog. Call once, after every page.
  void finish();

 private:
  // What an element holds, in reading order once sorted by `key`.
  struct Kid {
    std::uint64_t key = 0;
    int child = -1;              // an element, or
    std::size_t page = 0;        // marked content on this page (with `mcid`), or
    int mcid = -1;
    HPDF_Annotation annot = nullptr;  // an annotation on `page`
  };
  struct Element {
    std::string tag;
    int parent = -1;
    const layout::StructNode* node = nullptr;  // none for the document grouping several parts
    std::string language;                      // /Lang, where it differs from the document's
    std::vector<Kid> kids;
    std::uint64_t key = UINT64_MAX;  // its first content's place in reading order
    std::uint64_t latest = 0;        // the latest item of it marked so far
    std::string text;                // a link's words, for its annotations' /Contents
    HPDF_Dict dict = nullptr;
  };
  // The marked-content sequence items go into: an element's content, or an artifact of a kind.
  struct Mark {
    int element = -1;
    int artifact = -1;  // ArtifactKind, when element < 0
    bool operator==(const Mark&) const = default;
  };

  static Element element(std::string tag, int parent, const layout::StructNode* node);
  Mark mark_of(const layout::Item& item) const;
  void open(const layout::Item& item, const Mark& mark);
  int element_of(std::size_t part, int node) const;
  std::uint64_t key_of(std::size_t part, std::uint64_t order) const;
  void collect_keys();
  void keep_empty_cells();
  void make_dicts();
  void fill_dict(Element& e);
  HPDF_Array kids_array(const Element& e, std::size_t page);
  void write_root();
  void describe_links();

  DocHandle& doc_;
  std::string language_;
  std::vector<Element> elements_;
  std::vector<int> part_offset_;  // the element of each part's root
  std::size_t total_pages_ = 0;   // in the file: the ParentTree keys of links follow the pages'
  std::vector<HPDF_Page> pages_;  // by index in the file, as drawn
  std::vector<std::vector<int>> page_mcids_;  // by page: the element of each MCID

  struct Link {
    HPDF_Annotation annot;
    int element;
  };
  std::vector<Link> links_;

  // The page being drawn.
  HPDF_Page page_ = nullptr;
  std::size_t page_index_ = 0, part_ = 0;
  bool open_ = false;
  Mark mark_;
  std::uint64_t last_order_ = 0;  // of the open sequence's last item
};

}  // namespace quire::pdf
