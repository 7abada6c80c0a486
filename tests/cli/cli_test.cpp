#define BOOST_TEST_MODULE cli
#include <boost/test/unit_test.hpp>

#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

BOOST_AUTO_TEST_CASE(render_writes_markdown_and_exits_zero) {
  test::TempDir dir;
  const fs::path out = dir.path() / "out" / "western-bay.md";
  const auto r = test::run_quire("render " + quoted(test::western_bay()) + " -o " + quoted(out));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.err.empty(), r.err);
  BOOST_TEST(test::slurp(out) == test::slurp(test::test_file("pipeline/golden/domain-western-bay-2019.md")));
}

BOOST_AUTO_TEST_CASE(bad_input_exits_two_with_every_error_positioned_and_keeps_the_old_output) {
  test::TempDir dir;
  std::string yaml = test::replace_once(test::minimal_fixture(), "  isbn:", "  isnb:");
  yaml = test::replace_once(yaml, "overall_rating: good", "overall_rating: outstanding");
  const auto input = dir.write("bad.yaml", yaml);
  const auto existing = dir.write("report.md", "the previous, good report\n");
  const auto r = test::run_quire("render " + quoted(input) + " -o " + quoted(existing));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find(input.string() + ":" + std::to_string(test::line_of(yaml, "  isnb:")) +
                        ":3: error: unknown key 'isnb'") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("rating-contradicts-rules") != std::string::npos, r.err);
  BOOST_TEST(test::slurp(existing) == "the previous, good report\n");
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++files;
  BOOST_TEST(files == 2, "no temporary file is left behind");
}

BOOST_AUTO_TEST_CASE(missing_input_exits_two) {
  const auto r = test::run_quire("validate /nonexistent/inspection.yaml");
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("/nonexistent/inspection.yaml: error: cannot read") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_two) {
  BOOST_TEST(test::run_quire("").exit_code == 2);
  BOOST_TEST(test::run_quire("publish x.yaml").exit_code == 2);
  BOOST_TEST(test::run_quire("render " + quoted(test::western_bay())).exit_code == 2);  // no -o
  BOOST_TEST(test::run_quire("score " + quoted(test::western_bay()) + " --draft").exit_code == 2);
  BOOST_TEST(test::run_quire("render " + quoted(test::western_bay()) + " -o x.md --lang fr").exit_code == 2);
}

BOOST_AUTO_TEST_CASE(unsupported_format_exits_two_and_writes_nothing) {
  test::TempDir dir;
  const auto r = test::run_quire("render " + quoted(test::western_bay()) + " -o " + quoted(dir.path() / "r.docx"));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(!fs::exists(dir.path() / "r.docx"));
}

BOOST_AUTO_TEST_CASE(help_exits_zero_for_the_tool_and_each_command) {
  for (const char* args : {"--help", "render --help", "validate --help", "score --help"}) {
    const auto r = test::run_quire(args);
    BOOST_TEST(r.exit_code == 0, args);
    BOOST_TEST(r.out.find("usage: quire") != std::string::npos, args);
  }
}

BOOST_AUTO_TEST_CASE(validate_passes_the_example) {
  const auto r = test::run_quire("validate " + quoted(test::western_bay()));
  BOOST_TEST(r.exit_code == 0, r.err);
}

BOOST_AUTO_TEST_CASE(score_prints_the_audit_trail) {
  const auto r = test::run_quire("score " + quoted(test::western_bay()));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(r.out.find("2.1.3  37%  = 11/30") != std::string::npos, r.out);
  BOOST_TEST(r.out.find("professional discretion: requires_improvement -> inadequate") != std::string::npos);
  BOOST_TEST(r.out.find("overall: inadequate (6/36 points)") != std::string::npos);
  const auto j = test::run_quire("score --json " + quoted(test::western_bay()));
  BOOST_TEST(j.exit_code == 0);
  const auto json = test::parse_json(j.out);
  const auto& s = test::element_with(json.at("standards"), "number", "3.3");
  BOOST_TEST(s.at("domain") == 3);
  BOOST_TEST(s.at("judged") == false);
  BOOST_TEST(s.at("rating") == "inadequate");
  BOOST_TEST(s.at("computed_rating") == "requires_improvement");
  BOOST_TEST(s.at("deciding_question") == "3.3.2");
  const auto& k = test::element_with(s.at("key_questions"), "id", "3.3.2");
  BOOST_TEST(k.at("yes") == 7);
  BOOST_TEST(k.at("answered") == 14);
  BOOST_TEST(k.at("percent") == 50);
  BOOST_TEST(s.at("discretion").get<std::string>().starts_with("Under 3.3 professional discretion"));
  BOOST_TEST(json.at("overall").at("rating") == "inadequate");
  BOOST_TEST(json.at("overall").at("points") == 6);
  BOOST_TEST(json.at("overall").at("max_points") == 36);
}

// Issue 15: links are checked on the parsed Markdown. A reference-style link's destination stands
// in its definition, which the old text scanner never read: `[the plan][p]` with
// `[p]: javascript:alert(1)` passed `validate` and reached the PDF as a /URI action. A definition
// in one field resolves a reference in another, as it does in the rendered report.
BOOST_AUTO_TEST_CASE(links_are_checked_on_the_parsed_markdown_at_their_positions) {
  test::TempDir dir;
  std::string yaml = test::replace_once(test::minimal_fixture(), "foreword: The foreword.\n",
                                        "foreword: |\n"
                                        "  Read [the plan][p] and <data:text/html,hi>.\n"
                                        "\n"
                                        "  [p]: javascript:alert(1)\n"
                                        "  [q]: file:///etc/passwd\n");
  yaml = test::replace_once(yaml, "introduction: Local context.", "introduction: Local [context][q], ![map](x.png).");
  const auto input = dir.write("links.yaml", yaml);
  const auto r = test::run_quire("validate " + quoted(input));
  BOOST_TEST(r.exit_code == 2, r.err);
  const std::string foreword = input.string() + ":" + std::to_string(test::line_of(yaml, "  Read [the plan]")) + ":";
  const std::string intro = input.string() + ":" + std::to_string(test::line_of(yaml, "introduction: ")) + ":";
  for (const std::string& expected :
       {foreword + "8: error: link target 'javascript:alert(1)' is not allowed",
        foreword + "26: error: link target 'data:text/html,hi' is not allowed",
        intro + "21: error: link target 'file:///etc/passwd' is not allowed",
        intro + "35: error: link target 'x.png' is not allowed"})
    BOOST_TEST(r.err.find(expected) != std::string::npos, "missing: " << expected << "\n" << r.err);
  const auto pdf = test::run_quire("render " + quoted(input) + " -o " + quoted(dir.path() / "links.pdf"));
  BOOST_TEST(pdf.exit_code == 2);
  BOOST_TEST(!fs::exists(dir.path() / "links.pdf"));
}
