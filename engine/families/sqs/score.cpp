#include "families/sqs/score.hpp"

#include <set>

#include "base/text.hpp"

namespace quire {

std::string RateComparison::words() const {
  const std::string name = direction_name(direction);
  return slightly && direction != Direction::same ? "slightly_" + name : name;
}

RateComparison compare_rates(const DecimalFigure& area, const DecimalFigure& comparator, const SqsRules& rules) {
  RateComparison c;
  c.area = area;
  c.comparator = comparator;
  const std::int64_t signed_difference = area.hundredths - comparator.hundredths;
  c.difference = signed_difference < 0 ? -signed_difference : signed_difference;
  if (c.difference <= rules.same_within.hundredths) return c;  // the same; never "slightly"
  const bool area_lower = signed_difference < 0;
  c.direction = area_lower == rules.lower_is_better ? Direction::better : Direction::worse;
  c.slightly = c.difference <= rules.slightly_within.hundredths;
  return c;
}

bool joined_as_contrast(Direction previous_year, Direction national, const SqsRules& rules) {
  for (const auto& pair : rules.contrasts)
    if (pair.previous_year == previous_year && pair.national == national) return true;
  return false;
}

namespace {

// The letter's own words must be what the rules make of its figures.
void check_stated(const std::optional<Located<std::string>>& stated, RateComparison& c, const std::string& against,
                  const SqsRules& rules, Diagnostics& diags) {
  if (!stated) return;
  c.stated = stated->value;
  if (stated->value == c.words()) return;
  diags.error(stated->pos, "comparison-contradicts-figures",
              "the letter says '" + stated->value + "' against " + against + ", but " + c.area.text() + "% against " +
                  c.comparator.text() + "% is '" + c.words() + "' by the rules (" + rules.name + ")");
}

// Every section the rules name, once; no other.
std::vector<SectionCount> check_sections(const SqsLetter& letter, const SqsRules& rules, Diagnostics& diags) {
  std::vector<SectionCount> counts;
  const std::vector<std::string> keys = rules.section_keys();
  for (const auto& s : letter.commentary) {
    if (rules.find_section(s.key.value)) continue;
    std::string message = "unknown commentary section '" + s.key.value + "' (not in rules " + rules.name + ")";
    if (auto near = closest_match(s.key.value, keys)) message += "; did you mean '" + *near + "'?";
    diags.error(s.key.pos, "unknown-section", message);
  }
  for (const auto& rule : rules.sections) {
    const CommentarySection* section = letter.find_section(rule.key);
    if (!section)
      diags.error(letter.commentary_pos, "missing-section",
                  "commentary lacks section " + std::to_string(rule.number) + " '" + rule.key + "'");
    counts.push_back(SectionCount{rule.number, rule.key, section ? section->paragraphs.size() : 0});
  }
  return counts;
}

// A case file, when given, must hold as many cases as the letter says were examined.
std::optional<int> check_case_count(const Inspection& in, const LetterInfo& letter, Diagnostics& diags) {
  if (!in.cases_file) return std::nullopt;
  std::set<std::string> cases;
  for (const auto& answer : in.cases) cases.insert(answer.case_id);
  const int answered = static_cast<int>(cases.size());
  if (answered != letter.cases_examined.value)
    diags.error(letter.cases_examined.pos, "case-count-mismatch",
                "the letter says " + std::to_string(letter.cases_examined.value) + " cases were examined, but " +
                    in.cases_file->value + " holds answers for " + std::to_string(answered));
  return answered;
}

}  // namespace

SqsScores score_sqs(const Inspection& in, const SqsRules& rules, Diagnostics& diags) {
  const SqsLetter& letter = std::get<SqsLetter>(in.body);
  const ReoffendingFigures& r = letter.reoffending;
  SqsScores s;
  s.previous_year = compare_rates(r.rate.value, r.previous_year.value, rules);
  s.previous_year.against = "previous_year";
  s.national = compare_rates(r.rate.value, r.national.value, rules);
  s.national.against = "national";
  // A figure that could not be read (no position) was reported where it stands; comparing it
  // would only add a second, misleading error.
  const auto read = [](const Located<DecimalFigure>& figure) { return figure.pos.line > 0; };
  if (read(r.rate) && read(r.previous_year))
    check_stated(r.stated_previous_year, s.previous_year, "the previous year", rules, diags);
  if (read(r.rate) && read(r.national))
    check_stated(r.stated_national, s.national, "the England and Wales average", rules, diags);
  s.contrast = joined_as_contrast(s.previous_year.direction, s.national.direction, rules);
  s.cases_examined = letter.letter.cases_examined.value;
  s.cases_answered = check_case_count(in, letter.letter, diags);
  s.sections = check_sections(letter, rules, diags);
  return s;
}

}  // namespace quire
