// What the PDF tests read PDFs with: poppler's pdftotext and pdffonts, qpdf and jq, run as
// commands; text normalised so layout (line breaks, hyphens, spacing) does not matter.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "doc/doc.hpp"

namespace quire::test {

struct Output {
  int exit_code = -1;
  std::string out;
};
// Runs a shell command, capturing its standard output (standard error is discarded).
Output run(const std::string& command);
// 'path', quoted for the shell.
std::string quoted(const std::filesystem::path& path);

// Lower-case letters and digits only (letters outside ASCII kept as they are, punctuation and
// spaces dropped), so text compares whatever the line breaks and spacing.
std::string normalise(const std::string& text);

// pdftotext of pages [first, last] (0 = all), cropped to the text area of an A4 page (no running
// header or footer), or the whole page with `layout` (columns kept on their lines).
std::string pdf_text(const std::filesystem::path& pdf, int first = 0, int last = 0, bool layout = false);

// One element of a tagged PDF's structure tree, as `pdfinfo -struct-text` prints it.
struct StructElem {
  std::string tag;                     // "P", "H2", "TH"
  std::vector<std::string> attributes; // "/Scope /Column"
  std::string text;                    // its text and its descendants', in reading order
  std::string text_outside_notes;      // the same without the text of footnotes (Note elements)
  std::size_t parent = 0;
  int objects = 0;                     // annotations (OBJR) among its kids
};
// The structure tree in reading order (depth first); [0] stands for the StructTreeRoot.
std::vector<StructElem> struct_tree(const std::filesystem::path& pdf);

// A rendered example: its PDF and the Markdown it was made from.
struct Rendered {
  std::string name;
  std::filesystem::path pdf;
  std::string markdown;
};
// The document model of Markdown, as the PDF was laid out from it (diagnostics set aside).
doc::Document document_of(const std::string& markdown);
// Every example under examples/, rendered once by the quire binary for the whole test program.
const std::vector<Rendered>& rendered_examples();
// A folder that lives as long as the test program.
const std::filesystem::path& scratch();

}  // namespace quire::test
