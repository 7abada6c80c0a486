// doc/: quire's own document model, between Markdown and every writer. A report is a list of
// blocks (paragraphs, headings, lists, call-outs, tables, charts, contents, regions such as the
// cover) holding inlines, plus numbered footnotes and the document's metadata. Plain data: no
// cmark-gfm, no fonts, no PDF. The markdown stage builds it; layout (and later HTML) walk it.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace quire::doc {

enum class InlineKind {
  text,          // `text` is the literal
  code,          // `text` is the literal
  emphasis,      // children
  strong,        // children
  link,          // children; `target` is the URL or "#anchor"
  footnote_ref,  // `target` is the footnote id, `number` its number
  line_break,    // a hard break inside a paragraph
  badge,         // a rating badge: children carry the word; `number`/`of` its place on the scale
  stars,         // `number` filled stars of `of`
};

// One inline node. `number`/`of` place a badge on its scale (1 = best; 0 = look the word up in
// the document's rating scale) or count stars.
struct Inline {
  InlineKind kind = InlineKind::text;
  std::string text;
  std::string target;
  int number = 0;
  int of = 0;
  std::vector<Inline> children;
};
using Inlines = std::vector<Inline>;

struct Block;
using Blocks = std::vector<Block>;

struct Paragraph {
  Inlines content;
};

struct Heading {
  int level = 1;  // 1-6
  Inlines content;
  std::string anchor;  // the GitHub-style anchor links use ("1.1 Staff" -> "11-staff")
};

struct List {
  bool ordered = false;
  int start = 1;
  bool tight = true;
  std::vector<Blocks> items;
};

// A block quote. `kind` is the call-out kind from a `quire:callout KIND` marker ("quote" when none).
struct Quote {
  std::string kind = "quote";
  Blocks content;
};

enum class Align { left, centre, right };

struct Table {
  std::vector<Align> columns;
  std::vector<std::vector<Inlines>> header;  // header rows (GFM has one)
  std::vector<std::vector<Inlines>> rows;
  bool plain = false;  // `quire:table plain`: no header styling or repeat, no rules
  std::vector<std::size_t> badge_columns;  // `quire:table badges=2`: 1-based columns whose
                                           // rating words are drawn as badges
};

// A bar chart made from a table that followed `quire:chart bar`: one category per row, one series
// per value column. The table's texts are kept for labels.
struct Chart {
  std::string category_title;              // the first header cell (the category axis)
  std::vector<std::string> series;         // value column headers (the value axis and legend)
  std::vector<Inlines> categories;         // first cell of each row
  std::vector<std::vector<double>> values; // [row][series]; NaN where a cell is empty
  std::vector<std::vector<std::string>> value_texts;  // as printed in the table ("65%")
  double maximum = 0;                      // the axis end: `max=` or the largest value
  std::string unit;                        // "%" when every value carried one
};

// One line of a contents list: a link to a heading, `level` 1 for the outermost entries.
struct ContentsEntry {
  int level = 1;
  Inlines title;
  std::string anchor;
};

struct Contents {
  std::vector<ContentsEntry> entries;
};

struct ThematicBreak {};
struct PageBreak {};

// Blocks between `quire:NAME` and `quire:end`: cover, inside-cover, back-cover, letterhead, numbered.
struct Region {
  std::string name;
  Blocks content;
};

using BlockBody = std::variant<Paragraph, Heading, List, Quote, Table, Chart, Contents, ThematicBreak, PageBreak, Region>;

struct Block {
  Block() = default;
  Block(BlockBody content, int at_line = 0, std::string in_language = {})
      : body(std::move(content)), line(at_line), language(std::move(in_language)) {}

  BlockBody body;
  int line = 0;  // 1-based line in the Markdown, for messages
  // BCP 47 tag of a block in another language than the document's (a draft's untranslated
  // passage, `quire:lang`); empty when it is in the document's language or its container's.
  std::string language;
};

struct Footnote {
  std::string id;
  int number = 0;  // in order of first citation
  Blocks content;
};

// What the PDF's document information, running heads and draft marks are made from.
struct Metadata {
  std::string title;     // `quire:title`, else the first level-1 heading
  std::string author;
  std::string subject;
  std::string keywords;
  std::string date;      // "YYYY-MM" or "YYYY-MM-DD"
  std::string language;  // BCP 47, e.g. "en-GB" or "cy"
  std::string header;    // running header text (defaults to the title)
  std::string footer;    // running footer text
  std::string watermark;     // `quire:watermark`: drawn across every page of a draft
  std::string draft_notice;  // `quire:draft-notice`: printed in every footer of a draft
  int chapter_level = 0;     // headings of this level start a page and name the running header
  std::vector<std::string> rating_scale;  // rating words, best first, for badge colours
  std::string chart_name;    // what a chart is called in the document's language ("Bar chart"), for its
                             // text alternative
  std::string stars_words;   // how stars read, "{{number}} of {{of}} stars", for their text alternative
};

struct Document {
  Metadata meta;
  Blocks blocks;
  std::vector<Footnote> footnotes;  // by number
};

}  // namespace quire::doc
