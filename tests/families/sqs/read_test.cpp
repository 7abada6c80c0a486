// The SQS letter's loader and rules loader: every value read, every problem at its line and column.
#include <boost/test/unit_test.hpp>

#include "families/sqs/read_rules.hpp"
#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

const std::string& sqs_fixture() {
  static const std::string text = test::slurp(test::test_file("fixtures/sqs-minimal.yaml"));
  return text;
}

// 1-based column where `needle` starts, on its own line.
int column_of(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "text lacks '" << needle << "'");
  const auto line_start = text.rfind('\n', at);
  return static_cast<int>(line_start == std::string::npos ? at + 1 : at - line_start);
}

struct Loaded {
  std::optional<Inspection> inspection;
  Diagnostics diags;
};

Loaded load_sqs(const std::string& yaml) {
  test::TempDir dir;
  Loaded l;
  l.inspection = load_inspection(dir.write("a.yaml", yaml), l.diags);
  return l;
}

// The fixture with `from` replaced by `to`; the problem must be reported at `needle` in the result.
void expect_error_at(const std::string& from, const std::string& to, const std::string& code,
                     const std::string& needle, const std::string& message_part = "") {
  const std::string yaml = test::replace_once(sqs_fixture(), from, to);
  const Loaded l = load_sqs(yaml);
  BOOST_TEST(has_diagnostic(l.diags, code, test::line_of(yaml, needle), column_of(yaml, needle)),
             code << " expected at '" << needle << "':" << test::dump(l.diags));
  if (!message_part.empty()) BOOST_TEST(test::dump(l.diags).find(message_part) != std::string::npos, test::dump(l.diags));
}

std::filesystem::path sqs_rules_path() { return test::source_root() / "data" / "rules" / "sqs-2015.yaml"; }

Diagnostics load_rules_text(const std::string& yaml) {
  test::TempDir dir;
  Diagnostics d;
  load_sqs_rules(dir.write("sqs-test.yaml", yaml), d);
  return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(sqs_fixture_loads_every_value) {
  const Loaded l = load_sqs(sqs_fixture());
  BOOST_REQUIRE(l.inspection);
  BOOST_TEST(!l.diags.has_errors(), test::dump(l.diags));
  const auto& letter = std::get<SqsLetter>(l.inspection->body);
  BOOST_TEST(letter.letter.area == "Testshire");
  BOOST_TEST(letter.letter.published.value.day == 13);
  BOOST_TEST(letter.letter.inspected_to.value.month == 6);
  BOOST_TEST(letter.letter.cases_examined.value == 5);
  BOOST_TEST(letter.letter.lead_inspector.pronoun.value == "she");
  BOOST_TEST(letter.reoffending.rate.value.hundredths == 3720);
  BOOST_TEST(letter.reoffending.rate.value.text() == "37.2");
  BOOST_TEST(letter.reoffending.cohort_to.value.year == 2014);
  BOOST_TEST(letter.reoffending.stated_national->value == "slightly_better");
  BOOST_TEST(letter.commentary.size() == 4u);
  BOOST_TEST(letter.copy_to.at(0).names.at(0) == "Dan Example");
}

BOOST_AUTO_TEST_CASE(sqs_examples_load_in_full) {
  Diagnostics d;
  const auto in = load_inspection(test::source_root() / "examples" / "sqs-nottingham-city-2016" / "inspection.yaml", d);
  BOOST_REQUIRE(in);
  BOOST_TEST(!d.has_errors(), test::dump(d));
  const auto& letter = std::get<SqsLetter>(in->body);
  std::size_t paragraphs = 0;
  for (const auto& s : letter.commentary) paragraphs += s.paragraphs.size();
  BOOST_TEST(paragraphs == 4u + 5u + 5u + 4u);
  BOOST_TEST(letter.strengths.size() == 5u);
  BOOST_TEST(letter.improvements.size() == 4u);
  BOOST_TEST(letter.copy_to.size() == 14u);
  BOOST_TEST(letter.copy_to.at(12).names.size() == 4u);  // YJB link staff
  Diagnostics b;
  const auto bolton = load_inspection(test::source_root() / "examples" / "sqs-bolton-2015" / "inspection.yaml", b);
  BOOST_REQUIRE(bolton);
  BOOST_TEST(!b.has_errors(), test::dump(b));
  BOOST_TEST(std::get<SqsLetter>(bolton->body).reoffending.rate.value.text() == "36.0");  // keeps its decimal place
  BOOST_TEST(bolton->footnotes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(dates_must_exist_in_the_calendar) {
  expect_error_at("published: 2016-07-13", "published: 2016-02-30", "bad-date", "2016-02-30", "not a date");
  expect_error_at("published: 2016-07-13", "published: 13 July 2016", "bad-date", "13 July 2016", "YYYY-MM-DD");
  expect_error_at("to: 2016-06-08}", "to: 2016-06-01}", "dates-out-of-order", "2016-06-01");
  expect_error_at("published: 2016-07-13", "published: 2016-06-07", "dates-out-of-order", "2016-06-07");
  expect_error_at("published: 2016-04", "published: 2014-05", "dates-out-of-order", "2014-05");
  const Loaded leap = load_sqs(test::replace_once(sqs_fixture(), "published: 2016-07-13", "published: 2016-02-29"));
  BOOST_TEST(!has_diagnostic(leap.diags, "bad-date"), "2016 is a leap year" << test::dump(leap.diags));
}

BOOST_AUTO_TEST_CASE(rates_are_exact_percentages_with_at_most_two_decimals) {
  expect_error_at("rate: 37.2", "rate: 37.255", "too-many-decimals", "37.255");
  expect_error_at("rate: 37.2", "rate: 137.2", "percent-out-of-range", "137.2");
  expect_error_at("national: 37.8", "national: 37,8", "wrong-type", "37,8", "such as 37.2");
  expect_error_at("previous_year: 35.0", "previous_year: -1", "wrong-type", "-1\n");
  const Loaded l = load_sqs(test::replace_once(sqs_fixture(), "rate: 37.2", "rate: 37.25"));
  BOOST_TEST(std::get<SqsLetter>(l.inspection->body).reoffending.rate.value.hundredths == 3725);
}

BOOST_AUTO_TEST_CASE(closed_vocabularies_suggest_the_nearest_word) {
  expect_error_at("pronoun: she", "pronoun: shee", "unknown-pronoun", "shee", "did you mean 'she'?");
  expect_error_at("national: slightly_better", "national: slighty_better", "unknown-comparison", "slighty_better",
                  "did you mean 'slightly_better'?");
  expect_error_at("  area: Testshire", "  aera: Testshire", "unknown-key", "aera", "did you mean 'area'?");
  expect_error_at("email: carol@example.gov.uk", "email: carol.example.gov.uk", "bad-email", "carol.example.gov.uk");
}

BOOST_AUTO_TEST_CASE(lists_and_sections_are_checked_where_written) {
  expect_error_at("  protecting_the_child: [Three.]", "  reducing_reoffending: [Three.]", "duplicate-key",
                  "reducing_reoffending: [Three.]");
  expect_error_at("names: [Dan Example]", "names: []", "empty-list", "[]}");
  expect_error_at("strengths: [A strength.]", "strengths: []", "empty-list", "[]");
}

BOOST_AUTO_TEST_CASE(a_missing_key_is_reported_once) {
  const std::string yaml = test::replace_once(sqs_fixture(), "summary: Overall, we found a good YOT.\n", "");
  const Loaded l = load_sqs(yaml);
  int mentions = 0;
  for (const auto& d : l.diags.all())
    if (d.message.find("'summary'") != std::string::npos) ++mentions;
  BOOST_TEST(mentions == 1, test::dump(l.diags));
  BOOST_TEST(has_diagnostic(l.diags, "missing-key"));
}

BOOST_AUTO_TEST_CASE(sqs_rules_load_with_their_provenance) {
  Diagnostics d;
  const auto rules = load_sqs_rules(sqs_rules_path(), d);
  BOOST_REQUIRE_MESSAGE(rules, test::dump(d));
  BOOST_TEST(rules->family == "sqs");
  BOOST_TEST(rules->sections.size() == 4u);
  BOOST_TEST(rules->sections.at(3).key == "sentence_served");
  BOOST_TEST(rules->sections.at(3).number == 4);
  BOOST_TEST(rules->lower_is_better);
  BOOST_TEST(rules->same_within.hundredths == 0);
  BOOST_TEST(rules->slightly_within.hundredths == 100);
  BOOST_TEST(rules->slightly_provenance.status == "inferred");
  BOOST_TEST(rules->contrasts.size() == 1u);
}

BOOST_AUTO_TEST_CASE(broken_sqs_rules_are_reported_at_their_position) {
  const std::string good = test::slurp(sqs_rules_path());
  auto expect = [&](const std::string& from, const std::string& to, const std::string& code, const std::string& needle) {
    const std::string yaml = test::replace_once(good, from, to);
    const Diagnostics d = load_rules_text(yaml);
    BOOST_TEST(has_diagnostic(d, code, test::line_of(yaml, needle), column_of(yaml, needle)),
               code << " expected at '" << needle << "':" << test::dump(d));
  };
  expect("within: 0.0", "within: 2.0", "margins-out-of-order", "2.0");
  expect("national: better}", "national: beter}", "unknown-direction", "beter");
  expect("better: lower", "better: smaller", "unknown-direction", "smaller");
  expect("protecting_the_child, sentence_served]", "protecting_the_child, protecting_the_child]", "duplicate-section",
         "protecting_the_child]");
  expect("    status: reference\n    evidence: Bolton's", "    status: referenced\n    evidence: Bolton's",
         "bad-provenance", "referenced");
  const std::string no_provenance = test::replace_once(
      good, "  provenance:\n    status: inferred\n    evidence: Neither letter", "  note:\n    status: inferred\n    evidence: Neither letter");
  BOOST_TEST(has_diagnostic(load_rules_text(no_provenance), "missing-provenance"));
}
