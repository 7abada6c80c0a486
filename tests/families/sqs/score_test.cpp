// The SQS letter's one derived statement: how the reoffending rate compares with the previous year
// and with England and Wales, under data/rules/sqs-2015.yaml; and the checks the rules make of a letter.
#include <boost/test/unit_test.hpp>

#include "families/sqs/read_rules.hpp"
#include "families/sqs/score.hpp"
#include "load/load.hpp"
#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

SqsRules sqs_rules() {
  Diagnostics d;
  auto rules = load_sqs_rules(test::source_root() / "data" / "rules" / "sqs-2015.yaml", d);
  BOOST_REQUIRE_MESSAGE(rules && !d.has_errors(), test::dump(d));
  return *rules;
}

// A percentage as published, in hundredths: rate(37.2) is 3720.
DecimalFigure rate(std::int64_t hundredths) { return DecimalFigure{hundredths, 1}; }

std::string words(std::int64_t area, std::int64_t comparator, const SqsRules& rules) {
  return compare_rates(rate(area), rate(comparator), rules).words();
}

struct Scored {
  SqsScores scores;
  Diagnostics diags;
  std::string yaml;
};

Scored score_yaml(const std::string& yaml, const std::string& csv = "") {
  test::TempDir dir;
  const auto path = dir.write("a.yaml", yaml);
  if (!csv.empty()) dir.write("cases.csv", csv);
  Scored s;
  s.yaml = yaml;
  auto in = load_inspection(path, s.diags);
  BOOST_REQUIRE_MESSAGE(in && !s.diags.has_errors(), test::dump(s.diags));
  s.scores = score_sqs(*in, sqs_rules(), s.diags);
  return s;
}

const std::string& sqs_fixture() {
  static const std::string text = test::slurp(test::test_file("fixtures/sqs-minimal.yaml"));
  return text;
}

int column_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  BOOST_REQUIRE(at != std::string::npos);
  const auto line_start = text.rfind('\n', at);
  return static_cast<int>(line_start == std::string::npos ? at + 1 : at - line_start);
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_references_comparisons) {
  const SqsRules rules = sqs_rules();
  BOOST_TEST(words(3720, 3780, rules) == "slightly_better");  // Nottingham City against England and Wales
  BOOST_TEST(words(3600, 3570, rules) == "slightly_worse");   // Bolton against England and Wales
}

BOOST_AUTO_TEST_CASE(equal_figures_are_the_same_and_never_slightly) {
  const SqsRules rules = sqs_rules();
  const RateComparison c = compare_rates(rate(3570), DecimalFigure{3570, 2}, rules);  // 35.7 and 35.70
  BOOST_TEST(direction_name(c.direction) == "same");
  BOOST_TEST(!c.slightly);
  BOOST_TEST(c.words() == "same");
  BOOST_TEST(words(3601, 3600, rules) == "slightly_worse");  // one hundredth apart is already a difference
  BOOST_TEST(words(3599, 3600, rules) == "slightly_better");
}

BOOST_AUTO_TEST_CASE(slightly_up_to_the_margin_and_plainly_beyond_it) {
  const SqsRules rules = sqs_rules();  // slightly: within 1.0 point
  BOOST_TEST(words(3500, 3600, rules) == "slightly_better");  // exactly at the margin
  BOOST_TEST(words(3499, 3600, rules) == "better");           // one hundredth beyond
  BOOST_TEST(words(3490, 3600, rules) == "better");
  BOOST_TEST(words(3700, 3600, rules) == "slightly_worse");
  BOOST_TEST(words(3701, 3600, rules) == "worse");
  BOOST_TEST(words(3720, 3500, rules) == "worse");  // Nottingham City against the stand-in previous year
  BOOST_TEST(words(3600, 3750, rules) == "better");  // Bolton likewise
  const RateComparison c = compare_rates(rate(3720), rate(3500), rules);
  BOOST_TEST(c.difference == 220);
}

BOOST_AUTO_TEST_CASE(the_margins_and_direction_are_data) {
  SqsRules rules = sqs_rules();
  rules.same_within = DecimalFigure{10, 1};  // "the same" within 0.1
  BOOST_TEST(words(3610, 3600, rules) == "same");
  BOOST_TEST(words(3611, 3600, rules) == "slightly_worse");
  rules.slightly_within = DecimalFigure{50, 1};
  BOOST_TEST(words(3650, 3600, rules) == "slightly_worse");
  BOOST_TEST(words(3651, 3600, rules) == "worse");
  rules.lower_is_better = false;
  BOOST_TEST(words(3651, 3600, rules) == "better");
}

BOOST_AUTO_TEST_CASE(contrast_joins_only_the_listed_pairs) {
  const SqsRules rules = sqs_rules();
  BOOST_TEST(joined_as_contrast(Direction::worse, Direction::better, rules));   // Nottingham City: "but"
  BOOST_TEST(!joined_as_contrast(Direction::better, Direction::worse, rules));  // Bolton: "and"
  BOOST_TEST(!joined_as_contrast(Direction::better, Direction::better, rules));
  BOOST_TEST(!joined_as_contrast(Direction::same, Direction::better, rules));
}

BOOST_AUTO_TEST_CASE(each_example_reproduces_its_letters_words) {
  const SqsRules rules = sqs_rules();
  struct Expected {
    const char* example;
    const char* previous_year;
    const char* national;
    bool contrast;
  };
  for (const Expected& e : {Expected{"sqs-nottingham-city-2016", "worse", "slightly_better", true},
                            Expected{"sqs-bolton-2015", "better", "slightly_worse", false}}) {
    BOOST_TEST_CONTEXT(e.example) {
      Diagnostics d;
      const auto in = load_inspection(test::source_root() / "examples" / e.example / "inspection.yaml", d);
      BOOST_REQUIRE(in);
      const SqsScores s = score_sqs(*in, rules, d);
      BOOST_TEST(!d.has_errors(), test::dump(d));
      BOOST_TEST(s.previous_year.words() == e.previous_year);
      BOOST_TEST(s.national.words() == e.national);
      BOOST_TEST(s.contrast == e.contrast);
      BOOST_TEST(s.sections.size() == 4u);
    }
  }
}

BOOST_AUTO_TEST_CASE(stated_words_that_contradict_the_figures_are_errors_at_the_word) {
  const std::string yaml =
      test::replace_once(sqs_fixture(), "national: slightly_better}", "national: better}");
  Scored s = score_yaml(yaml);
  BOOST_TEST(has_diagnostic(s.diags, "comparison-contradicts-figures", test::line_of(yaml, "national: better}"),
                            column_of(yaml, "better}")),
             test::dump(s.diags));
  BOOST_TEST(test::dump(s.diags).find("37.2% against 37.8% is 'slightly_better'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(commentary_sections_follow_the_rules) {
  const std::string unknown =
      test::replace_once(sqs_fixture(), "  protecting_the_child: [Three.]", "  protecting_the_chid: [Three.]");
  Scored s = score_yaml(unknown);
  BOOST_TEST(has_diagnostic(s.diags, "unknown-section", test::line_of(unknown, "protecting_the_chid"), 3),
             test::dump(s.diags));
  BOOST_TEST(test::dump(s.diags).find("did you mean 'protecting_the_child'?") != std::string::npos);
  BOOST_TEST(has_diagnostic(s.diags, "missing-section"), "section 3 is then missing");
}

BOOST_AUTO_TEST_CASE(a_case_file_must_hold_the_cases_examined) {
  std::string csv = "case,question,answer\n";
  for (int c = 1; c <= 4; ++c) csv += "c" + std::to_string(c) + ",1.1,yes\n";
  const std::string yaml = test::replace_once(sqs_fixture(), "rules: sqs-2015\n", "rules: sqs-2015\ncases: cases.csv\n");
  Scored four = score_yaml(yaml, csv);
  BOOST_TEST(has_diagnostic(four.diags, "case-count-mismatch", test::line_of(yaml, "cases_examined: 5"),
                            column_of(yaml, "5\n  lead")),
             test::dump(four.diags));
  Scored five = score_yaml(yaml, csv + "c5,1.1,no\nc5,1.2,n/a\n");
  BOOST_TEST(!five.diags.has_errors(), test::dump(five.diags));
  BOOST_TEST(five.scores.cases_answered.value_or(0) == 5);
}

BOOST_AUTO_TEST_CASE(a_case_file_question_outside_the_sections_is_refused_where_named) {
  const std::string yaml = test::replace_once(sqs_fixture(), "rules: sqs-2015\n", "rules: sqs-2015\ncases: cases.csv\n");
  std::string csv = "case,question,answer\n";
  for (int c = 1; c <= 5; ++c) csv += "c" + std::to_string(c) + ",2.1,yes\n";
  test::TempDir dir;
  const auto path = dir.write("a.yaml", yaml);
  dir.write("cases.csv", csv + "c1,5.1,no\nc2,Q7,yes\nc3,2.,no\nc4,4.3.1,n/a\n");
  Diagnostics d;
  auto in = load_inspection(path, d);
  BOOST_REQUIRE_MESSAGE(in && !d.has_errors(), test::dump(d));
  const SqsScores s = score_sqs(*in, sqs_rules(), d);
  BOOST_TEST(has_diagnostic(d, "unknown-question", 7, 4), test::dump(d));  // 5.1: no section 5
  BOOST_TEST(has_diagnostic(d, "unknown-question", 8, 4), test::dump(d));  // Q7
  BOOST_TEST(has_diagnostic(d, "unknown-question", 9, 4), test::dump(d));  // 2.
  BOOST_TEST(d.error_count() == 3u, test::dump(d));                        // 4.3.1 is in section 4
  BOOST_TEST(test::dump(d).find("numbered by the letter's 4 sections, 1.N to 4.N") != std::string::npos, test::dump(d));
  BOOST_TEST(s.cases_answered.value_or(0) == 5);
}

BOOST_AUTO_TEST_CASE(a_one_row_per_case_file_names_an_unknown_question_once_at_its_column) {
  const std::string yaml = test::replace_once(sqs_fixture(), "rules: sqs-2015\n", "rules: sqs-2015\ncases: cases.csv\n");
  test::TempDir dir;
  const auto path = dir.write("a.yaml", yaml);
  dir.write("cases.csv", "case,1.1,9.2\nc1,yes,no\nc2,no,yes\nc3,yes,yes\nc4,no,no\nc5,yes,n/a\n");
  Diagnostics d;
  auto in = load_inspection(path, d);
  BOOST_REQUIRE_MESSAGE(in && !d.has_errors(), test::dump(d));
  score_sqs(*in, sqs_rules(), d);
  BOOST_TEST(has_diagnostic(d, "unknown-question", 1, 10), test::dump(d));
  BOOST_TEST(d.error_count() == 1u, test::dump(d));
}

// Trial 2: "2 protecting_the_public (1 paragraphs)".
BOOST_AUTO_TEST_CASE(the_audit_counts_one_paragraph_in_the_singular) {
  const std::string yaml = sqs_fixture();
  Scored s = score_yaml(yaml);
  const std::string text = audit_text(SqsRun{sqs_rules(), s.scores});
  BOOST_TEST(text.find("1 paragraphs") == std::string::npos, text);
  for (const auto& section : s.scores.sections)
    if (section.paragraphs == 1)
      BOOST_TEST(text.find(section.key + " (1 paragraph)") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(the_audit_shows_the_derivation) {
  Scored s = score_yaml(sqs_fixture());
  const std::string text = audit_text(SqsRun{sqs_rules(), s.scores});
  BOOST_TEST(text.find("against the previous year: 35.0% -> 2.2 points higher: worse, more than 1.0: not slightly -> worse") !=
                 std::string::npos,
             text);
  BOOST_TEST(text.find("0.6 points lower: better, within 1.0: slightly -> slightly_better") != std::string::npos, text);
  BOOST_TEST(text.find("as published: slightly_better (agrees)") != std::string::npos, text);
  BOOST_TEST(text.find("joined as: a contrast (worse then better)") != std::string::npos, text);
  const auto json = test::parse_json(audit_json(SqsRun{sqs_rules(), s.scores}));
  const auto& national = json.at("national");
  BOOST_TEST(national.at("words") == "slightly_better");
  BOOST_TEST(national.at("as_published") == "slightly_better");
  BOOST_TEST(json.at("contrast") == true);
}
