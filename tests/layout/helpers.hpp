// Shared by the layout tests: the shipped fonts, loaded once, and Markdown laid out in one call.
#pragma once

#include <string>
#include <vector>

#include "doc/doc.hpp"
#include "layout/layout.hpp"

namespace quire::test {

const layout::FontSet& fonts();
// Markdown (with markers) parsed and laid out; fails the test on a marker error.
layout::LaidOutDocument lay_out(const std::string& markdown, const std::vector<std::string>& scale = {});
// The document model of Markdown, as layout gets it.
doc::Document document_of(const std::string& markdown);
// Every example under examples/, rendered to Markdown by the pipeline: {name, markdown}.
std::vector<std::pair<std::string, std::string>> example_markdowns();

// Text items on a page, in drawing order.
std::vector<const layout::Item*> texts(const layout::Page& page, layout::Area area = layout::Area::body);
// The page (1-based) whose body first shows `text` as a whole text item, or 0.
int page_showing(const layout::LaidOutDocument& d, const std::string& text);
// The number of the first page with a text run holding `word` as one of its words (a line's words
// may be set as one run), 0 when none does.
int page_with_word(const layout::LaidOutDocument& d, const std::string& word);

}  // namespace quire::test
