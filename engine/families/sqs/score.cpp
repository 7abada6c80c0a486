#include "families/sqs/score.hpp"

#include <set>
#include <tuple>

#include "base/text.hpp"
#include "families/sqs/family.hpp"

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
    // Without a 'commentary' map the loader has said so once (a required key, or not a map).
    if (!section && letter.commentary_pos.line > 0)
      diags.error(letter.commentary_pos, "missing-section",
                  "commentary lacks section " + std::to_string(rule.number) + " '" + rule.key + "'");
    counts.push_back(SectionCount{rule.number, rule.key, section ? section->paragraphs.size() : 0});
  }
  return counts;
}

// Whether `question` is numbered within one of the letter's sections: "S.N" (or "S.N.M"), S a
// section number of the rules. SQS publishes no question list; its screening, like the letter's
// commentary (paragraphs 1.1 to 4.6 in the references), is numbered by the four sections, so an id
// outside them ("5.1", "2.1.1x", "Q7") is a slip in the case file, not a question.
bool numbered_in_a_section(const std::string& question, const SqsRules& rules) {
  const auto dot = question.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == question.size()) return false;
  for (std::size_t i = 0; i < question.size(); ++i) {
    const bool digit = question[i] >= '0' && question[i] <= '9';
    const bool separator = question[i] == '.' && i > 0 && question[i - 1] != '.';
    if (!digit && !separator) return false;
  }
  if (question.back() == '.') return false;
  const std::string section = question.substr(0, dot);
  for (const auto& rule : rules.sections)
    if (std::to_string(rule.number) == section) return true;
  return false;
}

// The cases that answered a question of the letter's sections. Any other question is reported
// where it is named, once for each place (a column of a one-row-per-case file is one place).
std::set<std::string> cases_answering(const Inspection& in, const SqsRules& rules, Diagnostics& diags) {
  std::set<std::string> cases;
  std::set<std::tuple<std::string, int, int>> reported;
  const std::string range = "1.N to " + std::to_string(rules.sections.size()) + ".N";
  for (const auto& answer : in.cases) {
    if (numbered_in_a_section(answer.question, rules)) {
      cases.insert(answer.case_id);
      continue;
    }
    const SourcePos& at = answer.question_pos;
    if (reported.emplace(at.file, at.line, at.column).second)
      diags.error(at, "unknown-question",
                  "'" + answer.question + "' is not a question of " + rules.name + ": its questions are numbered by the letter's " +
                      std::to_string(rules.sections.size()) + " sections, " + range + " (for example 2.1)");
  }
  return cases;
}

// A case file, when given, must hold as many cases as the letter says were examined.
std::optional<int> check_case_count(const Inspection& in, const LetterInfo& letter, const SqsRules& rules,
                                    Diagnostics& diags) {
  if (!in.cases_file) return std::nullopt;
  const std::set<std::string> cases = cases_answering(in, rules, diags);
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
  s.cases_answered = check_case_count(in, letter.letter, rules, diags);
  s.sections = check_sections(letter, rules, diags);
  return s;
}

// This family's rules are one file with no versions of their own, so its templates and labels are
// the family's.
const DomainRules* SqsFamily::framework(const SqsRun&) { return nullptr; }

}  // namespace quire
