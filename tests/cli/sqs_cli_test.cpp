// The command line's contract for SQS letters: exit codes, positioned errors, the score's derivation.
#include <boost/test/unit_test.hpp>

#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

fs::path sqs_example(const std::string& name) { return test::source_root() / "examples" / name / "inspection.yaml"; }

}  // namespace

BOOST_AUTO_TEST_CASE(sqs_letters_render_and_exit_zero) {
  for (const char* example : {"sqs-nottingham-city-2016", "sqs-bolton-2015"}) {
    BOOST_TEST_CONTEXT(example) {
      test::TempDir dir;
      const fs::path out = dir.path() / "letter.md";
      const auto r = test::run_quire("render " + quoted(sqs_example(example)) + " -o " + quoted(out));
      BOOST_TEST(r.exit_code == 0, r.err);
      BOOST_TEST(r.err.empty(), r.err);
      BOOST_TEST(test::slurp(out) == test::slurp(test::test_file(std::string("pipeline/golden/") + example + ".md")));
      BOOST_TEST(test::run_quire("validate " + quoted(sqs_example(example))).exit_code == 0);
    }
  }
}

BOOST_AUTO_TEST_CASE(sqs_score_prints_each_letters_comparison_words) {
  const auto n = test::run_quire("score " + quoted(sqs_example("sqs-nottingham-city-2016")));
  BOOST_TEST(n.exit_code == 0, n.err);
  BOOST_TEST(n.out.find("against the England and Wales average: 37.8% -> 0.6 points lower: better, within 1.0: "
                        "slightly -> slightly_better") != std::string::npos, n.out);
  BOOST_TEST(n.out.find("-> worse\n    as published: worse (agrees)") != std::string::npos, n.out);
  BOOST_TEST(n.out.find("joined as: a contrast (worse then better)") != std::string::npos, n.out);
  const auto b = test::run_quire("score " + quoted(sqs_example("sqs-bolton-2015")));
  BOOST_TEST(b.exit_code == 0, b.err);
  BOOST_TEST(b.out.find("35.7% -> 0.3 points higher: worse, within 1.0: slightly -> slightly_worse") != std::string::npos,
             b.out);
  BOOST_TEST(b.out.find("joined as: plain (better then worse)") != std::string::npos, b.out);
  const auto j = test::run_quire("score --json " + quoted(sqs_example("sqs-bolton-2015")));
  BOOST_TEST(j.exit_code == 0);
  const auto json = test::parse_json(j.out);
  const auto& national = json.at("national");
  BOOST_TEST(national.at("direction") == "worse");
  BOOST_TEST(national.at("slightly") == true);
  BOOST_TEST(national.at("words") == "slightly_worse");
  BOOST_TEST(national.at("difference_hundredths") == 30);
  BOOST_TEST(json.at("previous_year").at("direction") == "better");
  BOOST_TEST(json.at("contrast") == false);
}

BOOST_AUTO_TEST_CASE(bad_sqs_input_exits_two_with_positions_and_keeps_the_old_output) {
  test::TempDir dir;
  std::string yaml = test::slurp(test::test_file("fixtures/sqs-minimal.yaml"));
  yaml = test::replace_once(yaml, "pronoun: she", "pronoun: it");
  yaml = test::replace_once(yaml, "national: slightly_better}", "national: worse}");
  const auto input = dir.write("bad.yaml", yaml);
  const auto existing = dir.write("letter.md", "the previous letter\n");
  const auto r = test::run_quire("render " + quoted(input) + " -o " + quoted(existing));
  BOOST_TEST(r.exit_code == 2);
  const std::string line = std::to_string(test::line_of(yaml, "pronoun: it"));
  BOOST_TEST(r.err.find(input.string() + ":" + line + ":") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("unknown pronoun 'it'") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("comparison-contradicts-figures") != std::string::npos, r.err);
  BOOST_TEST(test::slurp(existing) == "the previous letter\n");
  BOOST_TEST(test::run_quire("score " + quoted(input)).exit_code == 2);
  BOOST_TEST(test::run_quire("validate " + quoted(input)).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(sqs_letter_with_the_wrong_rules_exits_two) {
  test::TempDir dir;
  const std::string yaml =
      test::replace_once(test::slurp(test::test_file("fixtures/sqs-minimal.yaml")), "rules: sqs-2015", "rules: domain-2018");
  const auto r = test::run_quire("validate " + quoted(dir.write("a.yaml", yaml)));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(":3:8: error: rules 'domain-2018' are for family 'domain-rated', not 'sqs' "
                        "[rules-for-other-family]") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("domain-2018.yaml") == std::string::npos, "nothing is reported inside the other family's rules");
}
