// The CCI templates and view: what the smallest report prints, and how words follow the scores.
#include <boost/test/unit_test.hpp>

#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

std::string cci_fixture() { return test::slurp(test::test_file("fixtures/cci-minimal.yaml")); }

std::string render_cci(const std::string& yaml, bool draft = false) {
  test::TempDir dir;
  Options options;
  options.root = test::source_root();
  options.draft = draft;
  Diagnostics d;
  auto prepared = prepare(dir.write("a.yaml", yaml), options, d);
  BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
  const auto md = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(md && !d.has_errors(), test::dump(d));
  return *md;
}

}  // namespace

BOOST_AUTO_TEST_CASE(cci_minimal_report_renders_every_part_from_published_figures) {
  const std::string md = render_cci(cci_fixture());
  BOOST_TEST(md.find("<!-- quire:cover -->\n# Core Case Inspection of youth offending work in England and Wales") !=
             std::string::npos);
  BOOST_TEST(md.find("**Testshire**") != std::string::npos);
  BOOST_TEST(md.find("**OVERALL SCORE: 66%**") != std::string::npos);
  BOOST_TEST(md.find("| 60% | MODERATE improvement required |") != std::string::npos);
  BOOST_TEST(md.find("Twelve children and young people completed a questionnaire") != std::string::npos);
  BOOST_TEST(md.find("Two questionnaires were completed by victims") != std::string::npos);
  BOOST_TEST(md.find("(1) do one thing (Head of Service).") != std::string::npos);
  BOOST_TEST(md.find("<!-- quire:callout example -->\n> **Assessment and Sentence Planning**  \n> **General Criterion: 1.2**") !=
             std::string::npos);
  BOOST_TEST(md.find("involved the examination of 40 cases.\n") != std::string::npos);
  // No programme: no comparison table and no sentence pointing at one.
  BOOST_TEST(md.find("| Lowest |") == std::string::npos);
  BOOST_TEST(md.find("see the Table below") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(cci_headline_below_the_rules_edge_is_stressed_in_the_foreword) {
  std::string yaml = test::replace_once(cci_fixture(), "risk_of_harm: 65", "risk_of_harm: 49");
  std::string md = render_cci(yaml);
  BOOST_TEST(md.find("was done well enough only 49% of the time") != std::string::npos);
  BOOST_TEST(md.find("**Comment:** <!-- quire:rating -->SUBSTANTIAL improvement required") != std::string::npos);
  yaml = test::replace_once(cci_fixture(), "risk_of_harm: 65", "risk_of_harm: 50");
  md = render_cci(yaml);
  BOOST_TEST(md.find("was done well enough 50% of the time") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cci_comment_words_follow_the_bands) {
  std::string yaml = test::replace_once(cci_fixture(), "{safeguarding: 70,", "{safeguarding: 80,");
  yaml = test::replace_once(yaml, "likelihood_of_reoffending: 72}", "likelihood_of_reoffending: 39}");
  const std::string md = render_cci(yaml);
  BOOST_TEST(md.find("### Safeguarding score:\n\nThis score indicates") != std::string::npos);
  BOOST_TEST(md.find("**Score:** 80%\n\n**Comment:** <!-- quire:rating -->MINIMUM improvement required") !=
             std::string::npos);
  BOOST_TEST(md.find("**Score:** 39%\n\n**Comment:** <!-- quire:rating -->DRASTIC improvement required") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(cci_data_text_is_escaped_and_narrative_is_not) {
  std::string yaml = test::replace_once(cci_fixture(), "{role: Lead Inspector, names: [Ann Example]}",
                                        "{role: Lead *Inspector*, names: [Ann | Example]}");
  yaml = test::replace_once(yaml, "foreword: The overall view.", "foreword: The *overall* view.");
  const std::string md = render_cci(yaml);
  BOOST_TEST(md.find("| Lead \\*Inspector\\* | Ann \\| Example |") != std::string::npos);
  BOOST_TEST(md.find("The *overall* view.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cci_draft_is_marked) {
  BOOST_TEST(render_cci(cci_fixture(), true).find("**Draft**") == 0u);
}
