// Blocks -> the flow of elements. One handler per block kind, in blocks.cpp, tables.cpp,
// charts.cpp, contents.cpp and regions.cpp. Internal to layout/.
#pragma once

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "doc/doc.hpp"
#include "layout/flow.hpp"
#include "layout/text.hpp"

namespace quire::layout {

// A paragraph all in bold: a run-in heading in the text ("**Strengths:**"), the subject on a cover.
bool all_bold(const doc::Inlines& text);
bool lead_in(const doc::Inlines& text);
// A paragraph ending in a colon, which announces the block after it.
bool announces(const doc::Block& b);

// Page numbers of the headings the contents lists, from the previous pass (empty at first).
using PageNumbers = std::map<std::string, int>;

class FlowBuilder {
 public:
  FlowBuilder(const TextSetter& setter, const doc::Document& document, const PageNumbers& numbers)
      : setter_(setter), style_(setter.style()), document_(document), numbers_(numbers) {}

  Flow build();
  // Sets the top-level blocks as build() would, last first, for the setter's memo only (the flow
  // is thrown away), until `stop`: layout.cpp runs it beside the first pass, which goes first to
  // last, so the two meet without setting the same text twice.
  void rehearse(const std::atomic<bool>& stop);

 private:
  // Where blocks are being set: the column, the boxes around it and how text looks there.
  struct Context {
    double x0 = 0;
    double width = 0;
    std::vector<int> boxes;
    TextStyle text;
    bool numbered = false;  // inside a `numbered` region
    int list_depth = 0;
  };

  // Where a top-level block is set.
  Context body() const;
  void blocks(const doc::Blocks& blocks, const Context& ctx);
  void block(const doc::Block& block, const Context& ctx);
  void paragraph(const doc::Inlines& content, const Context& ctx);
  void heading(const doc::Heading& heading, const Context& ctx);
  void list(const doc::List& list, const Context& ctx);
  void quote(const doc::Quote& quote, const Context& ctx);
  void rule(const Context& ctx);
  void table(const doc::Table& table, const Context& ctx);
  // tables.cpp: a long table's last rows fill at least a quarter of its last page.
  void keep_long_table_ending(const std::vector<std::size_t>& row_starts);
  void chart(const doc::Chart& chart, const Context& ctx);
  void keep_short_section_with_chart();  // charts.cpp: a short section's heading stays with its chart
  void keep_introduction_with_chart();   // charts.cpp: and the paragraph introducing it ends beside it
  void contents(const doc::Contents& contents, const Context& ctx);
  void region(const doc::Region& region, const Context& ctx);
  // `lead` are blocks written before the cover (a draft mark): they can only go on it.
  void cover(const doc::Region& region, const doc::Blocks& lead);
  void letterhead(const doc::Region& region, const Context& ctx);
  void footnotes();
  // Binds the last lines of every chapter together, so its last page is never a lone line.
  void keep_chapter_endings();

  // Adds lines as elements at `x`, the first after `space`; `keep` binds every line to the
  // next (headings); otherwise a paragraph's first and last two lines stay together.
  void add_lines(std::vector<Line> lines, double x, double space, const Context& ctx, bool keep);
  // A spacer element (padding inside a box).
  Element& spacer(double height, const Context& ctx, bool keep);
  // The gap before the next block: the paragraph gap, or a heading's own gap after it.
  double gap(double wanted);
  Element& push(Element e, const Context& ctx);
  int new_box(BoxDecoration box);

  // Structure (structure.hpp). While a Within lives, its element is the one text goes into.
  class Within {
   public:
    Within(FlowBuilder& builder, Role role, int level = 0, std::string alt = {});
    ~Within() { builder_.current_ = previous_; }
    Within(const Within&) = delete;
    Within& operator=(const Within&) = delete;
    int id() const { return id_; }

   private:
    FlowBuilder& builder_;
    int previous_;
    int id_;
  };
  // A new element, a child of `parent`.
  int add_node(Role role, int parent, int level = 0, std::string alt = {});
  // Gives the outermost elements made since `first` the language `language` where they are not
  // in it already: a draft's untranslated passage, for a screen reader to switch voice.
  void mark_language(std::size_t first, const std::string& language);
  // Gives the text items no element has claimed yet to `node`.
  static void claim_text(std::vector<Item>& items, int node);
  // Gives every item, drawn or written, to `node` (a chart is one figure).
  static void claim_all(std::vector<Item>& items, int node);
  // Gives an element's items their reading order, noting where each footnote is first cited.
  void number(Element& e);
  // Link and footnote-reference elements for the spans that are links or cite a footnote.
  std::vector<Span> with_inline_nodes(std::vector<Span> spans);
  double baseline(const TextStyle& style) const;
  // The spans of inlines, their links and footnote references made elements of the current one.
  std::vector<Span> spans(const doc::Inlines& inlines, const TextStyle& style);

  const TextSetter& setter_;
  const Style& style_;
  const doc::Document& document_;
  const PageNumbers& numbers_;
  Flow flow_;

  bool first_in_container_ = true;  // no gap before the first block of a page, box or list item
  bool after_heading_ = false;
  bool in_lead_ = false;  // only a heading and its lead-in paragraphs (lead_in) set since the last block
  bool announces_ = false;  // the last block set was a paragraph announcing the next (announces)
  double heading_gap_ = 0;
  std::optional<double> next_gap_;  // the next block's gap exactly (between list items)
  double min_gap_ = 0;              // the least gap the next block gets (after tables, call-outs)
  bool break_next_ = false;         // the next element starts a page (after a page break or cover)
  // The last two blocks set (an inner block counts before the one holding it): a chart's caption and
  // the paragraph introducing it.
  struct SetBlock {
    std::size_t first = 0;  // its first element
    bool paragraph = false;
    bool bold = false;      // a paragraph all in bold: a caption or run-in heading
  };
  SetBlock last_, before_last_;
  std::optional<PageRole> role_next_;
  std::vector<Item> marker_;        // a list marker or paragraph number for the next line
  int in_region_ = 0;

  // Items are numbered this far apart, so a footnote's text (numbered when the footnotes are
  // set, after everything else) fits between its citation and the item after it.
  static constexpr std::uint64_t kOrderStep = std::uint64_t{1} << 16;
  struct Citation {
    std::uint64_t order = 0;  // the citing number's
    int parent = 0;           // the element holding the citation
  };
  int current_ = 0;                     // the element text goes into
  std::uint64_t next_order_ = 0;        // the next item's reading order
  std::map<int, int> cites_;            // a reference element -> the footnote it cites
  std::map<int, Citation> first_cite_;  // footnote number -> its first citation
};

}  // namespace quire::layout
