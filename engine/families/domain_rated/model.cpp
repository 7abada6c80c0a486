#include "families/domain_rated/model.hpp"

namespace quire {

const CaseSample* Methodology::find(const std::string& key) const {
  for (const auto& s : samples)
    if (s.key.value == key) return &s;
  return nullptr;
}

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

void collect_owners(const DomainRatedReport& report, std::vector<std::string>& out) {
  for (const auto& g : report.recommendations) out.push_back(g.owner.value);
}

}  // namespace quire
