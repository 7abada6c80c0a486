// Issue 16's defects that show in a whole report: each test changes an example the way a new
// inspection did, and failed before its fix.
#include <boost/test/unit_test.hpp>

#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

struct Result {
  Diagnostics diags;
  std::optional<std::string> markdown;
};

// The example `name` with `from` replaced by `to` in its inspection.yaml, checked and rendered to
// Markdown in `language` (nothing rendered when the data has errors).
Result render_changed(const std::string& name, const std::string& from, const std::string& to,
                      const std::string& language = "en") {
  const fs::path folder = test::source_root() / "examples" / name;
  test::TempDir dir;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file()) fs::copy_file(entry.path(), dir.path() / entry.path().filename());
  const std::string yaml = from.empty() ? test::slurp(folder / "inspection.yaml")
                                        : test::replace_once(test::slurp(folder / "inspection.yaml"), from, to);
  const fs::path input = dir.write("inspection.yaml", yaml);
  Options options;
  options.root = test::source_root();
  options.language = language;
  Result r;
  auto prepared = prepare(input, options, r.diags);
  if (prepared && !r.diags.has_errors()) r.markdown = render_report_markdown(*prepared, options, r.diags);
  return r;
}

bool has_code(const Diagnostics& d, const std::string& code) { return test::has_diagnostic(d, code); }

}  // namespace

// Defect 5: `commentary: ""` printed a bare "COMMENTARY on ...:" and `operational_management: ""` a
// bare heading; an empty text is refused as an empty list is.
BOOST_AUTO_TEST_CASE(issue16_an_empty_text_is_an_error_not_a_bare_heading) {
  const std::string sqs = test::slurp(test::source_root() / "examples" / "sqs-bolton-2015" / "inspection.yaml");
  // The whole block, up to the next top-level key.
  const auto at = sqs.find("operational_management: |\n");
  BOOST_REQUIRE(at != std::string::npos);
  auto end = sqs.find('\n', at);
  while (end + 1 < sqs.size() && (sqs[end + 1] == ' ' || sqs[end + 1] == '\n')) end = sqs.find('\n', end + 1);
  const Result r = render_changed("sqs-bolton-2015", sqs.substr(at, end - at), "operational_management: \"\"");
  BOOST_TEST(has_code(r.diags, "empty-text"), test::dump(r.diags));
  BOOST_TEST(!r.markdown);
}

// Defect 9: without `case_characteristics`, "Appendix 4" printed empty and kept its contents entry;
// the appendices after it are numbered as printed.
BOOST_AUTO_TEST_CASE(issue16_cci_appendix_without_data_is_left_out_with_its_entry) {
  const Result r = render_changed("cci-wandsworth-2012", "", "");
  BOOST_REQUIRE_MESSAGE(r.markdown, test::dump(r.diags));
  BOOST_TEST(r.markdown->find("Characteristics of cases inspected") == std::string::npos);
  BOOST_TEST(r.markdown->find("## Appendix 4: Scoring approach") != std::string::npos);
  BOOST_TEST(r.markdown->find("(#appendix-4-scoring-approach)") != std::string::npos);
  BOOST_TEST(r.markdown->find("can be found in Appendix 4") != std::string::npos);
  const Result with = render_changed("cci-wandsworth-2012", "\nglossary: [", "\ncase_characteristics: Most were boys.\n\nglossary: [");
  BOOST_REQUIRE_MESSAGE(with.markdown, test::dump(with.diags));
  BOOST_TEST(with.markdown->find("## Appendix 4: Characteristics of cases inspected\n\nMost were boys.") !=
             std::string::npos);
  BOOST_TEST(with.markdown->find("## Appendix 5: Scoring approach") != std::string::npos);
}

// Defect 10: the methodology said "between 38 and 99 individual cases" beside a 30-case sample
// without a word, and the indicators' heading said 2011/2012 whatever the year.
BOOST_AUTO_TEST_CASE(issue16_cci_methodology_and_indicator_years_follow_the_data) {
  const Result r = render_changed("cci-wandsworth-2012",
                                  "  sample_note: However, during this inspection, due to the impact of the national "
                                  "day of industrial action, we inspected a slightly reduced sample.\n",
                                  "");
  BOOST_TEST(has_code(r.diags, "sample-outside-range"), test::dump(r.diags));
  BOOST_REQUIRE(r.markdown);
  BOOST_TEST(r.markdown->find("between 38 and 99") != std::string::npos);  // from data/rules/cci-2012.yaml
  const Result explained = render_changed("cci-wandsworth-2012", "", "");
  BOOST_TEST(!has_code(explained.diags, "sample-outside-range"), test::dump(explained.diags));
  BOOST_TEST(explained.markdown->find("Youth Justice Outcome Indicators 2011/2012 onwards") != std::string::npos);
  const Result later = render_changed("cci-wandsworth-2012", "  published: 2012-03", "  published: 2012-06");
  BOOST_REQUIRE_MESSAGE(later.markdown, test::dump(later.diags));
  BOOST_TEST(later.markdown->find("Youth Justice Outcome Indicators 2012/2013 onwards") != std::string::npos);
}

// Defect 11: a "See also" named a term the report's glossary lacked.
BOOST_AUTO_TEST_CASE(issue16_a_see_also_names_a_term_of_the_reports_glossary) {
  const Result see_also = render_changed("cci-wandsworth-2012", " yois,", "");
  BOOST_TEST(has_code(see_also.diags, "see-also-missing"), test::dump(see_also.diags));
}

// Defect 11: the English glossary printed in the data's order (the Welsh one was sorted); every
// edition sorts by its own alphabet.
BOOST_AUTO_TEST_CASE(issue16_the_english_glossary_is_in_alphabetical_order) {
  // Western Bay's data lists "Court disposals" before "Child Protection", as its reference printed them.
  const Result r = render_changed("domain-western-bay-2019", "", "");
  BOOST_REQUIRE_MESSAGE(r.markdown, test::dump(r.diags));
  const auto child = r.markdown->find("\n| Child Protection |");
  const auto court = r.markdown->find("\n| Court disposals |");
  const auto yot = r.markdown->find("\n| YOT/YOS |");
  BOOST_REQUIRE(child != std::string::npos);
  BOOST_REQUIRE(court != std::string::npos);
  BOOST_REQUIRE(yot != std::string::npos);
  BOOST_TEST(child < court);
  BOOST_TEST(court < yot);
}

// Defect 11: a term the report's glossary lists but its text never uses drew no warning; it warns at
// the term's place in the list, naming it. Terms used only in fixed text count as used.
BOOST_AUTO_TEST_CASE(issue16_a_glossary_term_the_text_never_uses_warns) {
  const std::string from = "glossary: [court-disposals,";
  const Result r = render_changed("domain-testshire-2023", from, "glossary: [asb, hmic, court-disposals,");
  BOOST_REQUIRE_MESSAGE(r.markdown, test::dump(r.diags));  // a warning: the report is still written
  const std::string yaml = test::slurp(test::source_root() / "examples" / "domain-testshire-2023" / "inspection.yaml");
  BOOST_TEST(test::has_diagnostic(r.diags, "unused-glossary-term", test::line_of(yaml, from), 12), test::dump(r.diags));
  BOOST_TEST(test::dump(r.diags).find("glossary term 'asb' (ASB/ASBO) is listed but the report's text never uses it") !=
                 std::string::npos,
             test::dump(r.diags));
  int unused = 0;
  for (const auto& d : r.diags.all()) unused += d.code == "unused-glossary-term";
  BOOST_TEST(unused == 2, test::dump(r.diags));
  // A term of the family's standard glossary, which the references print whole, is not checked;
  // MAPPA, used only by the fixed text on legislation, is used.
  for (const char* id : {"neet", "mappa"}) {
    const Result standard = render_changed("domain-testshire-2023", from, std::string("glossary: [") + id + ", court-disposals,");
    BOOST_TEST(!has_code(standard.diags, "unused-glossary-term"), test::dump(standard.diags));
  }
  // The See-also check still holds beside it.
  const Result see_also = render_changed("cci-wandsworth-2012", " yois,", "");
  BOOST_TEST(has_code(see_also.diags, "see-also-missing"), test::dump(see_also.diags));
}

// Defect 6: one missing CCI `commentary` gave two identical errors; it is reported once, at its section.
BOOST_AUTO_TEST_CASE(issue16_a_missing_cci_commentary_is_one_error) {
  const std::string cci = test::slurp(test::source_root() / "examples" / "cci-wandsworth-2012" / "inspection.yaml");
  // The first section's whole commentary block, up to the next key at its indentation or less.
  const auto at = cci.find("    commentary: |\n");
  BOOST_REQUIRE(at != std::string::npos);
  auto end = cci.find('\n', at);
  while (end + 1 < cci.size() && (cci.compare(end + 1, 6, "      ") == 0 || cci[end + 1] == '\n'))
    end = cci.find('\n', end + 1);
  const Result r = render_changed("cci-wandsworth-2012", cci.substr(at, end + 1 - at), "");
  int missing = 0;
  for (const auto& d : r.diags.all()) missing += d.code == "missing-key";
  BOOST_TEST(missing == 1, test::dump(r.diags));
  BOOST_TEST(r.diags.error_count() == 1u, test::dump(r.diags));
  BOOST_TEST(test::dump(r.diags).find("missing required key 'commentary'") != std::string::npos, test::dump(r.diags));
}
