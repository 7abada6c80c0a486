// The command line with a CCI inspection: exit codes, positioned errors, the audit trail.
#include <boost/test/unit_test.hpp>

#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

const fs::path kExample = test::source_root() / "examples" / "cci-wandsworth-2012";

}  // namespace

BOOST_AUTO_TEST_CASE(cci_render_writes_the_golden_markdown_and_exits_zero) {
  test::TempDir dir;
  const fs::path out = dir.path() / "cci.md";
  const auto r = test::run_quire("render " + quoted(kExample / "inspection.yaml") + " -o " + quoted(out));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find("0 errors, 1 warning") != std::string::npos, r.err);
  BOOST_TEST(test::slurp(out) == test::slurp(test::test_file("pipeline/golden/cci-wandsworth-2012.md")));
}

BOOST_AUTO_TEST_CASE(cci_bad_input_exits_two_with_positions_and_keeps_the_old_output) {
  test::TempDir dir;
  std::string yaml = test::slurp(kExample / "inspection.yaml");
  yaml = test::replace_once(yaml, "  chief_inspector:", "  chief_inspektor:");
  yaml = test::replace_once(yaml, "        score: 71\n", "        score: 70\n");
  for (const char* name : {"cases.csv", "programme.yaml"}) dir.write(name, test::slurp(kExample / name));
  const auto input = dir.write("inspection.yaml", yaml);
  const auto existing = dir.write("report.md", "the previous report\n");
  const auto r = test::run_quire("render " + quoted(input) + " -o " + quoted(existing));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(input.string() + ":" + std::to_string(test::line_of(yaml, "  chief_inspektor:")) +
                        ":3: error: unknown key 'chief_inspektor' in 'report'; did you mean 'chief_inspector'?") !=
                 std::string::npos,
             r.err);
  BOOST_TEST(r.err.find(input.string() + ":" + std::to_string(test::line_of(yaml, "        score: 70")) +
                        ":16: error: criterion 2.2: the case answers give 181/256 = 71% but the data states 70%") !=
                 std::string::npos,
             r.err);
  BOOST_TEST(test::slurp(existing) == "the previous report\n");
}

BOOST_AUTO_TEST_CASE(cci_validate_passes_the_example) {
  const auto r = test::run_quire("validate " + quoted(kExample / "inspection.yaml"));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.find(": valid") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(cci_score_prints_the_whole_derivation) {
  const auto r = test::run_quire("score " + quoted(kExample / "inspection.yaml"));
  BOOST_TEST(r.exit_code == 0, r.err);
  for (const char* line : {
           "rules: cci-2012 (",
           "  moderate >= 60%  [reference: ",
           "section 2 (delivery_and_review)  61%  = 345/561 answers yes (n/a left out), published 61%  -> moderate",
           "  1.1  56%  = 90/161 answers yes (n/a left out), not published  -> substantial",
           "    3.2.4  9/17 yes, 12 n/a  action taken to make positive outcomes sustainable (community)",
           "  risk_of_harm  47%  = 147/316 answers yes (n/a left out), published 47%  -> substantial",
           "foreword: a headline below 50% is stressed",
           "  risk_of_harm  lowest 36% (Synthetic area 05), highest 86% (Synthetic area 07), average 63% = 750/12"})
    BOOST_TEST(r.out.find(line) != std::string::npos, "missing: " << line << "\n" << r.out);
}

BOOST_AUTO_TEST_CASE(cci_score_json_carries_every_figure) {
  const auto r = test::run_quire("score --json " + quoted(kExample / "inspection.yaml"));
  BOOST_TEST(r.exit_code == 0, r.err);
  const auto json = test::parse_json(r.out);
  BOOST_TEST(json.at("cases_examined") == 29);
  const auto& reoffending = test::element_with(json.at("headlines"), "id", "likelihood_of_reoffending");
  BOOST_TEST(reoffending.at("percent") == 64);
  BOOST_TEST(reoffending.at("comment") == "moderate");
  BOOST_TEST(reoffending.at("yes") == 263);
  BOOST_TEST(reoffending.at("answered") == 414);
  BOOST_TEST(reoffending.at("published") == 64);
  const auto& safeguarding = test::element_with(json.at("comparison").at("rows"), "headline", "safeguarding");
  BOOST_TEST(safeguarding.at("lowest") == 37);
  BOOST_TEST(safeguarding.at("highest") == 91);
  BOOST_TEST(safeguarding.at("average") == 68);
  BOOST_TEST(json.at("comparison").at("inspections") == 12);
}

BOOST_AUTO_TEST_CASE(cci_rules_for_another_family_exit_two) {
  test::TempDir dir;
  const std::string yaml = test::replace_once(test::slurp(test::test_file("fixtures/cci-minimal.yaml")),
                                              "rules: cci-2012", "rules: domain-2018");
  const auto r = test::run_quire("validate " + quoted(dir.write("a.yaml", yaml)));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(":3:8: error: rules 'domain-2018' are for family 'domain-rated', not 'cci'") != std::string::npos,
             r.err);
}
