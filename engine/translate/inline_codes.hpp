// Markdown's inline structure as protected codes, the way translation tools expect it: emphasis
// and link text become paired codes around words the translator translates; footnote references,
// code spans and link targets become codes the translator moves but cannot edit.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace quire::translate {

// One protected piece of Markdown: `open` (and `close`, for a pair) as the English wrote it.
struct InlineCode {
  std::string open;
  std::string close;   // empty for a standalone code
  std::string ctype;   // XLIFF 1.2's ctype: "italic", "bold", "link", "x-footnote", "x-code"
  bool paired() const { return !close.empty(); }
};

// A run of text, or a code's opening, closing or standalone place.
struct Piece {
  enum class Kind { text, open, close, standalone };
  Kind kind = Kind::text;
  std::string text;  // for text
  int id = 0;        // for codes, numbered from 1 in order of opening
};

// Text split into pieces, with the code each id stands for.
struct CodedText {
  std::vector<Piece> pieces;
  std::map<int, InlineCode> codes;
};

// Splits Markdown into text and codes. Plain text (a name, a role) comes back as one text piece.
CodedText encode_inline(std::string_view markdown);
// Splits a translation so that each of its codes carries the id of the English code it matches
// (the same Markdown); a code the English lacks stays text.
CodedText encode_matching(std::string_view text, const CodedText& english);

// A translator reads and writes the text between codes as plain text: "&", "<" and "*" are
// characters, not Markdown. `plain_text` gives the text of a piece of Markdown between codes as a
// translator sees it (the escapes "\\*" "\\_" "\\[" ... and the entities &amp; &lt; &gt; &quot;
// resolved); `markdown_text` writes a translator's text back as Markdown that prints it as typed
// (those characters escaped; a "*" opening a list item and other backslashes kept).
// markdown_text(plain_text(t)) prints as t prints.
std::string plain_text(std::string_view markdown);
std::string markdown_text(std::string_view plain, bool at_line_start);

}  // namespace quire::translate
