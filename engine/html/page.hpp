// The page around a report or a preview: doctype, head with the inline stylesheet, skip link.
// Internal to html/.
#pragma once

#include <string>
#include <vector>

#include "doc/doc.hpp"
#include "html/html.hpp"
#include "html/escape.hpp"
#include "html/words.hpp"

namespace quire::html {

// Opens the page: `title` in the head, the document's information as meta tags, the stylesheet,
// and a skip link to #main.
void open_page(Out& out, const std::string& language, const std::string& title, const doc::Metadata* meta,
               const Words& words);
void close_page(Out& out);

// The editions' titles, "Adroddiad / Report", for the page's <title>.
std::string editions_title(const std::vector<Edition>& editions);
// Several editions of a report on one page (editions.cpp): the banner with the h1 and the
// language switch, then <main> holding each edition in its <article>.
void write_editions(Out& out, const std::vector<Edition>& editions);

}  // namespace quire::html
