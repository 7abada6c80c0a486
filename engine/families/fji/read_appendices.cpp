// Readers for an FJI report's appendices: the Youth Justice Board indicators, the acknowledgements
// table and the fieldwork dates.
#include <cctype>

#include "families/fji/read.hpp"
#include "load/key_check.hpp"

namespace quire::load_detail {

namespace {

// A figure that counts something: a finite number, never negative.
std::optional<Located<double>> count_of(YamlReader& r, const YamlNode& node, const std::string& what) {
  auto value = r.number_of(node, what);
  if (value && value->value < 0) {
    r.error(node, "out-of-range", what + " cannot be negative, found " + node.Scalar());
    return std::nullopt;
  }
  return value;
}

// {area: N, national: N} (percentages when `percent`).
// `table`: the key table's map, "compared" or "compared_with_cohort".
FjiComparedFigure read_compared(YamlReader& r, const YamlNode& node, const std::string& what, bool percent,
                                std::string_view table = "compared") {
  FjiComparedFigure figure;
  if (!check_keys(r, node, "'" + what + "'", "fji", table)) return figure;
  for (const auto& [key, out] : {std::pair{"area", &figure.area}, std::pair{"national", &figure.national}}) {
    if (!node[key]) continue;
    const std::string name = what + "." + key;
    if (auto v = percent ? r.percent_of(node[key], name) : count_of(r, node[key], name)) *out = *v;
  }
  return figure;
}

// {from: YYYY-MM, to: YYYY-MM}, the months a cohort's figures cover.
FjiCohort read_cohort(YamlReader& r, const YamlNode& map) {
  FjiCohort cohort;
  const YamlNode node = map["cohort"];
  if (!node.IsDefined() || !check_keys(r, node, "'cohort'", "fji", "cohort")) return cohort;
  const auto from = r.year_month(node, "from");
  const auto to = r.year_month(node, "to");
  if (from) cohort.from = *from;
  if (to) cohort.to = *to;
  if (from && to && from->value.year * 12 + from->value.month > to->value.year * 12 + to->value.month)
    r.error_at(to->pos, "bad-date-range", "a cohort must end ('to') no earlier than it starts ('from')");
  return cohort;
}

bool digits(const std::string& s, std::size_t from, std::size_t count) {
  for (std::size_t i = from; i < from + count; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

int ordinal(const FjiDate& d) { return (d.year * 12 + d.month) * 31 + d.day; }

}  // namespace

std::optional<Located<FjiDate>> read_fji_date(YamlReader& r, const YamlNode& map, const std::string& key) {
  auto value = r.text(map, key);
  if (!value) return std::nullopt;
  const std::string& s = value->value;
  const bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(s, 0, 4) && digits(s, 5, 2) &&
                     digits(s, 8, 2);
  FjiDate d;
  if (shape) d = FjiDate{std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2))};
  if (!shape || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) {
    r.error_at(value->pos, "bad-date", "expected a date as YYYY-MM-DD for '" + key + "', found '" + s + "'");
    return std::nullopt;
  }
  return Located<FjiDate>{d, value->pos};
}

FjiIndicators read_fji_indicators(YamlReader& r, const YamlNode& node) {
  FjiIndicators ind;
  if (!check_keys(r, node, "'indicators'", "fji", "indicators")) return ind;
  if (const YamlNode reo = node["reoffending"]; reo && check_keys(r, reo, "'reoffending'", "fji", "reoffending")) {
    if (reo["proportion"]) ind.reoffending_proportion = read_compared(r, reo["proportion"], "proportion", true);
    if (reo["frequency"]) ind.reoffending_frequency = read_compared(r, reo["frequency"], "frequency", false);
    ind.reoffending_cohort = read_cohort(r, reo);
  }
  if (const YamlNode fte = node["first_time_entrants"]) {
    ind.first_time_entrants = read_compared(r, fte, "first_time_entrants", false, "compared_with_cohort");
    if (fte.IsMap()) ind.first_time_entrants_cohort = read_cohort(r, fte);
  }
  if (const YamlNode custody = node["custody"]) {
    ind.custody = read_compared(r, custody, "custody", false, "compared_with_cohort");
    if (custody.IsMap()) ind.custody_cohort = read_cohort(r, custody);
  }
  return ind;
}

std::vector<FjiAcknowledgement> read_fji_acknowledgements(YamlReader& r, const YamlNode& node) {
  std::vector<FjiAcknowledgement> rows;
  if (!r.check_sequence(node, "'acknowledgements'")) return rows;
  // Appendix 3 prints them as a table; with none it would be a heading over an empty table.
  if (node.size() == 0) r.error(node, "empty-list", "'acknowledgements' lists no role");
  for (const auto& item : node) {
    if (!check_keys(r, item, "an acknowledgement", "fji", "acknowledgement")) continue;
    FjiAcknowledgement row;
    if (auto role = r.words(item, "role")) row.role = role->value;
    if (r.check_sequence(item["people"], "'people'")) {
      for (const auto& p : item["people"]) {
        if (!check_keys(r, p, "a person", "fji", "person")) continue;
        FjiPerson person;
        if (auto n = r.text(p, "name")) person.name = n->value;
        if (auto o = r.words(p, "organisation")) person.organisation = o->value;
        row.people.push_back(person);
      }
      if (item["people"].size() == 0) r.error(item["people"], "empty-list", "a role needs at least one person");
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<FjiFieldworkWeek> read_fji_fieldwork(YamlReader& r, const YamlNode& node) {
  std::vector<FjiFieldworkWeek> weeks;
  if (!r.check_sequence(node, "'fieldwork'")) return weeks;
  for (const auto& item : node) {
    if (!check_keys(r, item, "a fieldwork week", "fji", "fieldwork_week")) continue;
    const auto start = read_fji_date(r, item, "start");
    const auto end = read_fji_date(r, item, "end");
    if (!start || !end) continue;
    if (ordinal(end->value) < ordinal(start->value))
      r.error_at(end->pos, "bad-date-range", "fieldwork must end ('end') no earlier than it starts ('start')");
    weeks.push_back(FjiFieldworkWeek{*start, *end});
  }
  if (weeks.empty() && node.IsSequence()) r.error(node, "empty-list", "'fieldwork' lists no week");
  return weeks;
}

}  // namespace quire::load_detail
