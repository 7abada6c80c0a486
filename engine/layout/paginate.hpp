// The flow cut into pages: elements kept with what follows them, chapters starting pages, table
// headers repeated, footnotes at the foot of each page that cites them, boxes decorated per page,
// covers set at the foot of their page, running header and footer, the draft watermark.
// Internal to layout/.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/flow.hpp"
#include "layout/text.hpp"

namespace quire::layout {

class Paginator {
 public:
  Paginator(const Flow& flow, const TextSetter& setter, const doc::Metadata& meta);
  LaidOutDocument run();

 private:
  struct Current {
    Page page;
    std::vector<Item> art;      // page_items of the elements on it, drawn first
    double y = 0;               // where the next element's top goes (before its space)
    bool has_content = false;
    bool headings_only = true;  // nothing but headings placed yet (a chapter without text)
    std::vector<int> footnotes; // in order of first citation on the page
    std::map<int, std::pair<double, double>> boxes;  // box id -> top, bottom on this page
    std::string chapter;
    std::vector<std::string> anchors;  // placed on this page
    std::size_t outline_from = 0;      // first outline entry placed on this page
  };

  void new_page();
  void finish_page();
  enum class Room { here, empty_page };  // below what the current page holds, or on a fresh page
  // Whether the element at `index` (with `chain`, and all it keeps with) fits in `room`.
  bool fits(std::size_t index, Room room = Room::here, bool chain = true) const;
  // The first element of the keep-with-next chain holding the element at `index`.
  std::size_t chain_start(std::size_t index) const;
  // Places an element; a `repeated` one (a table's header row again on a continuation page) is
  // furniture to a reader, who met it on the first page.
  void place(const Element& e, bool repeated = false);
  double footnote_height(const std::vector<int>& numbers) const;
  void decorate_boxes();
  void set_footnotes();
  void align_to_foot();
  void running_header_and_footer();
  void watermark();
  Item text(double x, double baseline, const std::string& s, const TextStyle& style) const;
  std::string fitted(const std::string& s, const TextStyle& style, double width) const;

  const Flow& flow_;
  const TextSetter& setter_;
  const Style& style_;
  const doc::Metadata& meta_;
  Box body_;
  LaidOutDocument out_;
  Current cur_;
  bool started_ = false;
  std::string chapter_;  // the chapter in force
  int last_table_ = -1;  // the table of the last element placed
  std::vector<int> notes_set_;  // footnotes set on some page already: a reader met them there
};

}  // namespace quire::layout
