// Building small documents for the HTML writer's tests, and reading what it wrote.
#pragma once

#include <string>

#include "doc/doc.hpp"
#include "html/html.hpp"
#include "i18n/catalogue.hpp"

namespace quire::test {

doc::Inline text(const std::string& t);
doc::Inline wrap(doc::InlineKind kind, doc::Inlines children);
doc::Block paragraph(doc::Inlines content);
doc::Block heading(int level, const std::string& title, const std::string& anchor);

// The English catalogue from data/i18n/en.yaml, loaded once.
const Catalogue& english();
// The Welsh catalogue, data/i18n/cy.yaml.
const Catalogue& welsh();
// Writer options for English, with the catalogue.
html::Options options();
// `document` as a page.
std::string page(const doc::Document& document, const html::Options& o = options());
// How many times `needle` occurs in `text`.
std::size_t count(const std::string& text, const std::string& needle);

}  // namespace quire::test
