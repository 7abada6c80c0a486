// The page around a report or a preview: doctype, head with the inline stylesheet, skip link.
// Internal to html/.
#pragma once

#include <string>

#include "doc/doc.hpp"
#include "html/escape.hpp"
#include "html/words.hpp"

namespace quire::html {

// Opens the page: `title` in the head, the document's information as meta tags, the stylesheet,
// and a skip link to #main.
void open_page(Out& out, const std::string& language, const std::string& title, const doc::Metadata* meta,
               const Words& words);
void close_page(Out& out);

}  // namespace quire::html
