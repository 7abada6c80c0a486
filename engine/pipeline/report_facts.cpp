#include "pipeline/report_facts.hpp"

#include <cstdio>

namespace quire {

namespace {

// The labels under `prefix` + key + `suffix` for each key, leaving out any the catalogue lacks
// (the template check reports those).
std::vector<std::string> words(const std::vector<std::string>& keys, const Catalogue& labels, const std::string& prefix,
                               const std::string& suffix = "") {
  std::vector<std::string> out;
  for (const auto& key : keys)
    if (const Label* label = labels.find(prefix + key + suffix)) out.push_back(label->text);
  return out;
}

std::vector<std::string> comment_keys(const CciRules& rules) {
  std::vector<std::string> keys;
  for (const auto& band : rules.comments) keys.push_back(band.comment);  // highest score, least to improve, first
  return keys;
}

std::string year_month(int year, int month, int day = 0) {
  char buf[40];
  if (day > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

}  // namespace

std::vector<std::string> rating_scale_words(const FamilyRun& run, const Catalogue& labels) {
  if (const auto* domain = std::get_if<DomainRun>(&run)) return words(domain->rules.scale, labels, "rating.");
  if (const auto* fji = std::get_if<FjiRun>(&run)) return words(fji->rules.scale, labels, "fji.descriptor.", ".word");
  if (const auto* cci = std::get_if<CciRun>(&run)) return words(comment_keys(cci->rules), labels, "cci.comment.");
  return {};
}

std::string publication_date(const Inspection& in) {
  if (const auto* r = std::get_if<DomainRatedReport>(&in.body))
    return year_month(r->report.published.value.year, r->report.published.value.month);
  if (const auto* r = std::get_if<FjiReport>(&in.body))
    return year_month(r->report.published.value.year, r->report.published.value.month);
  if (const auto* r = std::get_if<CciReport>(&in.body))
    return year_month(r->report.published.value.year, r->report.published.value.month);
  if (const auto* r = std::get_if<SqsLetter>(&in.body)) {
    const CalendarDate& d = r->letter.published.value;
    return year_month(d.year, d.month, d.day);
  }
  return {};
}

}  // namespace quire
