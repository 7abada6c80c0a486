// The Rochdale FJI report's structure: sections in the reference's order, call-outs where they stand,
// numbering generated, the Data Summary charts and the scoring table from the data and rules.
#include <boost/test/unit_test.hpp>

#include "markdown/markdown.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

std::string render(const std::filesystem::path& input) {
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(input, options, d);
  BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
  const auto md = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(md && !d.has_errors(), test::dump(d));
  return *md;
}

const std::string& rochdale() {
  static const std::string md =
      render(test::source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml");
  return md;
}

// Each of `needles` occurs in `text`, in this order.
void expect_in_order(const std::string& text, const std::vector<std::string>& needles) {
  std::size_t at = 0;
  for (const auto& needle : needles) {
    const auto found = text.find(needle, at);
    BOOST_TEST(found != std::string::npos, "'" << needle << "' missing or out of order");
    if (found != std::string::npos) at = found + needle.size();
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(rochdale_sections_are_in_the_reports_order) {
  const MarkdownOutline o = outline_markdown(rochdale());
  BOOST_TEST(o.headings[1] == 1);
  BOOST_TEST(o.unresolved_footnotes.empty());
  BOOST_TEST(o.footnote_definitions == 3);  // the drug-debt note and Governance's two
  BOOST_TEST(o.block_quotes == 15);         // every call-out
  BOOST_TEST(o.tables == 4 + 3);            // four Data Summary charts, acknowledgements, scoring, glossary
  const std::vector<std::string> order = {
      "2:Foreword", "2:Summary", "3:Reducing the likelihood of reoffending", "3:Governance", "2:Recommendations",
      "2:Contents", "2:Theme 1: Reducing the likelihood of reoffending", "3:What we expect to see",
      "3:Case assessment score", "3:Key Findings", "3:Explanation of findings", "4:1. Assessment",
      "4:2. Planning for interventions", "4:3. Delivery of interventions", "4:4. Initial outcomes",
      "4:5. Leadership, management and partnership", "3:Summary", "3:Data Summary", "2:Theme 2: Protecting the Public",
      "2:Theme 3: Protecting the child or young person", "2:Theme 4: Ensuring that the sentence is served",
      "2:Theme 5: Governance", "4:1. National and local criminal justice objectives are met",
      "4:4. Positive outcomes are achieved and sustained", "3:Summary", "2:Appendices",
      "3:Appendix 1: Contextual information about the area inspected", "4:Youth Justice Board indicators",
      "3:Appendix 2: Contextual information about the inspected case sample", "3:Appendix 3: Acknowledgements",
      "3:Appendix 4: Inspection arrangements", "4:Methodology", "4:Publication arrangements",
      "3:Appendix 5: Scoring approach", "3:Appendix 6: Criteria", "3:Appendix 7: Glossary",
      "3:Appendix 8: Role of HMI Probation and Code of Practice"};
  std::size_t at = 0;
  for (const auto& heading : order) {
    while (at < o.heading_texts.size() && o.heading_texts[at] != heading) ++at;
    BOOST_TEST(at < o.heading_texts.size(), "heading '" << heading << "' missing or out of order");
  }
}

BOOST_AUTO_TEST_CASE(rochdale_summary_sentences_come_from_the_descriptors) {
  const std::string& md = rochdale();
  expect_in_order(md, {"Overall, work to reduce reoffending was good. The quality",
                       "Overall, work to protect the public and actual or potential victims was good.",
                       "Overall, governance was unsatisfactory. The YOT Management Board",
                       "Within the case assessment, overall 65% of work to reduce reoffending was done well enough.",
                       "Within the case assessment, overall 69% of work to ensure the sentence was served"});
}

BOOST_AUTO_TEST_CASE(rochdale_callouts_stand_after_the_paragraph_they_are_printed_beside) {
  const std::string& md = rochdale();
  expect_in_order(md, {"1.5. We saw very little assessment", "> **An effective practice example**",
                       "#### 2. Planning for interventions", "2.1. Case Planning Forums",
                       "3.3. The YOT educational welfare officer (EWO)", "> **Comment from interview with a young person**",
                       "> \"I felt like I could speak to", "3.4. The YOS had dedicated resettlement workers",
                       "> **The following are quotes from young people about their experience of Early Break:**",
                       "3.6. The children and young people who were interviewed",
                       "> **Case illustration: An example of effective education and training provision:**",
                       "> **The Eagle and Child**", "4.3. Limited numbers of formal meetings"});
}

BOOST_AUTO_TEST_CASE(rochdale_numbering_and_owners_are_generated) {
  const std::string& md = rochdale();
  BOOST_TEST(md.find("3\\. There is an information sharing policy in place between the YOT and all partner agencies "
                     "which includes how consent from children and young people is sought, provided, and recorded. "
                     "(Chair of the Management Board and Head of YOT).") != std::string::npos);
  BOOST_TEST(md.find("6\\. Records completed by the YOT staff more accurately reflect the work being undertaken "
                     "(Head of YOT).") != std::string::npos);
  BOOST_TEST(md.find("5.7. Health managers had not provided") != std::string::npos);
  BOOST_TEST(md.find("4\\. Some children and young people do not fully understand") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rochdale_charts_and_scoring_table_come_from_data_and_rules) {
  const std::string& md = rochdale();
  expect_in_order(md, {"**Protecting the Public**", "| Plan to manage risk of harm to others | 65% |",
                       "| Joint work with the police | 86% |"});
  // Stars out of the most any descriptor gets: drawn in the PDF, and as characters in the Markdown.
  expect_in_order(md, {"| 80% + | Very good | <!-- quire:stars 4/4 -->★★★★ |",
                       "| 65% - 79% | Good | <!-- quire:stars 3/4 -->★★★ |",
                       "| 50% - 64% | Unsatisfactory | <!-- quire:stars 2/4 -->★★ |",
                       "| < 50% | Poor | <!-- quire:stars 1/4 -->★ |"});
  BOOST_TEST(md.find("This reoffending proportion for Rochdale was 47%, worse than the 35.8% for England/Wales") !=
             std::string::npos);
  BOOST_TEST(md.find("24-28 June 2013 and 8-12 July 2013.") != std::string::npos);
  BOOST_TEST(md.find("(Data based on October 2011 to September 2012 cohort)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(fji_moderated_descriptor_is_what_the_report_prints) {
  test::TempDir dir;
  std::string yaml = test::slurp(test::test_file("fixtures/fji-minimal.yaml"));
  yaml = test::replace_once(yaml, "    case_score: 70\n    descriptor: good\n",
                            "    case_score: 70\n    descriptor: unsatisfactory\n    moderation: Shortcomings.\n");
  yaml = test::replace_once(yaml, "frequency: {area: 1.0,", "frequency: {area: 0.9,");
  const std::string md = render(dir.write("inspection.yaml", yaml));
  BOOST_TEST(md.find("Overall, work to reduce reoffending was unsatisfactory. Summary one.") != std::string::npos, md);
  BOOST_TEST(md.find("Within the case assessment, overall 70% of work") != std::string::npos);
  BOOST_TEST(md.find("per child or young person who reoffends, better than the 1.03") != std::string::npos);
  BOOST_TEST(md.find("**Reducing the likelihood of reoffending**\n") == std::string::npos, "no chart without figures");
}

// Issue 16, defect 12: where moderation moved a theme's descriptor, the report shows the computed
// descriptor beside the final one, and the reason.
BOOST_AUTO_TEST_CASE(issue16_a_moderated_descriptor_shows_the_computed_one_and_the_reason) {
  const auto folder = test::source_root() / "examples" / "fji-rochdale-2013";
  test::TempDir dir;
  dir.write("cases.csv", test::slurp(folder / "cases.csv"));
  const std::string yaml = test::replace_once(
      test::slurp(folder / "inspection.yaml"),
      "    descriptor: good               # as published; checked against the rules (no moderation)\n",
      "    descriptor: unsatisfactory\n    moderation: Two cases showed serious shortcomings left unaddressed.\n");
  const std::string md = render(dir.write("inspection.yaml", yaml));
  expect_in_order(md, {"The case assessment score alone gives the descriptor 'Good'; moderation set the final "
                       "descriptor to 'Unsatisfactory':",
                       "Two cases showed serious shortcomings left unaddressed."});
  BOOST_TEST(rochdale().find("moderation set the final descriptor") == std::string::npos);
}
