// Cross-reference checks that need only the loaded data: footnotes and glossary ids.
#include <regex>
#include <set>

#include "base/text.hpp"
#include "load/load.hpp"

namespace quire {

namespace {

// Where byte `offset` of a Markdown field sits in its source file.
SourcePos position_in(const MarkdownText& md, std::size_t offset) {
  const LineColumn lc = line_column_at(md.text, offset);
  SourcePos pos = md.pos;
  if (md.block) {
    pos.line += lc.line - 1;
    pos.column += lc.column - 1;
  } else if (lc.line == 1) {
    pos.column += lc.column - 1;
  }
  return pos;
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
  static const std::regex reference(R"(\[\^([^\]\s]+)\])");
  for (const MarkdownText* field : narrative_fields(in)) {
    for (auto it = std::sregex_iterator(field->text.begin(), field->text.end(), reference); it != std::sregex_iterator();
         ++it) {
      const std::string id = (*it)[1];
      used.insert(id);
      if (!defined.count(id))
        diags.error(position_in(*field, static_cast<std::size_t>(it->position())), "undefined-footnote",
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
    if (glossary.find(id.value)) continue;
    std::string message = "unknown glossary term '" + id.value + "' (not in data/glossary.yaml)";
    if (auto near = closest_match(id.value, ids)) message += "; did you mean '" + *near + "'?";
    diags.error(id.pos, "unknown-term", message);
  }
}

void check_acronyms(const Inspection& in, const Glossary& glossary, Diagnostics& diags) {
  std::set<std::string> known(glossary.common_acronyms.begin(), glossary.common_acronyms.end());
  for (const auto& id : in.glossary)
    if (const GlossaryTerm* term = glossary.find(id.value)) known.insert(term->acronyms.begin(), term->acronyms.end());
  const auto fields = narrative_fields(in);
  static const std::regex defined_inline(R"(\(([A-Z]{2,})s?\))");
  for (const MarkdownText* field : fields)
    for (auto it = std::sregex_iterator(field->text.begin(), field->text.end(), defined_inline);
         it != std::sregex_iterator(); ++it)
      known.insert((*it)[1]);
  std::vector<std::string> owners;  // recommendation owners spell out bodies: "... Health Board (ABMUHB)"
  if (const auto* d = std::get_if<DomainRatedReport>(&in.body))
    for (const auto& g : d->recommendations) owners.push_back(g.owner.value);
  for (const auto& owner : owners)
    for (auto it = std::sregex_iterator(owner.begin(), owner.end(), defined_inline); it != std::sregex_iterator(); ++it)
      known.insert((*it)[1]);
  static const std::regex acronym(R"(\b([A-Z]{2,})s?\b)");
  std::set<std::string> reported;
  for (const MarkdownText* field : fields) {
    for (auto it = std::sregex_iterator(field->text.begin(), field->text.end(), acronym); it != std::sregex_iterator();
         ++it) {
      const std::string word = (*it)[1];
      if (known.count(word) || known.count(word + "s") || !reported.insert(word).second) continue;
      diags.warning(position_in(*field, static_cast<std::size_t>(it->position())), "acronym-not-in-glossary",
                    "'" + word + "' is used but is neither in this report's glossary nor spelled out as '... (" +
                        word + ")'");
    }
  }
}

}  // namespace quire
