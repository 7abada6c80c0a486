// Cross-reference checks that need only the loaded data: footnotes and glossary ids.
#include <cctype>
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

namespace {

// Whether a link target is one a published report may carry.
bool allowed_link(const std::string& target) {
  if (target.empty() || target[0] == '#') return true;
  std::string lower;
  for (const char c : target) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0 || lower.rfind("mailto:", 0) == 0;
}

}  // namespace

void check_links(const Inspection& in, Diagnostics& diags) {
  // Inline links "[text](target)" and autolinks "<scheme:...>".
  static const std::regex inline_link(R"(\]\(\s*<?([^)\s>]*))");
  static const std::regex autolink(R"(<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\s]*)>)");
  for (const MarkdownText* field : narrative_fields(in)) {
    for (const std::regex* pattern : {&inline_link, &autolink}) {
      for (auto it = std::sregex_iterator(field->text.begin(), field->text.end(), *pattern);
           it != std::sregex_iterator(); ++it) {
        const std::string target = (*it)[1];
        if (allowed_link(target)) continue;
        diags.error(position_in(*field, static_cast<std::size_t>(it->position(1))), "link-not-allowed",
                    "link target '" + target + "' is not allowed; use http(s), mailto or an internal #anchor");
      }
    }
  }
}

void check_raw_html(const Inspection& in, Diagnostics& diags) {
  // An HTML tag, comment, declaration or processing instruction; autolinks (<https://...>) are links.
  static const std::regex tag(R"(<(/?[A-Za-z][A-Za-z0-9-]*(\s|/?>|$)|!--|![A-Za-z]|\?))");
  for (const MarkdownText* field : narrative_fields(in)) {
    std::smatch m;
    if (std::regex_search(field->text, m, tag))
      diags.error(position_in(*field, static_cast<std::size_t>(m.position(0))), "raw-html",
                  "raw HTML is not allowed in narrative ('" + m.str(0) + "'); write Markdown, e.g. *italic*");
  }
}

namespace {

// Italic spans name forms and publications ("*What do YOU think?*"): capitals there are not acronyms.
std::vector<std::pair<std::size_t, std::size_t>> italic_spans(const std::string& text) {
  static const std::regex italic(R"((^|[^*])\*([^*\n]+)\*)");
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), italic); it != std::sregex_iterator(); ++it)
    spans.emplace_back(static_cast<std::size_t>(it->position(2)), static_cast<std::size_t>(it->position(2) + it->length(2)));
  return spans;
}

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
  static const std::regex defined_inline(R"(\(([A-Z]{2,})s?\))");
  for (const MarkdownText* field : fields)
    for (auto it = std::sregex_iterator(field->text.begin(), field->text.end(), defined_inline);
         it != std::sregex_iterator(); ++it)
      known.insert((*it)[1]);
  std::vector<std::string> owners;  // recommendation owners spell out bodies: "... Health Board (ABMUHB)"
  if (const auto* d = std::get_if<DomainRatedReport>(&in.body))
    for (const auto& g : d->recommendations) owners.push_back(g.owner.value);
  if (const auto* f = std::get_if<FjiReport>(&in.body))
    for (const auto& g : f->recommendations) owners.push_back(g.owner.value);
  if (const auto* c = std::get_if<CciReport>(&in.body))
    for (const auto& r : c->recommendations) owners.push_back(r.owner.value);
  for (const auto& owner : owners)
    for (auto it = std::sregex_iterator(owner.begin(), owner.end(), defined_inline); it != std::sregex_iterator(); ++it)
      known.insert((*it)[1]);
  static const std::regex acronym(R"(\b([A-Z]{2,})s?\b)");
  std::set<std::string> reported;
  for (const MarkdownText* field : fields) {
    const auto titles = italic_spans(field->text);
    for (auto it = std::sregex_iterator(field->text.begin(), field->text.end(), acronym); it != std::sregex_iterator();
         ++it) {
      const std::string word = (*it)[1];
      if (inside(titles, static_cast<std::size_t>(it->position()))) continue;
      if (known.count(word) || known.count(word + "s") || !reported.insert(word).second) continue;
      diags.warning(position_in(*field, static_cast<std::size_t>(it->position())), "acronym-not-in-glossary",
                    "'" + word + "' is used but is neither in this report's glossary nor spelled out as '... (" +
                        word + ")'");
    }
  }
}

}  // namespace quire
