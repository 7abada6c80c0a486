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

namespace {

// The message of the first diagnostic with `code`, or "" when there is none.
std::string message_of(const Diagnostics& diags, const std::string& code) {
  for (const auto& d : diags.all())
    if (d.code == code) return d.message;
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_final_welsh_edition_names_an_untranslated_owner_by_its_full_path) {
  // Issue 19: "Dylai The Northmoor Youth Offending Service Manager:" was published; an owner is
  // words, so a plain string is English and the Welsh edition needs its Welsh.
  const std::string yaml = test::minimal_fixture();
  const Loaded cy = load_in(yaml, "cy");
  const int line = test::line_of(yaml, "  - owner: The Management Board");
  BOOST_TEST(has_diagnostic(cy.diags, "missing-translation", line, 12), test::dump(cy.diags));
  bool named = false;
  for (const auto& d : cy.diags.all())
    named = named || (d.pos.line == line && d.message.rfind("recommendations[1].owner has no 'cy' text", 0) == 0);
  BOOST_TEST(named, test::dump(cy.diags));
  // A standard's narrative is named by its domain's and its own number, not "narrative".
  bool standard = false;
  for (const auto& d : cy.diags.all())
    standard = standard || d.message.rfind("domains[3].standards[3.4].narrative has no", 0) == 0;
  BOOST_TEST(standard, test::dump(cy.diags));
}

BOOST_AUTO_TEST_CASE(printed_words_take_their_welsh_and_names_stay_as_written) {
  std::string yaml = test::replace_once(test::minimal_fixture(), "  - owner: The Management Board",
                                        "  - owner: {en: The Management Board, cy: Y Bwrdd Rheoli}");
  yaml = test::replace_once(yaml, "service_kind: youth offending service",
                            "service_kind: {en: youth offending service, cy: gwasanaeth troseddwyr ifanc}");
  const Loaded cy = load_in(yaml, "cy");
  BOOST_REQUIRE(cy.inspection);
  const auto& body = std::get<DomainRatedReport>(cy.inspection->body);
  BOOST_TEST(body.recommendations.at(0).owner.value == "Y Bwrdd Rheoli");
  BOOST_TEST(body.report.service_kind == "gwasanaeth troseddwyr ifanc");
  BOOST_TEST(body.report.lead_inspector == "Ann Example");
  BOOST_TEST(!has_diagnostic(cy.diags, "missing-translation", test::line_of(yaml, "  - owner:")), test::dump(cy.diags));
  BOOST_TEST(has_diagnostic(cy.diags, "missing-translation", test::line_of(yaml, "  service: Testshire")));
}

BOOST_AUTO_TEST_CASE(a_joint_inspectorate_is_printed_words_and_an_address_line_is_as_written) {
  // Both lists are read by one list reader; only the reader of an item differs. An inspectorate's
  // name is printed words (Estyn has no Welsh of its own here); a publisher's address line is not.
  const std::string yaml = test::replace_once(
      test::minimal_fixture(), "joint_inspectorates: [Estyn]",
      "joint_inspectorates: [Estyn, {en: Care Inspectorate Wales, cy: Arolygiaeth Gofal Cymru}]");
  const Loaded cy = load_in(yaml, "cy");
  BOOST_REQUIRE_MESSAGE(cy.inspection, test::dump(cy.diags));
  const auto& report = std::get<DomainRatedReport>(cy.inspection->body).report;
  BOOST_TEST(report.joint_inspectorates == (std::vector<std::string>{"Estyn", "Arolygiaeth Gofal Cymru"}),
             boost::test_tools::per_element());
  const int line = test::line_of(yaml, "joint_inspectorates:");
  BOOST_TEST(has_diagnostic(cy.diags, "missing-translation", line, 25), test::dump(cy.diags));
  for (const auto& d : cy.diags.all())  // the publisher's name is words; its address lines are not
    BOOST_TEST(d.message.find("publisher.address") == std::string::npos, d.message);
  const Loaded en = load_in(yaml, "en");
  BOOST_REQUIRE(en.inspection);
  BOOST_TEST(std::get<DomainRatedReport>(en.inspection->body).report.joint_inspectorates.at(1) ==
             "Care Inspectorate Wales");
}

BOOST_AUTO_TEST_CASE(an_english_edit_after_the_welsh_makes_the_welsh_stale) {
  const std::string fingerprint = english_fingerprint("The foreword.");
  const std::string translated = test::replace_once(
      test::minimal_fixture(), "foreword: The foreword.",
      "foreword: {en: The foreword., cy: Y rhagair., cy_of: " + fingerprint + "}");
  BOOST_TEST(!has_diagnostic(load_in(translated, "cy").diags, "stale-translation"));
  BOOST_TEST(!has_diagnostic(load_in(translated, "en").diags, "stale-translation"));

  const std::string edited = test::replace_once(translated, "en: The foreword.", "en: The new foreword.");
  const int line = test::line_of(edited, "foreword: {en:");
  // validate (the English edition) warns; a final Welsh edition refuses; a draft warns.
  const Loaded en = load_in(edited, "en");
  BOOST_TEST(!en.diags.has_errors(), test::dump(en.diags));
  BOOST_TEST(has_diagnostic(en.diags, "stale-translation", line), test::dump(en.diags));
  BOOST_TEST(message_of(en.diags, "stale-translation").rfind("foreword: the Welsh translates an earlier English", 0) == 0);
  const Loaded cy = load_in(edited, "cy");
  BOOST_TEST(cy.diags.has_errors());
  BOOST_TEST(has_diagnostic(cy.diags, "stale-translation", line), test::dump(cy.diags));
  test::TempDir dir;
  Diagnostics draft;
  load_inspection(dir.write("a.yaml", edited), draft, "cy", "*[heb ei gyfieithu]* ");
  BOOST_TEST(has_diagnostic(draft, "stale-translation", line));
  BOOST_TEST(!draft.has_errors(), test::dump(draft));
}

BOOST_AUTO_TEST_CASE(a_fingerprint_ignores_the_line_ends_around_the_text) {
  BOOST_TEST(english_fingerprint("Text.\n") == english_fingerprint("Text."));
  BOOST_TEST(english_fingerprint("Text.\r\n") == english_fingerprint("  Text."));
  BOOST_TEST(english_fingerprint("Text.") != english_fingerprint("Text!"));
  BOOST_TEST(english_fingerprint("Text.").size() == 8u);
}
