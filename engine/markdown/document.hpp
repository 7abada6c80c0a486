// Markdown -> quire's document model (doc/), for layout and every other writer.
//
// Page-structure markers, for template authors. Each is an HTML comment, invisible where the
// Markdown is shown. A marker on a line of its own is a block marker; one inside a line (a table
// cell, a paragraph) is an inline marker.
//
//   Regions, closed by <!-- quire:end -->:
//     <!-- quire:cover -->         the cover page: its level-1 heading is the title on the panel
//     <!-- quire:inside-cover -->  the page after the cover, set small at the foot of the page
//     <!-- quire:back-cover -->    the last page
//     <!-- quire:letterhead -->    a letter's letterhead at the top of its first page (no cover)
//     <!-- quire:numbered -->      numbered paragraphs: each paragraph's first word ("1.1") hangs
//   Applying to the next block:
//     <!-- quire:contents -->      the next list (of links to headings) is the contents: dot leaders
//                                  and page numbers are added
//     <!-- quire:chart bar [max=N] -->  the next table is drawn as a bar chart: first column the
//                                  categories, each further column a series of numbers ("65%")
//     <!-- quire:callout KIND -->  the next block quote is a call-out of KIND (quote, example,
//                                  case, comment)
//     <!-- quire:table plain -->   the next table has no header styling and no rules (address blocks)
//     <!-- quire:rating [N/M] -->  the next paragraph's first bold text is a rating badge
//   Standing alone:
//     <!-- quire:page-break -->    start a new page
//   Inline:
//     <!-- quire:rating [N/M] -->**Good**  the bold text after it is a rating badge; N/M places it
//                                  on its scale (1 = best); without it, the word is looked up in
//                                  the rating scale the pipeline supplies
//     <!-- quire:stars N/M -->     N filled stars of M, drawn; star characters (★ ☆) right after
//                                  it are the Markdown's own rendering of them and are dropped
//     <!-- quire:lang TAG lines=N -->  the text from here to the end of the N lines starting with
//                                  this one is in language TAG (BCP 47): the block the marker
//                                  starts (after at most an emphasis, a draft's "[untranslated]")
//                                  and every block starting on the following N-1 lines carry it
//   Document information (each takes the rest of the comment as its value):
//     quire:title, quire:author, quire:subject, quire:keywords, quire:date (YYYY-MM or YYYY-MM-DD),
//     quire:header (running header), quire:footer (running footer), quire:chapter-level N (headings
//     of level N start a page and name the running header), quire:watermark WORD and
//     quire:draft-notice TEXT (a draft's diagonal mark and footer notice).
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.hpp"
#include "doc/doc.hpp"

namespace quire {

// Parses Markdown (GFM tables and footnotes) with its markers into the document model. A marker
// used wrongly (unknown, unclosed, not followed by what it applies to) is an error in `diags` at
// its line in `source_name`.
doc::Document parse_document(std::string_view markdown, Diagnostics& diags,
                             const std::string& source_name = "<rendered report>");

}  // namespace quire
