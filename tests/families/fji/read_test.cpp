// The FJI loader and rules loader: every problem reported at its exact line and column.
#include <boost/test/unit_test.hpp>

#include "families/fji/read_rules.hpp"
#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

const std::string& fji_fixture() {
  static const std::string text = test::slurp(test::test_file("fixtures/fji-minimal.yaml"));
  return text;
}

struct Loaded {
  std::optional<Inspection> inspection;
  Diagnostics diags;
};

Loaded load_fji(const std::string& yaml, const std::string& csv = "") {
  test::TempDir dir;
  const auto path = dir.write("a.yaml", yaml);
  if (!csv.empty()) dir.write("cases.csv", csv);
  Loaded l;
  l.inspection = load_inspection(path, l.diags);
  return l;
}

// Column (1-based) of `needle` on its line in `text`.
int column_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  BOOST_REQUIRE(at != std::string::npos);
  const auto line_start = text.rfind('\n', at);
  return static_cast<int>(at - (line_start == std::string::npos ? 0 : line_start + 1)) + 1;
}

Diagnostics load_rules_text(const std::string& yaml) {
  test::TempDir dir;
  Diagnostics d;
  load_fji_rules(dir.write("fji-test.yaml", yaml), d);
  return d;
}

const std::string& fji_rules_source() {
  static const std::string text = test::slurp(test::source_root() / "data" / "rules" / "fji-2013.yaml");
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(fji_fixture_loads_clean) {
  const Loaded l = load_fji(fji_fixture());
  BOOST_REQUIRE(l.inspection.has_value());
  BOOST_TEST(!l.diags.has_errors(), test::dump(l.diags));
  const auto& body = std::get<FjiReport>(l.inspection->body);
  BOOST_TEST(body.themes.size() == 5u);
  BOOST_TEST(body.themes[4].explanation.size() == 4u);
  BOOST_TEST(body.fieldwork.at(0).end.value.day == 28);
}

BOOST_AUTO_TEST_CASE(rochdale_loads_every_part) {
  Diagnostics d;
  const auto in = load_inspection(test::source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml", d);
  BOOST_REQUIRE(in.has_value());
  BOOST_TEST(!d.has_errors(), test::dump(d));
  const auto& body = std::get<FjiReport>(in->body);
  BOOST_TEST(body.themes.size() == 5u);
  BOOST_TEST(body.recommendations.size() == 3u);  // three owners, six recommendations
  BOOST_TEST(in->cases.size() == 34u * 28u);      // every case answers all 28 questions
  int callouts = 0, paragraphs = 0;
  for (const auto& t : body.themes)
    for (const auto& s : t.explanation)
      for (const auto& b : s.blocks) (std::holds_alternative<FjiCallout>(b) ? callouts : paragraphs)++;
  BOOST_TEST(callouts == 15);    // 5 + 4 + 3 + 2 + 1 boxes beside the themes' paragraphs
  BOOST_TEST(paragraphs == 92);  // 27 + 15 + 21 + 13 + 16 numbered paragraphs
  BOOST_TEST(body.acknowledgements.size() == 5u);
  BOOST_TEST(body.indicators.reoffending_frequency.area.value == 1.83);
}

BOOST_AUTO_TEST_CASE(fji_unknown_key_in_a_theme_has_its_position_and_a_suggestion) {
  const std::string yaml = test::replace_once(fji_fixture(), "    summary: Summary two.", "    sumary: Summary two.");
  const Loaded l = load_fji(yaml);
  BOOST_TEST(has_diagnostic(l.diags, "unknown-key", test::line_of(yaml, "    sumary:"), 5), test::dump(l.diags));
  BOOST_TEST(test::dump(l.diags).find("did you mean 'summary'?") != std::string::npos);
  BOOST_TEST(has_diagnostic(l.diags, "missing-key"), "the real key is then missing");
}

BOOST_AUTO_TEST_CASE(fji_callouts_are_checked) {
  std::string yaml = test::replace_once(
      fji_fixture(), "explanation: [[Assessed.], [Planned.], [Delivered.], [Outcomes.], [Led.]]\n    summary: Summary one.",
      "explanation:\n      - - Assessed.\n        - {callout: case_ilustration, text: Peter.}\n"
      "        - {callout: quotes, text: \"'Yes.'\"}\n      - [Planned.]\n      - [Delivered.]\n      - [Outcomes.]\n"
      "      - [Led.]\n    summary: Summary one.");
  const Loaded l = load_fji(yaml);
  const std::string kind_line = "        - {callout: case_ilustration";
  BOOST_TEST(has_diagnostic(l.diags, "unknown-callout", test::line_of(yaml, kind_line), column_of(yaml, "case_ilustration")),
             test::dump(l.diags));
  BOOST_TEST(test::dump(l.diags).find("did you mean 'case_illustration'?") != std::string::npos);
  BOOST_TEST(has_diagnostic(l.diags, "missing-key", test::line_of(yaml, "{callout: quotes"), 11), test::dump(l.diags));
}

BOOST_AUTO_TEST_CASE(fji_dates_and_figures_are_checked_at_their_positions) {
  std::string yaml = test::replace_once(fji_fixture(), "end: 2013-06-28", "end: 2013-06-31");
  yaml = test::replace_once(yaml, "cohort: {from: 2011-10, to: 2012-09}", "cohort: {from: 2012-10, to: 2012-09}");
  yaml = test::replace_once(yaml, "proportion: {area: 40,", "proportion: {area: 140,");
  yaml = test::replace_once(yaml, "custody: {area: 1.06,", "custody: {area: -1,");
  yaml = test::replace_once(yaml, "case_score: 81", "case_score: lots");
  const Loaded l = load_fji(yaml);
  BOOST_TEST(has_diagnostic(l.diags, "bad-date", test::line_of(yaml, "end: 2013-06-31"), column_of(yaml, "2013-06-31")),
             test::dump(l.diags));
  BOOST_TEST(has_diagnostic(l.diags, "bad-date-range", test::line_of(yaml, "to: 2012-09}"), column_of(yaml, "2012-09}")),
             test::dump(l.diags));
  BOOST_TEST(has_diagnostic(l.diags, "percent-out-of-range", test::line_of(yaml, "area: 140"), column_of(yaml, "140")),
             test::dump(l.diags));
  BOOST_TEST(has_diagnostic(l.diags, "out-of-range", test::line_of(yaml, "area: -1"), column_of(yaml, "-1,")),
             test::dump(l.diags));
  BOOST_TEST(has_diagnostic(l.diags, "wrong-type", test::line_of(yaml, "case_score: lots"), 17), test::dump(l.diags));
  BOOST_TEST(test::dump(l.diags).find("expected a whole number for 'case_score', found 'lots'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(fji_recommendation_without_owner_and_missing_parts_are_reported) {
  std::string yaml = test::replace_once(fji_fixture(), "  - owner: Head of YOT\n    actions:", "  - actions:");
  yaml = test::replace_once(yaml, "case_sample: {cases: 4}\n", "");
  const Loaded l = load_fji(yaml);
  BOOST_TEST(has_diagnostic(l.diags, "recommendation-without-owner", test::line_of(yaml, "  - actions:"), 5),
             test::dump(l.diags));
  BOOST_TEST(test::dump(l.diags).find("missing required key 'case_sample'") != std::string::npos, test::dump(l.diags));
}

BOOST_AUTO_TEST_CASE(fji_rules_file_loads_clean) {
  Diagnostics d;
  const auto rules = load_fji_rules(test::source_root() / "data" / "rules" / "fji-2013.yaml", d);
  BOOST_REQUIRE_MESSAGE(rules && !d.has_errors(), test::dump(d));
  BOOST_TEST(rules->themes.size() == 5u);
  BOOST_TEST(rules->question_ids().size() == 28u);
  BOOST_TEST(rules->stars.at("very_good") == 4);
  BOOST_TEST(rules->find_theme(5)->judged);
  BOOST_TEST(rules->bands_provenance.status == "reference");
  BOOST_TEST(rules->stars_provenance.status == "inferred");
}

BOOST_AUTO_TEST_CASE(fji_rules_errors_are_positioned) {
  std::string yaml = test::replace_once(fji_rules_source(), "{descriptor: unsatisfactory, min_percent: 50}",
                                        "{descriptor: unsatisfactory, min_percent: 70}");
  yaml = test::replace_once(yaml, "{descriptor: poor, min_percent: 0}", "{descriptor: pore, min_percent: 0}");
  yaml = test::replace_once(yaml, "{id: \"2.9\"", "{id: \"3.9\"");
  yaml = test::replace_once(yaml, "    status: inferred\n", "    status: guessed\n");
  const Diagnostics d = load_rules_text(yaml);
  BOOST_TEST(has_diagnostic(d, "bands-out-of-order", test::line_of(yaml, "min_percent: 70}"), 7), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "unknown-descriptor", test::line_of(yaml, "pore"), column_of(yaml, "pore")), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "question-in-wrong-theme", test::line_of(yaml, "\"3.9\""), column_of(yaml, "\"3.9\"")),
             test::dump(d));
  BOOST_TEST(has_diagnostic(d, "bad-provenance", test::line_of(yaml, "status: guessed"), 13), test::dump(d));
}

BOOST_AUTO_TEST_CASE(fji_rules_need_provenance_stars_and_a_complete_scale) {
  std::string yaml = test::replace_once(fji_rules_source(), "{very_good: 4, good: 3, unsatisfactory: 2, poor: 1}",
                                        "{very_good: 4, good: 3, unsatisfactory: 2}");
  yaml = test::replace_once(yaml, "{descriptor: poor, min_percent: 0}", "{descriptor: poor, min_percent: 10}");
  const std::string judged = "    key: governance\n    judged: true\n";
  yaml = test::replace_once(yaml, judged, "    key: governance\n    judged: yes\n");
  const Diagnostics d = load_rules_text(yaml);
  BOOST_TEST(has_diagnostic(d, "missing-key", test::line_of(yaml, "ratings: {very_good"), 12), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "bands-incomplete", test::line_of(yaml, "  bands:") + 1, 5), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "wrong-type", test::line_of(yaml, "judged: yes"), 13), test::dump(d));
}

// Issue 16, defect 8: an acknowledgement without `people` ended in "internal error: invalid node"
// (exit 1); it is one missing-key error at the acknowledgement, and the rest is still read.
BOOST_AUTO_TEST_CASE(issue16_acknowledgement_without_people_is_one_error_at_its_position) {
  const std::string source =
      test::slurp(test::source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml");
  const std::string yaml = test::replace_once(
      source, "    people: [{name: Les Smith, organisation: HMI Probation}]\n", "");
  test::TempDir dir;
  dir.write("cases.csv", test::slurp(test::source_root() / "examples" / "fji-rochdale-2013" / "cases.csv"));
  Diagnostics d;
  std::optional<Inspection> in;
  BOOST_REQUIRE_NO_THROW(in = load_inspection(dir.write("a.yaml", yaml), d));
  BOOST_TEST(in.has_value());
  BOOST_TEST(d.error_count() == 1u, test::dump(d));
  BOOST_TEST(has_diagnostic(d, "missing-key", test::line_of(yaml, "  - role: Deputy Lead Inspector"), 5),
             test::dump(d));
}

// Issue 16, defect 6: a misspelt required key was reported missing twice (by the map's check and
// by the reader of its value).
BOOST_AUTO_TEST_CASE(issue16_a_misspelt_required_key_is_reported_once) {
  const std::string source =
      test::slurp(test::source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml");
  const std::string yaml = test::replace_once(source, "  - role: Lead Inspector\n", "  - rol: Lead Inspector\n");
  test::TempDir dir;
  dir.write("cases.csv", test::slurp(test::source_root() / "examples" / "fji-rochdale-2013" / "cases.csv"));
  Diagnostics d;
  load_inspection(dir.write("a.yaml", yaml), d);
  BOOST_TEST(d.error_count() == 2u, test::dump(d));  // the unknown key, and the missing one once
  BOOST_TEST(has_diagnostic(d, "unknown-key"), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "missing-key"), test::dump(d));
}
