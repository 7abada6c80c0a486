// Issue 18, tried as a new user would: what a freshly started inspection printed that it should
// not (a glossary heading over nothing, a chart's introduction with no chart, a 2018 sentence in
// a 2021 report, a second error behind an unknown SQS wording).
#include <boost/test/unit_test.hpp>

#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

const fs::path kNorthmoor = "fixtures/new-inspections/northmoor-2026/inspection.yaml";

// Renders an inspection file to Markdown (a draft when asked).
std::string render_in(const fs::path& file, bool draft = false) {
  Options options;
  options.root = test::source_root();
  options.draft = draft;
  Diagnostics d;
  auto prepared = prepare(file, options, d);
  BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
  const auto md = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(md && !d.has_errors(), test::dump(d));
  return *md;
}

std::string render_text(const std::string& yaml) {
  test::TempDir dir;
  return render_in(dir.write("inspection.yaml", yaml));
}

// The Northmoor inspection with its text changed, rendered beside a copy of its case file.
std::string render_northmoor(const std::string& yaml, bool draft = false) {
  test::TempDir dir;
  fs::copy_file(test::test_file(kNorthmoor).parent_path() / "cases.csv", dir.path() / "cases.csv");
  return render_in(dir.write("inspection.yaml", yaml), draft);
}

bool has(const std::string& md, const std::string& text) { return md.find(text) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(the_hand_written_northmoor_inspection_renders_its_own_figures) {
  const std::string md = render_in(test::test_file(kNorthmoor));
  BOOST_TEST(has(md, "# An inspection of youth offending services in Northmoor"));
  BOOST_TEST(has(md, "Overall Northmoor is rated as: **Good**"));
  BOOST_TEST(has(md, "4.1 Resettlement policy and provision"));
  BOOST_TEST(has(md, "We examined 2 resettlement cases."));
  // Nothing of the examples leaks in.
  BOOST_TEST(!has(md, "Testshire"));
  BOOST_TEST(!has(md, "Western Bay"));
}

BOOST_AUTO_TEST_CASE(a_report_selecting_no_glossary_terms_prints_no_glossary_annex) {
  const std::string yaml = test::slurp(test::test_file(kNorthmoor));
  std::string md = render_northmoor(yaml);
  BOOST_TEST(!has(md, "Glossary"));
  BOOST_TEST(has(md, "## Annex 2 – Inspection results"));
  md = render_northmoor(test::replace_once(yaml, "glossary: []", "glossary: [camhs]"));
  BOOST_TEST(has(md, "## Annex 3 – Glossary"));
  BOOST_TEST(has(md, "- [Annex 3 – Glossary](#annex-3--glossary)"));
}

BOOST_AUTO_TEST_CASE(the_2021_methodology_names_the_out_of_court_standards_it_examines_by_case) {
  // 3.4 is a policy standard in the 2021 framework, no longer "Joint working" examined case by case.
  const std::string md = render_in(test::test_file(kNorthmoor));
  BOOST_TEST(!has(md, "joint working"));
  BOOST_TEST(has(md, "examine work in relation to assessing, planning and implementing."));
  // The 2018 framework keeps its sentence.
  BOOST_TEST(has(render_in(test::western_bay()), "in relation to assessing, planning, implementing and joint working."));
}

BOOST_AUTO_TEST_CASE(cci_and_fji_without_glossary_terms_close_up_their_appendix_numbers) {
  const std::string cci = test::slurp(test::test_file("fixtures/cci-minimal.yaml"));
  std::string md = render_text(cci);
  BOOST_TEST(has(md, "## Appendix 5: Glossary"));
  BOOST_TEST(has(md, "## Appendix 6: Role of HMI Probation"));
  md = render_text(test::replace_once(cci, "glossary: [yot]", "glossary: []"));
  BOOST_TEST(!has(md, "Glossary"));
  BOOST_TEST(has(md, "## Appendix 5: Role of HMI Probation"));
  BOOST_TEST(has(md, "- [Appendix 5: Role of HMI Probation"));

  const std::string fji = test::slurp(test::test_file("fixtures/fji-minimal.yaml"));
  md = render_text(test::replace_once(fji, "glossary: [yot]", "glossary: []"));
  BOOST_TEST(!has(md, "Glossary"));
  BOOST_TEST(has(md, "### Appendix 7: Role of HMI Probation"));
}

BOOST_AUTO_TEST_CASE(fji_without_case_answers_prints_no_data_summary_for_a_chart_it_lacks) {
  const std::string md = render_text(test::slurp(test::test_file("fixtures/fji-minimal.yaml")));
  BOOST_TEST(!has(md, "Data Summary"));
  BOOST_TEST(!has(md, "The following chart"));
  // Rochdale's case file gives every scored theme its chart, under its heading.
  const std::string rochdale = render_in(test::source_root() / "examples/fji-rochdale-2013/inspection.yaml");
  BOOST_TEST(has(rochdale, "### Data Summary\n\nThe following chart"));
}

BOOST_AUTO_TEST_CASE(an_unknown_sqs_wording_is_one_error_not_a_missing_label_too) {
  test::TempDir dir;
  const std::string yaml =
      test::replace_once(test::slurp(test::test_file("fixtures/sqs-minimal.yaml")), "wording: 2016", "wording: 2026");
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(dir.write("inspection.yaml", yaml), options, d);
  if (prepared) (void)render_report_markdown(*prepared, options, d);
  BOOST_TEST(test::has_diagnostic(d, "unknown-wording", test::line_of(yaml, "wording: 2026"), 12), test::dump(d));
  BOOST_TEST(!test::has_diagnostic(d, "missing-label"), test::dump(d));
}

BOOST_AUTO_TEST_CASE(a_2021_report_with_domain_four_not_rated_counts_three_domains_inspected) {
  // Domain four not rated (no resettlement cases) was still "inspecting ... in four domains".
  const fs::path testshire = test::source_root() / "examples/domain-testshire-2023";
  const std::string variant = render_in(testshire / "no-resettlement.yaml");
  BOOST_TEST(has(variant, "determined by inspecting the youth justice service in three domains of its work."));
  BOOST_TEST(!has(variant, "in four domains of its work"));
  BOOST_TEST(has(render_in(testshire / "inspection.yaml"), "in four domains of its work."));
}

std::string yaml_one() { return test::slurp(test::test_file(kNorthmoor)); }

BOOST_AUTO_TEST_CASE(a_draft_says_how_many_typed_stand_ins_it_prints_as_if_written) {
  // A new file's draft printed "Overall rating: Inadequate" and "January 2020", worked out from
  // and taken from `!todo 0` and `!todo 2020-01`, with nothing to say they were not written.
  std::string yaml = test::slurp(test::test_file(kNorthmoor));
  yaml = test::replace_once(yaml, "area: 142", "area: !todo 0");
  yaml = test::replace_once(yaml, "rating: good", "rating: !todo requires_improvement");
  yaml = test::replace_once(yaml, "published: 2026-11", "published: !todo 2020-01");
  // A text stand-in shows itself ("[to write: ...]"), so it is not counted.
  yaml = test::replace_once(yaml, "  lead_inspector: Priya Oduya", "  lead_inspector: !todo \"[to write: lead_inspector]\"");
  const std::string draft = render_northmoor(yaml, true);
  BOOST_TEST(has(draft, "Not yet written: 3 values in this draft (figures, dates, ratings and the like) are stand-ins"));
  BOOST_TEST(has(draft, "to write: lead\\_inspector"));
  const std::string one = render_northmoor(test::replace_once(yaml_one(), "area: 142", "area: !todo 0"), true);
  BOOST_TEST(has(one, "Not yet written: 1 value in this draft (a figure, date, rating or the like) is a stand-in,"));
  BOOST_TEST(!has(render_in(test::test_file(kNorthmoor), true), "Not yet written"));
}
