// Cross-reference checks that need only the loaded data: footnotes, glossary ids, acronyms and raw HTML.
// (Link targets are checked on the parsed Markdown: pipeline/link_check.cpp.)
#include <algorithm>
#include <cctype>
#include <set>

#include "base/dispatch.hpp"
#include "base/text.hpp"
#include "load/load.hpp"
#include "load/markdown_scan.hpp"

namespace quire {

namespace {

// Where byte `offset` of a Markdown field sits in its source file.
SourcePos position_in(const MarkdownText& md, std::size_t offset) {
  const LineColumn lc = line_column_at(md.text, offset);
  return position_in(md, lc.line, lc.column);
}

}  // namespace

void check_footnotes(const Inspection& in, const std::vector<std::string>& builtin, Diagnostics& diags) {
  std::set<std::string> defined(builtin.begin(), builtin.end());
  for (const auto& f : in.footnotes) defined.insert(f.id);
  const std::vector<Located<std::string>> citations = footnote_citations(in);
  std::set<std::string> used;
  for (const auto& c : citations) {
    if (c.value.empty()) continue;
    used.insert(c.value);
    if (!defined.count(c.value))
      diags.error(c.pos, "undefined-footnote", "source '" + c.value + "' is not defined under 'footnotes'");
  }
  // A footnote written the Markdown way, "[^id]: text" in the narrative, is the one problem to
  // report: its references are not undefined as well.
  std::set<std::string> written_in_text;
  for (const MarkdownText* field : narrative_fields(in))
    for (const auto& [offset, id] : load_detail::footnote_definitions(field->text)) {
      written_in_text.insert(id);
      diags.error(position_in(*field, offset), "footnote-in-narrative",
                  "footnote [^" + id + "]'s text is written here, in the narrative; quire takes a footnote's text "
                  "from 'footnotes' at the top level of the file: move it there as \"" + id + ": ...\"" +
                      (defined.count(id) ? " (it is there already: delete this line)" : ""));
    }
  for (const MarkdownText* field : narrative_fields(in)) {
    for (const auto& [offset, id] : load_detail::footnote_references(field->text)) {
      used.insert(id);
      if (!defined.count(id) && !written_in_text.count(id))
        diags.error(position_in(*field, offset), "undefined-footnote",
                    "footnote [^" + id + "] is referenced but not defined under 'footnotes'");
    }
  }
  for (const auto& f : in.footnotes)
    if (!used.count(f.id))
      diags.warning(f.text.pos, "unused-footnote", "footnote '" + f.id + "' is defined but never referenced");
}

void check_glossary_selection(const Inspection& in, const Glossary& glossary, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& t : glossary.terms) ids.push_back(t.id);
  std::set<std::string> seen;
  for (const auto& id : in.glossary) {
    if (!seen.insert(id.value).second)
      diags.warning(id.pos, "duplicate-term", "glossary term '" + id.value + "' is selected twice");
    if (const GlossaryTerm* term = glossary.find(id.value)) {
      // "See also X" sends a reader to X: the report's glossary must hold it.
      for (const auto& other : term->see_also)
        if (std::none_of(in.glossary.begin(), in.glossary.end(), [&](const auto& g) { return g.value == other; }))
          diags.warning(id.pos, "see-also-missing",
                        "glossary term '" + id.value + "' says \"See also\" '" + other +
                            "', which the report's glossary lacks; add '" + other + "'");
      continue;
    }
    std::string message = "unknown glossary term '" + id.value + "' (not in data/glossary.yaml)";
    if (auto near = closest_match(id.value, ids)) message += "; did you mean '" + *near + "'?";
    diags.error(id.pos, "unknown-term", message);
  }
}

void check_raw_html(const Inspection& in, Diagnostics& diags) {
  for (const MarkdownText* field : narrative_fields(in))
    for (const auto& [offset, html] : load_detail::raw_html(field->text, 1))
      diags.error(position_in(*field, offset), "raw-html",
                  "raw HTML is not allowed in narrative ('" + html + "'); write Markdown, e.g. *italic*, "
                  "or, to print the '<' itself, write '\\<'");
}

namespace {

bool inside(const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t at) {
  for (const auto& [begin, end] : spans)
    if (at >= begin && at < end) return true;
  return false;
}

}  // namespace

void check_acronyms(const Inspection& in, const Glossary& glossary, Diagnostics& diags) {
  std::set<std::string> known(glossary.common_acronyms.begin(), glossary.common_acronyms.end());
  for (const auto& id : in.glossary)
    if (const GlossaryTerm* term = glossary.find(id.value)) known.insert(term->acronyms.begin(), term->acronyms.end());
  const auto fields = narrative_fields(in);
  for (const MarkdownText* field : fields)
    for (const auto& defined : load_detail::defined_acronyms(field->text)) known.insert(defined.text);
  std::vector<std::string> owners;  // recommendation owners spell out bodies: "... Health Board (ABMUHB)"
  dispatch(in.body, [&](const auto& report) { collect_owners(report, owners); });
  for (const auto& owner : owners)
    for (const auto& defined : load_detail::defined_acronyms(owner)) known.insert(defined.text);
  std::set<std::string> reported;
  for (const MarkdownText* field : fields) {
    // Italic spans name forms and publications ("*What do YOU think?*"): capitals there are not acronyms.
    const auto titles = load_detail::italic_spans(field->text);
    for (const auto& [offset, word] : load_detail::acronyms(field->text)) {
      if (inside(titles, offset)) continue;
      if (known.count(word) || known.count(word + "s") || !reported.insert(word).second) continue;
      diags.warning(position_in(*field, offset), "acronym-not-in-glossary",
                    "'" + word + "' is used but is neither in this report's glossary nor spelled out as '... (" +
                        word + ")'");
    }
  }
}

}  // namespace quire
