#include "families/fji/model.hpp"

namespace quire {

const FjiThemeData* FjiReport::find_theme(int number) const {
  for (const auto& t : themes)
    if (t.number.value == number) return &t;
  return nullptr;
}

void collect_narrative(const FjiReport& r, std::vector<const MarkdownText*>& out) {
  out.push_back(&r.foreword);
  for (const auto& g : r.recommendations)
    for (const auto& a : g.actions) out.push_back(&a);
  for (const auto& t : r.themes) {
    if (t.overview) out.push_back(&*t.overview);
    if (t.moderation) out.push_back(&*t.moderation);
    for (const auto& k : t.key_findings) out.push_back(&k);
    for (const auto& s : t.explanation)
      for (const auto& b : s.blocks) {
        if (const auto* p = std::get_if<MarkdownText>(&b)) out.push_back(p);
        if (const auto* c = std::get_if<FjiCallout>(&b)) out.push_back(&c->text);
      }
    out.push_back(&t.summary);
  }
  out.push_back(&r.area_context);
  if (r.sample_note) out.push_back(&*r.sample_note);
}

// FJI reports cite footnotes from narrative only.
void collect_citations(const FjiReport& /*report*/, std::vector<Located<std::string>>& /*out*/) {}

void collect_owners(const FjiReport& report, std::vector<std::string>& out) {
  for (const auto& g : report.recommendations) out.push_back(g.owner.value);
}

}  // namespace quire
