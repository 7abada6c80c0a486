// A glossary term the report lists but never uses: the glossary explains words of the report, so a
// term its text never says is an entry to remove (or a sign the text lost a word). Checked on the
// rendered Markdown, because fixed text (headings, boilerplate) uses terms as much as the data does.
// The family's standard glossary (data/glossary.yaml, family_lists) is left out of the check: the
// reference reports print it whole, terms their text never uses included (Western Bay's ETE,
// Rochdale's YRO), so an unused term there is the inspectorate's practice, not a slip.
#include "render_md/glossary_use.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "render_md/markdown_escape.hpp"

namespace quire {

namespace {

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Whether `word` starts a word of `text` somewhere; case-insensitive unless `exact_case`. Only the
// start is a boundary, so "Court disposal" is used by "court disposals". An acronym must also end
// where a word ends or with a plural "s" ("YOTs"), so "ASB" is not found in "ASBO".
bool uses(const std::string& text, const std::string& word, bool exact_case) {
  if (word.empty()) return false;
  const auto same = [&](char a, char b) { return exact_case ? a == b : lower(a) == lower(b); };
  for (auto it = text.begin();; ++it) {
    it = std::search(it, text.end(), word.begin(), word.end(), same);
    if (it == text.end()) return false;
    const std::size_t at = static_cast<std::size_t>(it - text.begin());
    if (at > 0 && is_word_byte(text[at - 1])) continue;
    if (!exact_case) return true;
    const std::size_t end = at + word.size();
    if (end == text.size() || !is_word_byte(text[end])) return true;
    if (text[end] == 's' && (end + 1 == text.size() || !is_word_byte(text[end + 1]))) return true;
  }
}

// The rendered report without its glossary's rows, which name every term they define.
std::string without_glossary_rows(const std::string& markdown, const std::set<std::string>& rows) {
  std::istringstream in(markdown);
  std::string out, line;
  while (std::getline(in, line))
    if (!rows.count(line)) out += line + '\n';
  return out;
}

// The glossary row the shared template prints for `w` (templates/shared/glossary.mustache).
std::string row_for(const GlossaryWording& w) {
  return "| " + markdown_for_table_cell(w.term) + " | " + markdown_for_table_cell(w.definition) + " |";
}

}  // namespace

void warn_unused_glossary_terms(const RenderInputs& in, const std::string& markdown, Diagnostics& diags) {
  const std::string family = family_name(in.inspection.family);
  const std::string& language = in.labels.language();
  std::set<std::string> rows;
  for (const auto& id : in.inspection.glossary)
    if (const GlossaryTerm* term = in.glossary.find(id.value))
      if (const auto w = in.glossary.wording_for(*term, family, language)) rows.insert(row_for(*w));
  const std::string text = without_glossary_rows(markdown, rows);
  const auto standard = in.glossary.family_lists.find(family);
  const auto is_standard = [&](const std::string& id) {
    return standard != in.glossary.family_lists.end() &&
           std::find(standard->second.begin(), standard->second.end(), id) != standard->second.end();
  };
  for (const auto& id : in.inspection.glossary) {
    const GlossaryTerm* term = in.glossary.find(id.value);
    if (!term || is_standard(id.value)) continue;  // an unknown id is reported by check_glossary_selection
    const auto english = in.glossary.wording_for(*term, family, "en");
    const auto here = in.glossary.wording_for(*term, family, language);
    bool used = (english && uses(text, english->term, false)) || (here && uses(text, here->term, false));
    for (const auto& acronym : term->acronyms) used = used || uses(text, acronym, true);
    if (used) continue;
    // One message for every edition, so validating both languages reports the term once.
    diags.warning(id.pos, "unused-glossary-term",
                  "glossary term '" + id.value + "'" + (english ? " (" + english->term + ")" : std::string()) +
                      " is listed but the report's text never uses it" +
                      (term->acronyms.empty() ? std::string() : " nor its acronyms") +
                      "; remove it from 'glossary', or list the spelling the text uses among its acronyms in "
                      "data/glossary.yaml");
  }
}

}  // namespace quire
