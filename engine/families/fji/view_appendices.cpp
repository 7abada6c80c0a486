// The view of an FJI report's appendices: numbered headings, the Youth Justice Board indicators, the
// acknowledgements table, the fieldwork dates and the scoring approach table from the rules.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "families/fji/view.hpp"

namespace quire::render_detail {

namespace {

// Up to two decimals, as the indicators are published: 1.83, 35.8, 393.
std::string figure(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// Higher reoffending than England and Wales is worse, lower is better.
std::string reoffending_comparison(const ViewHelpers& h, const FjiComparedFigure& f) {
  const double difference = f.area.value - f.national.value;
  if (std::fabs(difference) < 1e-9) return h.label("fji.indicators.same");
  return h.label(difference > 0 ? "fji.indicators.worse" : "fji.indicators.better");
}

Data compared(const FjiComparedFigure& f) {
  Data d;
  d.set("area_value", figure(f.area.value));
  d.set("national_value", figure(f.national.value));
  return d;
}

Data cohort(const ViewHelpers& h, const FjiCohort& c) {
  Data d;
  d.set("from", h.in().labels.month_year(c.from.value.year, c.from.value.month));
  d.set("to", h.in().labels.month_year(c.to.value.year, c.to.value.month));
  return d;
}

std::string week(const ViewHelpers& h, const FjiFieldworkWeek& w) {
  const FjiDate& s = w.start.value;
  const FjiDate& e = w.end.value;
  const Catalogue& labels = h.in().labels;
  const bool same_month = s.year == e.year && s.month == e.month;
  return fill_label(h, same_month ? "fji.arrangements.week" : "fji.arrangements.week_across_months",
                    {{"start_day", std::to_string(s.day)},
                     {"end_day", std::to_string(e.day)},
                     {"start_month_year", labels.month_year(s.year, s.month)},
                     {"end_month_year", labels.month_year(e.year, e.month)}});
}

std::string stars(const ViewHelpers& h, int count) {
  const std::string star = h.label("fji.scoring.star");
  std::string out;
  for (int i = 0; i < count; ++i) out += star;
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> fji_appendix_headings(const ViewHelpers& h) {
  std::vector<std::pair<std::string, std::string>> headings;
  int number = 0;
  // No glossary appendix when the data selects no terms; the role appendix then takes its number.
  const bool glossary = !h.in().inspection.glossary.empty();
  for (const char* key :
       {"context", "case_sample", "acknowledgements", "arrangements", "scoring", "criteria", "glossary", "role"})
    if (std::string_view(key) != "glossary" || glossary)
      headings.emplace_back(key, fill_label(h, "fji.appendix.heading",
                                          {{"number", std::to_string(++number)},
                                           {"title", h.label(std::string("fji.appendix.") + key)}}));
  return headings;
}

Data fji_indicators(const ViewHelpers& h) {
  const FjiIndicators& ind = fji_report(h).indicators;
  Data d;
  Data proportion = compared(ind.reoffending_proportion);
  proportion.set("comparison", reoffending_comparison(h, ind.reoffending_proportion));
  Data frequency = compared(ind.reoffending_frequency);
  frequency.set("comparison", reoffending_comparison(h, ind.reoffending_frequency));
  d.set("proportion", proportion);
  d.set("frequency", frequency);
  d.set("reoffending_cohort", cohort(h, ind.reoffending_cohort));
  d.set("first_time_entrants", compared(ind.first_time_entrants));
  d.set("first_time_entrants_cohort", cohort(h, ind.first_time_entrants_cohort));
  d.set("custody", compared(ind.custody));
  d.set("custody_cohort", cohort(h, ind.custody_cohort));
  return d;
}

Data fji_acknowledgements(const ViewHelpers& h) {
  Data rows{Data::type::list};
  for (const auto& a : fji_report(h).acknowledgements) {
    bool first = true;
    for (const auto& p : a.people) {
      Data row;
      row.set("role", first ? a.role : std::string());
      row.set("names", p.name + ", " + p.organisation);
      rows.push_back(row);
      first = false;
    }
  }
  return rows;
}

std::string fji_fieldwork(const ViewHelpers& h) {
  std::vector<std::string> weeks;
  for (const auto& w : fji_report(h).fieldwork) weeks.push_back(week(h, w));
  return h.in().labels.join_and(weeks);
}

Data fji_scoring_rows(const ViewHelpers& h) {
  const FjiRules& rules = fji_run(h).rules;
  // Every row's stars are drawn on the same scale: the most any descriptor gets.
  int star_scale = 0;
  for (const auto& [descriptor, count] : rules.stars) star_scale = std::max(star_scale, count);
  Data rows{Data::type::list};
  for (std::size_t i = 0; i < rules.bands.size(); ++i) {
    const FjiBand& band = rules.bands[i];
    std::string range;
    if (i == 0)
      range = fill_label(h, "fji.scoring.range_top", {{"min", std::to_string(band.min_percent)}});
    else if (band.min_percent == 0)
      range = fill_label(h, "fji.scoring.range_bottom", {{"below", std::to_string(rules.bands[i - 1].min_percent)}});
    else
      range = fill_label(h, "fji.scoring.range", {{"min", std::to_string(band.min_percent)},
                                                  {"max", std::to_string(rules.bands[i - 1].min_percent - 1)}});
    Data row;
    row.set("range", range);
    row.set("descriptor", h.label("fji.descriptor." + band.descriptor + ".word"));
    const int star_count = fji_stars_for(band.descriptor, rules);
    row.set("stars", stars(h, star_count));
    row.set("star_count", std::to_string(star_count));
    row.set("star_scale", std::to_string(star_scale));
    rows.push_back(row);
  }
  return rows;
}

}  // namespace quire::render_detail
