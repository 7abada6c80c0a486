// Hand-written scanners for the few shapes the reference checks look for in narrative Markdown.
// They replace std::regex, whose backtracking made the checks the slowest stage of a large report;
// each runs in one pass over the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace quire::load_detail {

struct TextMatch {
  std::size_t offset;  // where the captured text starts
  std::string text;    // the captured text
};

// Footnote references "[^id]" (id without spaces or "]"): the ids, at the offset of the "[".
// Neither a definition (below) nor one escaped ("\\[^id]") or in a code span is a reference.
std::vector<TextMatch> footnote_references(std::string_view text);

// Footnote definitions "[^id]: text" at the start of a line, as Markdown writes them; quire takes a
// footnote's text from the inspection's `footnotes`, so one in the narrative is a mistake to report.
std::vector<TextMatch> footnote_definitions(std::string_view text);

// The first raw HTML: a tag "<a ...>", "</a>", "<br/>", a comment "<!--", a declaration "<!X" or a
// processing instruction "<?". Autolinks ("<https://...>") are not HTML, nor is a "<" that Markdown
// reads as text: escaped ("\\<b>") or in a code span ("`<b>`").
std::vector<TextMatch> raw_html(std::string_view text, std::size_t at_most);

// Acronyms spelled out inline, "... Board (ABC)" or "(ACEs)": the capitals, without the plural s.
std::vector<TextMatch> defined_acronyms(std::string_view text);

// Words of two or more capitals, optionally followed by a plural "s": the capitals.
std::vector<TextMatch> acronyms(std::string_view text);

// The insides of single-asterisk italic spans, "*like this*", as [begin, end) offsets.
std::vector<std::pair<std::size_t, std::size_t>> italic_spans(std::string_view text);

}  // namespace quire::load_detail
