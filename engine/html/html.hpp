// html/: the document model -> one self-contained, accessible HTML page (WCAG 2.1 AA in mind):
// landmarks, ordered headings with anchors, a contents list, tables with header scopes, footnotes
// with back-links, charts as inline SVG with a text alternative made from their data, rating
// badges that carry their word, and a print stylesheet. Written from the same document as the PDF,
// never from its pages. This folder is the only place HTML is escaped (escape.hpp); fixed words
// come from the label catalogue.
#pragma once

#include <string>
#include <vector>

#include "doc/doc.hpp"
#include "i18n/catalogue.hpp"

namespace quire::html {

struct Options {
  const Catalogue* labels = nullptr;  // the report language's catalogue (html.* and common.* keys)
  std::string language = "en-GB";    // BCP 47, for <html lang>
  bool draft = false;                 // show a draft banner
};

// One language's report on a page holding several.
struct Edition {
  const doc::Document* document = nullptr;
  Options options;  // its own catalogue and language
};

// The label keys the writer uses, so the pipeline can report a catalogue that lacks one before
// anything is written.
const std::vector<std::string>& required_labels();

// The report as one HTML page: inline CSS, inline SVG, no external resource, no script.
std::string write_html(const doc::Document& document, const Options& options);

// The report in several languages on one page, in the order given (a bilingual edition): one h1
// naming it in each language, a switch between the languages, then each edition in an <article>
// with its own `lang`, cover, contents and notes, its headings one level below the h1 and its ids
// behind its language ("cy-foreword", "en-fn-1") so that none is repeated. The page's language,
// title, skip link and metadata are the first edition's.
std::string write_editions_html(const std::vector<Edition>& editions);

}  // namespace quire::html
