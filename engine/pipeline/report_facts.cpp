#include "pipeline/report_facts.hpp"

#include <cstdio>

#include "families/registry.hpp"

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
  return Families::visit(run, [&](const auto* entry, const auto& r) {
    return std::remove_cvref_t<decltype(*entry)>::rating_words(r, labels);
  });
}

std::string publication_date(const Inspection& in) {
  return Families::visit(in.body, [](const auto* entry, const auto& r) {
    return std::remove_cvref_t<decltype(*entry)>::published(r);
  });
}

std::vector<std::string> DomainRatedFamily::rating_words(const Run& run, const Catalogue& labels) {
  return words(run.rules.scale, labels, "rating.");
}
std::vector<std::string> FjiFamily::rating_words(const Run& run, const Catalogue& labels) {
  return words(run.rules.scale, labels, "fji.descriptor.", ".word");
}
std::vector<std::string> SqsFamily::rating_words(const Run&, const Catalogue&) { return {}; }
std::vector<std::string> CciFamily::rating_words(const Run& run, const Catalogue& labels) {
  return words(comment_keys(run.rules), labels, "cci.comment.");
}

std::string DomainRatedFamily::published(const Report& r) {
  return year_month(r.report.published.value.year, r.report.published.value.month);
}
std::string FjiFamily::published(const Report& r) {
  return year_month(r.report.published.value.year, r.report.published.value.month);
}
std::string CciFamily::published(const Report& r) {
  return year_month(r.report.published.value.year, r.report.published.value.month);
}
std::string SqsFamily::published(const Report& r) {
  const CalendarDate& d = r.letter.published.value;
  return year_month(d.year, d.month, d.day);
}

}  // namespace quire
