#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

struct Loaded {
  std::optional<Inspection> inspection;
  Diagnostics diags;
};

Loaded load_in(const std::string& yaml, const std::string& language) {
  test::TempDir dir;
  Loaded l;
  l.inspection = load_inspection(dir.write("a.yaml", yaml), l.diags, language);
  return l;
}

// Built on first use, after Boost.Test has started.
std::string bilingual() {
  return test::replace_once(test::replace_once(test::minimal_fixture(), "foreword: The foreword.",
                                               "foreword:\n  en: The foreword.\n  cy: Y rhagair, â ŵ ŷ."),
                            "area: Testshire", "area: {en: Neath Port Talbot, cy: Castell-nedd Port Talbot}");
}

}  // namespace

BOOST_AUTO_TEST_CASE(text_written_per_language_is_read_in_the_requested_one) {
  const std::string yaml = bilingual();
  const Loaded en = load_in(yaml, "en");
  BOOST_REQUIRE_MESSAGE(en.inspection && !en.diags.has_errors(), test::dump(en.diags));
  const auto& en_body = std::get<DomainRatedReport>(en.inspection->body);
  BOOST_TEST(en_body.foreword.text == "The foreword.");
  BOOST_TEST(en_body.report.area == "Neath Port Talbot");

  const Loaded cy = load_in(yaml, "cy");
  BOOST_REQUIRE_MESSAGE(cy.inspection, test::dump(cy.diags));
  const auto& cy_body = std::get<DomainRatedReport>(cy.inspection->body);
  BOOST_TEST(cy_body.foreword.text == "Y rhagair, â ŵ ŷ.");
  BOOST_TEST(cy_body.report.area == "Castell-nedd Port Talbot");
  BOOST_TEST(cy_body.foreword.pos.line == test::line_of(yaml, "  cy: Y rhagair"));
}

BOOST_AUTO_TEST_CASE(text_missing_in_the_requested_language_is_an_error_at_its_position) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "foreword: The foreword.",
                                              "foreword:\n  en: The foreword.");
  const Loaded cy = load_in(yaml, "cy");
  BOOST_TEST(has_diagnostic(cy.diags, "missing-translation", test::line_of(yaml, "  en: The foreword."), 3),
             test::dump(cy.diags));
  BOOST_TEST(!load_in(yaml, "en").diags.has_errors());
}

BOOST_AUTO_TEST_CASE(a_draft_falls_back_visibly_and_warns) {
  const std::string yaml = test::replace_once(test::minimal_fixture(), "foreword: The foreword.",
                                              "foreword:\n  en: The foreword.");
  test::TempDir dir;
  Diagnostics d;
  const auto in = load_inspection(dir.write("a.yaml", yaml), d, "cy", "*[heb ei gyfieithu]* ");
  BOOST_REQUIRE(in);
  BOOST_TEST(!d.has_errors(), test::dump(d));
  BOOST_TEST(has_diagnostic(d, "missing-translation", test::line_of(yaml, "  en: The foreword."), 3));
  BOOST_TEST(std::get<DomainRatedReport>(in->body).foreword.text == "*[heb ei gyfieithu]* The foreword.");
}

BOOST_AUTO_TEST_CASE(narrative_written_once_is_english_only_but_a_name_is_the_same_in_both) {
  // Inspectors write in English first: a plain string of Markdown is the English text, so the Welsh
  // edition lacks it; a plain name or number is the same in every language.
  const std::string yaml = test::minimal_fixture();
  const Loaded cy = load_in(yaml, "cy");
  BOOST_TEST(has_diagnostic(cy.diags, "missing-translation", test::line_of(yaml, "foreword: The foreword."), 11),
             test::dump(cy.diags));
  BOOST_TEST(!has_diagnostic(cy.diags, "missing-translation", test::line_of(yaml, "area: Testshire")),
             test::dump(cy.diags));
  BOOST_TEST(!load_in(yaml, "en").diags.has_errors());

  test::TempDir dir;
  Diagnostics d;
  const auto draft = load_inspection(dir.write("a.yaml", yaml), d, "cy", "*[heb ei gyfieithu]* ");
  BOOST_REQUIRE(draft);
  BOOST_TEST(!d.has_errors(), test::dump(d));
  BOOST_TEST(std::get<DomainRatedReport>(draft->body).foreword.text == "*[heb ei gyfieithu]* The foreword.");
}
