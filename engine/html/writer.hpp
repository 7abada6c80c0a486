// The walk from the document model to HTML: one handler per block and inline kind. Internal to
// html/; write_html() (page.cpp) and the preview pages (preview.cpp) drive it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "doc/doc.hpp"
#include "html/escape.hpp"
#include "html/html.hpp"
#include "html/words.hpp"

namespace quire::html {

class Writer {
 public:
  Writer(Out& out, const doc::Document& document, const Options& options);

  // The report's landmarks: header (cover or letterhead, and the draft banner), main (the body
  // and the footnotes) and footer (inside and back cover).
  void report();

 private:
  // blocks.cpp
  void blocks(const doc::Blocks& blocks);
  void block(const doc::Block& block);
  void paragraph(const doc::Paragraph& p);
  void heading(const doc::Heading& h);
  void list(const doc::List& list);
  void quote(const doc::Quote& q);
  void contents(const doc::Contents& c);
  void contents_entries(const std::vector<doc::ContentsEntry>& entries, std::size_t& at, int level);
  void region(const doc::Region& r);
  void draft_banner();
  // inlines.cpp
  void inlines(const doc::Inlines& inlines);
  void inline_node(const doc::Inline& in);
  void link(const doc::Inline& in);
  void badge(const doc::Inlines& word, int number, int of);
  void stars(int number, int of);
  void footnote_ref(const doc::Inline& in);
  // The ` lang` attribute of a passage that a draft took from the other language, if `content` is one.
  void passage_language(const doc::Inlines& content);
  // tables.cpp
  void table(const doc::Table& t);
  void table_cell(const doc::Table& t, const doc::Inlines& cell, std::size_t column, bool header_row);
  // chart.cpp
  void chart(const doc::Chart& c);
  void chart_svg(const doc::Chart& c, const std::string& title_id);
  void chart_data_table(const doc::Chart& c);
  std::string chart_alternative(const doc::Chart& c) const;
  // footnotes.cpp
  void footnotes();
  void back_links(int number);

  Out& out_;
  const doc::Document& document_;
  const Options& options_;
  Words words_;
  std::map<int, std::vector<std::string>> footnote_refs_;  // number -> ids of its references
  int charts_ = 0;
  std::map<std::string, int> callouts_;  // asides so far, by kind
};

// A badge's colour step, 1 (best) to 4 (worst), from its place on a scale of `of`; 0 when unknown.
int badge_step(int number, int of);

}  // namespace quire::html
