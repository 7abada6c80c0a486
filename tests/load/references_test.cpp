#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {


Glossary real_glossary() {
  Diagnostics d;
  auto g = load_glossary(test::source_root() / "data" / "glossary.yaml", d);
  BOOST_REQUIRE_MESSAGE(g && !d.has_errors(), test::dump(d));
  return *g;
}

Inspection load_ok(const std::string& yaml) {
  test::TempDir dir;
  Diagnostics d;
  auto in = load_inspection(dir.write("a.yaml", yaml), d);
  BOOST_REQUIRE_MESSAGE(in && !d.has_errors(), test::dump(d));
  return *in;
}

}  // namespace

BOOST_AUTO_TEST_CASE(undefined_footnote_in_a_block_is_reported_at_its_line_and_column) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                              "introduction: |\n  First line.\n\n  Second[^nowhere] line.");
  Diagnostics d;
  check_footnotes(load_ok(yaml), {}, d);
  BOOST_TEST(has_diagnostic(d, "undefined-footnote", test::line_of(yaml, "  Second[^nowhere]"), 9), test::dump(d));
}

BOOST_AUTO_TEST_CASE(unknown_source_and_unused_footnote) {
  std::string yaml = test::replace_once(test::minimal_fixture(), "source: fte}\n  reoffending", "source: ftee}\n  reoffending");
  yaml = test::replace_once(yaml, "  fte: A source.", "  fte: A source.\n  spare: Never cited.");
  Diagnostics d;
  check_footnotes(load_ok(yaml), {}, d);
  BOOST_TEST(has_diagnostic(d, "undefined-footnote", test::line_of(yaml, "source: ftee")), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "unused-footnote", test::line_of(yaml, "spare: Never")), test::dump(d));
}

BOOST_AUTO_TEST_CASE(unknown_glossary_term_suggests_the_nearest) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "glossary: [camhs]", "glossary: [camhs, mapa]");
  Diagnostics d;
  check_glossary_selection(load_ok(yaml), real_glossary(), d);
  BOOST_TEST(has_diagnostic(d, "unknown-term", test::line_of(yaml, "glossary: [camhs, mapa]"), 19), test::dump(d));
  BOOST_TEST(test::dump(d).find("did you mean 'mappa'?") != std::string::npos, test::dump(d));
}

BOOST_AUTO_TEST_CASE(acronym_outside_the_glossary_warns_once) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                              "introduction: The XYZ met CAMHS and the ABC Board (ABC). XYZ again.");
  Diagnostics d;
  check_acronyms(load_ok(yaml), real_glossary(), d);
  BOOST_TEST(has_diagnostic(d, "acronym-not-in-glossary", test::line_of(yaml, "introduction: The XYZ"), 19),
             test::dump(d));
  BOOST_TEST(d.all().size() == 1u, "CAMHS is in the glossary, ABC is spelled out, XYZ warned once" << test::dump(d));
}

BOOST_AUTO_TEST_CASE(capitals_in_an_italic_title_are_not_acronyms) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                              "introduction: They filled in *What do YOU think?* with the QRS.");
  Diagnostics d;
  check_acronyms(load_ok(yaml), real_glossary(), d);
  BOOST_TEST(d.all().size() == 1u, "only QRS, outside the italic title, is reported" << test::dump(d));
  BOOST_TEST(test::dump(d).find("'QRS'") != std::string::npos, test::dump(d));
}

BOOST_AUTO_TEST_CASE(western_bay_has_no_undefined_acronym_or_footnote) {
  Diagnostics d;
  const auto in = load_inspection(test::western_bay(), d);
  BOOST_REQUIRE(in);
  check_footnotes(*in, {"crime-and-disorder-act", "our-standards"}, d);
  check_glossary_selection(*in, real_glossary(), d);
  check_acronyms(*in, real_glossary(), d);
  BOOST_TEST(d.all().empty(), test::dump(d));
}

BOOST_AUTO_TEST_CASE(glossary_holds_every_western_bay_term_in_print_order) {
  const Glossary g = real_glossary();
  const auto& list = g.family_lists.at("domain-rated");
  BOOST_TEST(list.size() == 25u);
  BOOST_TEST(list.front() == "adverse-childhood-experiences");
  BOOST_TEST(list.back() == "yjb");
  BOOST_TEST(g.family_lists.at("fji").size() >= 30u);
  BOOST_TEST(g.family_lists.at("cci").size() >= 30u);
}

BOOST_AUTO_TEST_CASE(welsh_em_for_hm_is_a_common_acronym) {
  // "Arolygiaeth Prawf EM" is the Welsh name of HM Inspectorate of Probation (EF in 2025 documents).
  const std::string yaml = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                              "introduction: {en: Local context., cy: Ymwelodd Arolygiaeth Prawf EM â'r ardal.}");
  test::TempDir dir;
  Diagnostics loaded;
  const auto welsh = load_inspection(dir.write("a.yaml", yaml), loaded, "cy", "*[heb ei gyfieithu]* ");
  BOOST_REQUIRE(welsh);
  Diagnostics d;
  check_acronyms(*welsh, real_glossary(), d);
  BOOST_TEST(!has_diagnostic(d, "acronym-not-in-glossary"), test::dump(d));
}

// A footnote written the Markdown way in the narrative (s4 trial4) was "referenced but not
// defined" twice, once at its own definition; it is one error there, saying where the text goes.
BOOST_AUTO_TEST_CASE(a_footnote_written_in_the_narrative_is_one_error_at_its_definition) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                              "introduction: |\n  Said[^survey] here.\n\n  [^survey]: 27 children.");
  Diagnostics d;
  check_footnotes(load_ok(yaml), {}, d);
  BOOST_TEST(has_diagnostic(d, "footnote-in-narrative", test::line_of(yaml, "  [^survey]:"), 3), test::dump(d));
  BOOST_TEST(d.error_count() == 1u, test::dump(d));
  BOOST_TEST(test::dump(d).find("move it there as \"survey: ...\"") != std::string::npos, test::dump(d));
}

// Markdown reads "\<b>" and "`<b>`" as text, and prints them; they are not raw HTML.
BOOST_AUTO_TEST_CASE(an_escaped_or_quoted_angle_bracket_is_text_not_html) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                              "introduction: 'One said \\<they treat me as an adult\\>; `<b>` too.'");
  Diagnostics d;
  check_raw_html(load_ok(yaml), d);
  BOOST_TEST(!d.has_errors(), test::dump(d));
  const std::string tag = test::replace_once(test::minimal_fixture(), "introduction: Local context.",
                                             "introduction: One said <they treat me as an adult>.");
  Diagnostics t;
  check_raw_html(load_ok(tag), t);
  BOOST_TEST(has_diagnostic(t, "raw-html"), test::dump(t));
  BOOST_TEST(test::dump(t).find("to print the '<' itself, write '\\<'") != std::string::npos, test::dump(t));
}
