#include "pipeline/report_facts.hpp"

#include <cstdio>

#include "families/registry.hpp"

namespace quire {

std::vector<std::string> label_words(const std::vector<std::string>& keys, const Catalogue& labels,
                                     const std::string& prefix, const std::string& suffix) {
  std::vector<std::string> out;
  for (const auto& key : keys)
    if (const Label* label = labels.find(prefix + key + suffix)) out.push_back(label->text);
  return out;
}

std::string year_month(int year, int month, int day) {
  char buf[40];
  if (day > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::vector<std::string> rating_scale_words(const FamilyRun& run, const Catalogue& labels) {
  return Families::visit(run, [&](const auto* entry, const auto& r) { return EntryOf<decltype(entry)>::rating_words(r, labels); });
}

std::string publication_date(const Inspection& in) {
  return Families::visit(in.body, [](const auto* entry, const auto& r) { return EntryOf<decltype(entry)>::published(r); });
}

}  // namespace quire
