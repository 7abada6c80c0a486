// The shared door, load_inspection: positions, types, duplicate keys, encoding and case files,
// shown on the domain-rated fixture; each family's own reading is tested in tests/families/NAME/.
#define BOOST_TEST_MODULE load
#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {


// Loads `yaml` from a temporary file named a.yaml.
Diagnostics load_text(const std::string& yaml, const std::string& csv = "") {
  test::TempDir dir;
  const auto path = dir.write("a.yaml", yaml);
  if (!csv.empty()) dir.write("cases.csv", csv);
  Diagnostics diags;
  load_inspection(path, diags);
  return diags;
}

}  // namespace

BOOST_AUTO_TEST_CASE(minimal_fixture_loads_clean) {
  const Diagnostics d = load_text(test::minimal_fixture());
  BOOST_TEST(!d.has_errors(), test::dump(d));
}

BOOST_AUTO_TEST_CASE(unknown_key_is_reported_at_its_position_with_a_suggestion) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "  isbn:", "  isnb:");
  const Diagnostics d = load_text(yaml);
  const int line = test::line_of(yaml, "  isnb:");
  BOOST_TEST(has_diagnostic(d, "unknown-key", line, 3), test::dump(d));
  BOOST_TEST(test::dump(d).find("did you mean 'isbn'?") != std::string::npos);
  BOOST_TEST(has_diagnostic(d, "missing-key"), "the real key is then missing");
}

BOOST_AUTO_TEST_CASE(every_problem_is_reported_in_one_run) {
  std::string yaml = test::replace_once(test::minimal_fixture(), "foreword: The foreword.", "foreward: The foreword.");
  yaml = test::replace_once(yaml, "youth_percent: 9,", "youth_percent: 109,");
  yaml = test::replace_once(yaml, "published: 2020-01", "published: January 2020");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "unknown-key", test::line_of(yaml, "foreward:"), 1), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "percent-out-of-range", test::line_of(yaml, "youth_percent: 109")), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "bad-date", test::line_of(yaml, "published: January"), 14), test::dump(d));
}

BOOST_AUTO_TEST_CASE(wrong_type_says_what_was_expected_and_found) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "total: 1000", "total: lots");
  const Diagnostics d = load_text(yaml);
  const int line = test::line_of(yaml, "total: lots");
  BOOST_TEST(has_diagnostic(d, "wrong-type", line), test::dump(d));
  BOOST_TEST(test::dump(d).find("expected a whole number for 'total', found 'lots'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(yaml_syntax_error_has_a_one_based_position) {
  const std::string yaml = "family: domain-rated\nrules: [unclosed\n";
  const Diagnostics d = load_text(yaml);
  BOOST_REQUIRE(d.has_errors());
  BOOST_TEST(d.all()[0].code == "yaml-syntax");
  BOOST_TEST(d.all()[0].pos.line >= 2, test::dump(d));
  BOOST_TEST(d.all()[0].pos.column >= 1);
}

BOOST_AUTO_TEST_CASE(recommendation_without_owner_is_an_error) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "  - owner: The Management Board\n    actions:", "  - actions:");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "recommendation-without-owner", test::line_of(yaml, "  - actions:"), 5), test::dump(d));
}

// Maps read by lookup, not key by key, dropped a key written twice without a word (s4 trial4:
// `area: {en: Testshire, en: Other}` was valid); each is reported once, at the second key.
BOOST_AUTO_TEST_CASE(a_key_written_twice_in_any_map_is_an_error_once) {
  std::string yaml = test::replace_once(test::minimal_fixture(), "  area: Testshire\n", "  area: {en: Testshire, en: Other}\n");
  yaml = test::replace_once(yaml, "{\"2.1.1\": 70, \"2.1.2\": 70", "{\"2.1.1\": 70, \"2.1.1\": 71, \"2.1.2\": 70");
  yaml = test::replace_once(yaml, "  isbn: 978-0-00000-000-0\n", "  isbn: 978-0-00000-000-0\n  isbn: 978-1\n");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "duplicate-key", test::line_of(yaml, "  area: {en"), 25), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "duplicate-key", test::line_of(yaml, "\"2.1.1\": 71"), 54), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "duplicate-key", test::line_of(yaml, "  isbn: 978-1"), 3), test::dump(d));
  BOOST_TEST(d.error_count() == 3u, test::dump(d));
}

BOOST_AUTO_TEST_CASE(duplicate_key_is_an_error) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "  isbn: 978-0-00000-000-0\n",
                                              "  isbn: 978-0-00000-000-0\n  isbn: 978-1\n");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "duplicate-key", test::line_of(yaml, "  isbn: 978-1"), 3), test::dump(d));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_reported_with_line_and_column) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "area: Testshire", "area: Test\xffshire");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "invalid-utf8", test::line_of(yaml, "area: Test"), 13), test::dump(d));
}

BOOST_AUTO_TEST_CASE(case_csv_errors_point_at_the_csv_line) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "rules: domain-2018\n", "rules: domain-2018\ncases: cases.csv\n");
  const Diagnostics d = load_text(yaml, "case,question,answer\nC1,2.1.1,yes\nC1,2.1.2,maybe\nC1,2.1.1,no\n");
  BOOST_TEST(has_diagnostic(d, "csv-answer", 3, 10), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "csv-duplicate", 4), test::dump(d));
}

BOOST_AUTO_TEST_CASE(case_answers_are_read_in_any_letter_case) {
  // Issue 18's trial: an export's "NA" and "Not applicable" were refused as unknown answers.
  const std::string yaml = test::replace_once(test::minimal_fixture(), "rules: domain-2018\n", "rules: domain-2018\ncases: cases.csv\n");
  const Diagnostics d = load_text(yaml, "case,question,answer\nC1,2.1.1,YeS\nC1,2.1.2,NA\nC1,2.1.3,Not applicable\n"
                                        "C1,2.2.1,N/a\nC1,2.2.2,nO\nC1,2.2.3,Nope\n");
  BOOST_TEST(!has_diagnostic(d, "csv-answer", 2), test::dump(d));
  BOOST_TEST(!has_diagnostic(d, "csv-answer", 3), test::dump(d));
  BOOST_TEST(!has_diagnostic(d, "csv-answer", 4), test::dump(d));
  BOOST_TEST(!has_diagnostic(d, "csv-answer", 5), test::dump(d));
  BOOST_TEST(!has_diagnostic(d, "csv-answer", 6), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "csv-answer", 7, 10), test::dump(d));
}

BOOST_AUTO_TEST_CASE(missing_case_file_is_reported_where_it_is_named) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "rules: domain-2018\n", "rules: domain-2018\ncases: nope.csv\n");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "cannot-read", test::line_of(yaml, "cases: nope.csv"), 8), test::dump(d));
}

// Trial 2: text typed over a scaffold's `!todo` pushed its comment onto the block's last line,
// and the report printed "... argymhelliad.  # the chief inspector's foreword".
BOOST_AUTO_TEST_CASE(a_comment_left_inside_a_block_of_text_is_pointed_out) {
  const std::string yaml = test::replace_once(
      test::minimal_fixture(), "foreword: The foreword.\n",
      "foreword: |\n  Staff knew their children well.\n  We make two recommendations.  # the chief inspector's foreword\n");
  const Diagnostics d = load_text(yaml);
  const int line = test::line_of(yaml, "We make two");
  BOOST_TEST(test::has_diagnostic(d, "comment-in-text", line, 33), test::dump(d));
  BOOST_TEST(!d.has_errors(), test::dump(d));
  // A hash inside prose, or after one space, is text the inspector meant.
  const std::string prose = test::replace_once(test::minimal_fixture(), "foreword: The foreword.\n",
                                               "foreword: |\n  Ticket # 5 and C# are fine.\n");
  BOOST_TEST(!test::has_diagnostic(load_text(prose), "comment-in-text"), test::dump(load_text(prose)));
}

// Trial hB: a domain's summary with neither a strength nor an area for improvement printed a bare
// "Summary" heading. One of the two may be empty (its lead-in is left out), not both.
BOOST_AUTO_TEST_CASE(a_domain_summary_needs_a_strength_or_an_improvement) {
  const std::string both = test::replace_once(test::minimal_fixture(), "summary: {strengths: [One.], improvements: [Two.]}",
                                              "summary: {strengths: [], improvements: []}");
  const Diagnostics d = load_text(both);
  BOOST_TEST(has_diagnostic(d, "empty-list", test::line_of(both, "summary: {strengths: [], improvements: []}"), 14),
             test::dump(d));
  const std::string one = test::replace_once(test::minimal_fixture(), "summary: {strengths: [One.], improvements: [Two.]}",
                                             "summary: {strengths: [], improvements: [Two.]}");
  BOOST_TEST(!load_text(one).has_errors(), test::dump(load_text(one)));
}

// An empty file, or one of comments only, had an error with no line (s4 trial4).
BOOST_AUTO_TEST_CASE(an_empty_inspection_file_is_an_error_at_its_first_line) {
  for (const char* text : {"", "\n\n", "# to do\n"}) {
    const Diagnostics d = load_text(text);
    BOOST_TEST(has_diagnostic(d, "wrong-type", 1, 1), test::dump(d));
    BOOST_TEST(test::dump(d).find("found nothing (the file has no keys") != std::string::npos, test::dump(d));
  }
}
