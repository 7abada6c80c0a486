// The foreword's table: the lowest, highest and average headline scores of the programme's
// inspections so far (Wales and the English regions), computed from the programme file.
#include <algorithm>

#include "base/text.hpp"
#include "families/cci/score.hpp"

namespace quire {

namespace {

int month_index(const YearMonth& ym) { return ym.year * 12 + ym.month - 1; }

bool in_scope(const ProgrammeInspection& e, const YearMonth& report, const std::string& scope) {
  const int entry = month_index(e.published.value), own = month_index(report);
  return scope == "published_up_to" ? entry <= own : entry < own;
}

// Every entry carries exactly the rules' headlines, as whole percentages.
bool check_entry(const ProgrammeInspection& e, const CciRules& rules, Diagnostics& diags) {
  bool ok = true;
  for (const auto& [key, value] : e.scores)
    if (!rules.find_headline(key)) {
      std::string message = "unknown headline '" + key + "' in the programme";
      if (auto near = closest_match(key, rules.headline_keys())) message += "; did you mean '" + *near + "'?";
      diags.error(value.pos, "unknown-headline", message);
      ok = false;
    }
  for (const auto& h : rules.headlines)
    if (!e.scores.count(h.key)) {
      diags.error(e.pos, "missing-score", "the programme's inspection of " + e.area.value + " lacks its '" + h.key + "' score");
      ok = false;
    }
  return ok;
}

// The programme may list this inspection too (for later reports): its figures must be ours.
void check_own_entry(const ProgrammeInspection& e, const CciReport& report, const std::vector<CciScore>& headlines,
                     Diagnostics& diags) {
  if (e.area.value != report.report.area || month_index(e.published.value) != month_index(report.report.published.value))
    return;
  for (const auto& h : headlines) {
    const auto it = e.scores.find(h.id);
    if (it != e.scores.end() && it->second.value != h.percent)
      diags.error(it->second.pos, "programme-differs",
                  "the programme gives " + report.report.area + "'s " + h.id + " score as " +
                      std::to_string(it->second.value) + "%, but this inspection's score is " +
                      std::to_string(h.percent) + "%");
  }
}

ComparisonRow row_for(const std::string& key, const std::vector<const ProgrammeInspection*>& entries) {
  ComparisonRow row;
  row.headline = key;
  std::int64_t sum = 0;
  const ProgrammeInspection* low = nullptr;
  const ProgrammeInspection* high = nullptr;
  for (const ProgrammeInspection* e : entries) {
    const int v = e->scores.at(key).value;
    sum += v;
    if (!low || v < low->scores.at(key).value) low = e;
    if (!high || v > high->scores.at(key).value) high = e;
  }
  row.lowest = low->scores.at(key).value;
  row.highest = high->scores.at(key).value;
  row.lowest_area = low->area.value;
  row.highest_area = high->area.value;
  row.average = Fraction{sum, 100 * static_cast<std::int64_t>(entries.size())};
  return row;
}

}  // namespace

std::optional<CciComparison> compare_with_programme(const CciReport& report, const CciRules& rules,
                                                    const std::vector<CciScore>& headlines, Diagnostics& diags) {
  if (!report.programme) return std::nullopt;
  const ProgrammeData& p = *report.programme;
  std::vector<const ProgrammeInspection*> earlier;
  bool complete = true;
  for (const auto& e : p.inspections) {
    complete = check_entry(e, rules, diags) && complete;
    check_own_entry(e, report, headlines, diags);
    if (in_scope(e, report.report.published.value, rules.comparison.scope)) earlier.push_back(&e);
  }
  if (!complete) return std::nullopt;
  if (earlier.empty()) {
    diags.warning(p.file.pos, "no-earlier-inspections",
                  "the programme holds no inspection " +
                      std::string(rules.comparison.scope == "published_up_to" ? "published up to" : "published before") +
                      " this report; the foreword's comparison table is left out");
    return std::nullopt;
  }
  CciComparison c;
  c.programme = p.name;
  c.source = p.source;
  c.file = p.file.value;
  c.inspections = static_cast<int>(earlier.size());
  for (const ProgrammeInspection* e : earlier) (e->country == "wales" ? c.wales : c.england) += 1;
  for (const auto& h : rules.headlines) c.rows.push_back(row_for(h.key, earlier));
  return c;
}

}  // namespace quire
