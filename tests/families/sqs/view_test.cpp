// The SQS letter's view and templates: the wording a letter picks, its dates, the generated
// reoffending sentence, numbered paragraphs and the contact line.
#include <boost/test/unit_test.hpp>

#include <set>

#include "load/load.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

const std::string& sqs_fixture() {
  static const std::string text = test::slurp(test::test_file("fixtures/sqs-minimal.yaml"));
  return text;
}

struct Rendered {
  std::string markdown;
  Diagnostics diags;
};

// Renders `yaml` as an SQS letter with the real data/ and templates/.
Rendered render_letter(const std::string& yaml) {
  test::TempDir dir;
  const auto path = dir.write("letter.yaml", yaml);
  Options options;
  options.root = test::source_root();
  Rendered r;
  auto prepared = prepare(path, options, r.diags);
  BOOST_REQUIRE_MESSAGE(prepared && !r.diags.has_errors(), test::dump(r.diags));
  if (auto md = render_report_markdown(*prepared, options, r.diags)) r.markdown = *md;
  return r;
}

// The fixture with each `from` replaced by its `to`.
std::string edited(std::initializer_list<std::pair<std::string, std::string>> edits) {
  std::string yaml = sqs_fixture();
  for (const auto& [from, to] : edits) yaml = test::replace_once(yaml, from, to);
  return yaml;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_wording_defines_the_same_labels) {
  Diagnostics d;
  const auto labels = load_catalogue(test::source_root() / "data" / "i18n" / "en.yaml", d);
  BOOST_REQUIRE_MESSAGE(labels, test::dump(d));
  const std::string prefix = "sqs.wording.";
  std::map<std::string, std::set<std::string>> keys;  // wording -> its keys
  for (const auto& [key, label] : labels->labels()) {
    if (key.rfind(prefix, 0) != 0) continue;
    const std::string rest = key.substr(prefix.size());
    keys[rest.substr(0, rest.find('.'))].insert(rest.substr(rest.find('.') + 1));
  }
  BOOST_TEST(keys.size() >= 2u);
  for (const auto& [wording, names] : keys) {
    BOOST_TEST_CONTEXT("wording " << wording) {
      BOOST_TEST((names == keys.begin()->second));
      BOOST_TEST(names.count("section.sentence_served") == 1u);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_sentence_is_generated_from_the_figures) {
  const Rendered r = render_letter(sqs_fixture());
  BOOST_TEST(contains(r.markdown, "The published reoffending rate[^reoffending-rate] for Testshire was 37.2%. This was "
                                  "worse than the previous year but slightly better than the England and Wales average "
                                  "of 37.8%."),
             r.markdown);
  const Rendered same = render_letter(edited({{"previous_year: 35.0", "previous_year: 37.2"},
                                              {"as_published: {previous_year: worse, ", "as_published: {"}}));
  BOOST_TEST(contains(same.markdown, "This was the same as the previous year and slightly better than the England and "
                                     "Wales average of 37.8%."),
             same.markdown);
  const Rendered plain = render_letter(edited({{"national: 37.8", "national: 30.05"}, {"as_published:", "#"}}));
  BOOST_TEST(contains(plain.markdown, "This was worse than the previous year and worse than the England and Wales "
                                      "average of 30.05%."),
             plain.markdown);
}

BOOST_AUTO_TEST_CASE(the_footnote_gives_the_cohort_and_source_in_the_letters_wording) {
  const Rendered r2016 = render_letter(sqs_fixture());
  BOOST_TEST(contains(r2016.markdown, "[^reoffending-rate]: The reoffending rate that was available during the fieldwork "
                                      "was published April 2016, and was based on binary reoffending rates after 12 "
                                      "months for the July 2013 – June 2014 cohort. Source: Ministry of Justice"),
             r2016.markdown);
  const Rendered r2015 = render_letter(edited({{"wording: 2016", "wording: 2015"}}));
  BOOST_TEST(contains(r2015.markdown, "[^reoffending-rate]: Published April 2016 based on binary reoffending rates "
                                      "after 12 months for the July 2013-June 2014 cohort. Source: Ministry of Justice"),
             r2015.markdown);
}

BOOST_AUTO_TEST_CASE(dates_follow_the_wording_and_leave_out_what_repeats) {
  const Rendered r = render_letter(edited({{"{from: 2016-06-06, to: 2016-06-08}", "{from: 2016-06-30, to: 2016-07-02}"}}));
  BOOST_TEST(contains(r.markdown, "| *Publication date:* | 13 July 2016 |"), r.markdown);
  BOOST_TEST(contains(r.markdown, "conducted from 30 June-02 July 2016 as part"), r.markdown);
  const Rendered r2015 = render_letter(edited({{"wording: 2016", "wording: 2015"},
                                               {"published: 2016-07-13", "published: 2015-01-22"},
                                               {"{from: 2016-06-06, to: 2016-06-08}", "{from: 2014-12-30, to: 2015-01-02}"},
                                               {"published: 2016-04", "published: 2014-10"},
                                               {"{from: 2013-07, to: 2014-06}", "{from: 2012-01, to: 2012-12}"}}));
  BOOST_TEST(contains(r2015.markdown, "| *Publication date:* | 22nd January 2015 |"), r2015.markdown);
  BOOST_TEST(contains(r2015.markdown, "conducted from 30th December 2014 – 2nd January 2015 as part"), r2015.markdown);
  const Rendered same_month = render_letter(edited({{"wording: 2016", "wording: 2015"}}));
  BOOST_TEST(contains(same_month.markdown, "conducted from 6th – 8th June 2016 as part"), same_month.markdown);
}

BOOST_AUTO_TEST_CASE(sections_number_their_paragraphs_and_take_the_wordings_titles) {
  const Rendered r = render_letter(
      edited({{"reducing_reoffending: [One.]", "reducing_reoffending: [One., Second *one*.]"}}));
  BOOST_TEST(contains(r.markdown, "### 1. Reducing reoffending\n\n1.1. One.\n\n1.2. Second *one*.\n"), r.markdown);
  BOOST_TEST(contains(r.markdown, "### 4. Making sure the sentence is served\n\n4.1. Four.\n"), r.markdown);
  const Rendered r2015 = render_letter(edited({{"wording: 2016", "wording: 2015"}}));
  BOOST_TEST(contains(r2015.markdown, "### 4. Ensuring that the sentence is served\n"), r2015.markdown);
  BOOST_TEST(contains(r2015.markdown, "staff in Testshire YOT to facilitate"), r2015.markdown);
  BOOST_TEST(contains(r.markdown, "staff in the YOT to facilitate"), r.markdown);
}

BOOST_AUTO_TEST_CASE(the_contact_line_takes_its_pronoun_from_the_data) {
  const Rendered she = render_letter(sqs_fixture());
  BOOST_TEST(contains(she.markdown, "who was Carol Example. She can be contacted at "
                                    "[carol@example.gov.uk](mailto:carol@example.gov.uk) or on 0100 000000."),
             she.markdown);
  const Rendered he = render_letter(edited({{"pronoun: she", "pronoun: he"}}));
  BOOST_TEST(contains(he.markdown, "He can be contacted at"), he.markdown);
}

BOOST_AUTO_TEST_CASE(the_copy_list_is_a_table_of_escaped_data) {
  const Rendered r = render_letter(
      edited({{"{role: YOT Head of Service, names: [Dan Example]}", "{role: \"Head | *of* Service\", names: [A_B, C]}"}}));
  BOOST_TEST(contains(r.markdown, "| Head \\| \\*of\\* Service | *A\\_B, C* |"), r.markdown);
}

BOOST_AUTO_TEST_CASE(a_letter_has_no_cover_and_no_contents) {
  const Rendered r = render_letter(sqs_fixture());
  BOOST_TEST(contains(r.markdown, "<!-- quire:letterhead -->\n**Inspection of Youth Offending Work**  \n"
                                  "**Arolygiad o Waith Troseddu Ieuenctid**"),
             r.markdown);
  BOOST_TEST(!contains(r.markdown, "Contents"));
  BOOST_TEST(!contains(r.markdown, "quire:cover"));
  BOOST_TEST(!contains(r.markdown, "quire:contents"));
}

BOOST_AUTO_TEST_CASE(an_unknown_wording_is_reported_at_its_position) {
  const std::string yaml = edited({{"wording: 2016", "wording: 2017"}});
  test::TempDir dir;
  const auto path = dir.write("letter.yaml", yaml);
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(path, options, d);
  BOOST_REQUIRE(prepared);
  BOOST_TEST(!render_report_markdown(*prepared, options, d));
  BOOST_TEST(has_diagnostic(d, "unknown-wording", test::line_of(yaml, "wording: 2017"), 12), test::dump(d));
  BOOST_TEST(contains(test::dump(d), "has 2015, 2016"), test::dump(d));
}
