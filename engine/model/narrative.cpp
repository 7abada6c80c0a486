#include <utility>

#include "base/dispatch.hpp"
#include "model/inspection.hpp"

namespace quire {

void collect_narrative(const DomainRatedReport& r, std::vector<const MarkdownText*>& out) {
  out.insert(out.end(), {&r.foreword, &r.introduction, &r.methodology.organisational_delivery});
  for (const auto& g : r.recommendations)
    for (const auto& a : g.actions) out.push_back(&a);
  for (const auto& d : r.domains) {
    if (d.not_rated) out.push_back(&*d.not_rated);
    for (const auto& k : d.key_findings) out.push_back(&k);
    for (const auto& s : d.standards) {
      out.push_back(&s.narrative);
      if (s.discretion) out.push_back(&*s.discretion);
    }
    for (const auto& s : d.summary.strengths) out.push_back(&s);
    for (const auto& s : d.summary.improvements) out.push_back(&s);
  }
}

void collect_citations(const DomainRatedReport& r, std::vector<Located<std::string>>& out) {
  const KeyFacts& k = r.key_facts;
  out.insert(out.end(), {k.first_time_entrants.source, k.reoffending.source, k.caseload_source});
  out.insert(out.end(), k.population_sources.begin(), k.population_sources.end());
}

std::vector<Located<std::string>> footnote_citations(const Inspection& in) {
  std::vector<Located<std::string>> out;
  dispatch(in.body, [&](const auto& body) { collect_citations(body, out); });
  return out;
}

std::vector<const MarkdownText*> narrative_fields(const Inspection& in) {
  std::vector<const MarkdownText*> fields;
  dispatch(in.body, [&](const auto& body) { collect_narrative(body, fields); });
  for (const auto& f : in.footnotes) fields.push_back(&f.text);
  return fields;
}

std::vector<MarkdownText*> narrative_fields(Inspection& in) {
  // One list of fields, not a second to keep in step: `in` is not const, so neither are they.
  std::vector<MarkdownText*> fields;
  for (const MarkdownText* field : narrative_fields(std::as_const(in)))
    fields.push_back(const_cast<MarkdownText*>(field));
  return fields;
}

}  // namespace quire
