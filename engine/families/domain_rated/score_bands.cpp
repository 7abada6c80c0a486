#include "families/domain_rated/score.hpp"

namespace quire {

std::string band_for(const Fraction& score, const std::vector<Band>& bands) {
  for (const auto& band : bands)
    if (at_least_percent(score, band.minimum)) return band.rating;
  return bands.empty() ? std::string() : bands.back().rating;
}

std::string band_for(int value, const std::vector<Band>& bands) {
  for (const auto& band : bands)
    if (value >= band.minimum) return band.rating;
  return bands.empty() ? std::string() : bands.back().rating;
}

const KeyQuestionScore* StandardScore::find(const std::string& id) const {
  for (const auto& k : key_questions)
    if (k.id == id) return &k;
  return nullptr;
}

const StandardScore* DomainScores::find(const std::string& number) const {
  for (const auto& s : standards)
    if (s.number == number) return &s;
  return nullptr;
}

const NotRatedDomain* DomainScores::not_rated_domain(int number) const {
  for (const auto& d : not_rated)
    if (d.number == number) return &d;
  return nullptr;
}

int DomainScores::cases_for_domain(int number) const {
  int cases = 0;
  for (const auto& s : samples)
    if (s.domain == number) cases += s.cases;
  return cases;
}

}  // namespace quire
