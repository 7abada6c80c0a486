#include "families/cci/model.hpp"

namespace quire {

const SectionData* CciReport::find_section(int number) const {
  for (const auto& s : sections)
    if (s.number.value == number) return &s;
  return nullptr;
}

const CriterionData* CciReport::find_criterion(const std::string& number) const {
  for (const auto& s : sections)
    for (const auto& c : s.criteria)
      if (c.number.value == number) return &c;
  return nullptr;
}

void collect_narrative(const CciReport& r, std::vector<const MarkdownText*>& out) {
  out.push_back(&r.foreword);
  for (const auto& rec : r.recommendations) out.push_back(&rec.text);
  if (r.next_steps) out.push_back(&*r.next_steps);
  for (const auto& e : r.practice_examples) out.push_back(&e.text);
  for (const QuestionnaireGroup* g : {&r.young_people, &r.victims})
    for (const auto& f : g->findings) out.push_back(&f);
  for (const auto& s : r.sections) {
    for (const auto& c : s.criteria) {
      for (const auto& t : c.strengths) out.push_back(&t);
      for (const auto& t : c.improvements) out.push_back(&t);
    }
    out.push_back(&s.commentary);
  }
  out.insert(out.end(), {&r.context.area, &r.context.service});
  if (r.arrangements.note) out.push_back(&*r.arrangements.note);
  if (r.arrangements.sample_note) out.push_back(&*r.arrangements.sample_note);
  if (r.case_characteristics) out.push_back(&*r.case_characteristics);
}

// CCI reports cite footnotes from narrative only.
void collect_citations(const CciReport& /*report*/, std::vector<Located<std::string>>& /*out*/) {}

void collect_owners(const CciReport& report, std::vector<std::string>& out) {
  for (const auto& r : report.recommendations) out.push_back(r.owner.value);
}

}  // namespace quire
