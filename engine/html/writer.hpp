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

// Where a report sits on its page: alone, or as one edition of several on one page, when its ids
// take a prefix (so both editions' anchors and notes stay unique) and its headings go one level
// down (under the page's own h1).
struct Scope {
  std::string id_prefix;
  int heading_shift = 0;
};

class Writer {
 public:
  Writer(Out& out, const doc::Document& document, const Options& options, Scope scope = {});

  // The report's landmarks: header (cover or letterhead, and the draft banner), main (the body
  // and the footnotes) and footer (inside and back cover).
  void report();
  // The same parts for a report inside an <article> of a page with several: header, body,
  // footnotes and footer, none of them a landmark there.
  void edition();

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
  void header_blocks();
  void body_blocks();
  void footer_blocks();
  // The language of block `b` comes into force; its opening tag will carry `lang` (through
  // language_attribute()) when that differs from the language around it. Returns the language
  // around it, to restore when the block ends.
  std::string enter_language(const doc::Block& b);
  // ` lang="..."` on the tag being opened, if the block entered last asked for it.
  void language_attribute();
  // An id of this report, unique on the page: `local` behind the scope's prefix.
  std::string id(const std::string& local) const { return scope_.id_prefix + local; }
  // inlines.cpp
  void inlines(const doc::Inlines& inlines);
  void inline_node(const doc::Inline& in);
  void link(const doc::Inline& in);
  void badge(const doc::Inlines& word, int number, int of);
  void stars(int number, int of);
  void footnote_ref(const doc::Inline& in);
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
  Scope scope_;
  Words words_;
  std::string language_;          // the language in force where the writer is
  std::string pending_language_;  // for the next opening tag
  std::map<int, std::vector<std::string>> footnote_refs_;  // number -> ids of its references
  int charts_ = 0;
  std::map<std::string, int> callouts_;  // asides so far, by kind
};

// A badge's colour step, 1 (best) to 4 (worst), from its place on a scale of `of`; 0 when unknown.
int badge_step(int number, int of);

}  // namespace quire::html
