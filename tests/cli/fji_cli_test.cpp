// The command line with an FJI input: exit codes, the written report and the audit trail.
#include <boost/test/unit_test.hpp>

#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }
fs::path rochdale() { return test::source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml"; }

}  // namespace

BOOST_AUTO_TEST_CASE(fji_render_writes_the_golden_markdown_and_exits_zero) {
  test::TempDir dir;
  const fs::path out = dir.path() / "fji.md";
  const auto r = test::run_quire("render " + quoted(rochdale()) + " -o " + quoted(out));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(test::slurp(out) == test::slurp(test::test_file("pipeline/golden/fji-rochdale-2013.md")));
}

BOOST_AUTO_TEST_CASE(fji_validate_and_score_exit_zero) {
  BOOST_TEST(test::run_quire("validate " + quoted(rochdale())).exit_code == 0);
  const auto r = test::run_quire("score " + quoted(rochdale()));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("  score: 66% = 109/165 pooled answers yes, published 66%") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("  final: good (3 stars)") != std::string::npos, r.out);
  const auto j = test::run_quire("score --json " + quoted(rochdale()));
  BOOST_TEST(j.exit_code == 0);
  const auto json = test::parse_json(j.out);
  const auto& governance = test::element_with(json.at("themes"), "number", 5);
  BOOST_TEST(governance.at("key") == "governance");
  BOOST_TEST(governance.at("judged") == true);
  BOOST_TEST(governance.at("descriptor") == "unsatisfactory");
  BOOST_TEST(!governance.contains("percent"));
  const auto& pooled = test::element_with(json.at("themes"), "answered", 165);
  BOOST_TEST(pooled.at("yes") == 109);
  BOOST_TEST(pooled.at("percent") == 66);
  BOOST_TEST(pooled.at("published") == 66);
  BOOST_TEST(pooled.at("descriptor") == "good");
  BOOST_TEST(pooled.at("stars") == 3);
}

BOOST_AUTO_TEST_CASE(fji_bad_input_exits_two_positioned_and_keeps_the_old_output) {
  test::TempDir dir;
  std::string yaml = test::slurp(test::test_file("fixtures/fji-minimal.yaml"));
  yaml = test::replace_once(yaml, "    case_score: 81\n", "    case_score: 81\n    descriptor: poor\n");
  yaml = test::replace_once(yaml, "  isbn:", "  isnb:");
  const auto input = dir.write("bad.yaml", yaml);
  const auto existing = dir.write("report.md", "the previous report\n");
  const auto r = test::run_quire("render " + quoted(input) + " -o " + quoted(existing));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(input.string() + ":" + std::to_string(test::line_of(yaml, "  isnb:")) +
                        ":3: error: unknown key 'isnb'") != std::string::npos,
             r.err);
  BOOST_TEST(test::slurp(existing) == "the previous report\n");
  const auto s = test::run_quire("score " + quoted(input));
  BOOST_TEST(s.exit_code == 2);
  BOOST_TEST(s.out.empty(), "no audit trail for bad input");
}

BOOST_AUTO_TEST_CASE(fji_contradicted_descriptor_fails_validation_with_its_position) {
  test::TempDir dir;
  std::string yaml = test::slurp(test::test_file("fixtures/fji-minimal.yaml"));
  yaml = test::replace_once(yaml, "    case_score: 81\n", "    case_score: 81\n    descriptor: poor\n");
  const auto input = dir.write("bad.yaml", yaml);
  const auto r = test::run_quire("validate " + quoted(input));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(input.string() + ":" + std::to_string(test::line_of(yaml, "descriptor: poor")) +
                        ":17: error: theme 2 is described as 'poor' but the rules give 'very_good'") != std::string::npos,
             r.err);
}
