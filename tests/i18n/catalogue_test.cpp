// The label catalogues themselves: every key in every language (issue 5: "a test fails when a key
// exists in one language only"), every Welsh label with its review status, and the pieces of a
// label that other checks rely on (footnotes, partials) the same in both languages.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

Catalogue load_language(const std::string& language) {
  Diagnostics diags;
  auto catalogue = load_catalogue(test::source_root() / "data" / "i18n" / (language + ".yaml"), diags);
  BOOST_TEST_REQUIRE(!diags.has_errors(), test::dump(diags));
  BOOST_TEST_REQUIRE(catalogue.has_value());
  return *catalogue;
}

const Catalogue& english() {
  static const Catalogue catalogue = load_language("en");
  return catalogue;
}

const Catalogue& welsh() {
  static const Catalogue catalogue = load_language("cy");
  return catalogue;
}

std::string listed(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& key : keys) out += "\n  " + key;
  return out;
}

// The matches of the pattern's first group, as a set.
std::set<std::string> captures(const std::string& text, const std::regex& pattern) {
  std::set<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
    found.insert((*it)[1]);
  return found;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(catalogues)

BOOST_AUTO_TEST_CASE(a_key_in_one_language_only_is_found_both_ways) {
  const Catalogue en("en", "en.yaml", {{"common.foreword", {"Foreword"}}, {"fji.only", {"Only here"}}},
                     {{"month", {"January"}}});
  const Catalogue cy("cy", "cy.yaml", {{"common.foreword", {"Rhagair", LabelStatus::seen}},
                                       {"cy.only", {"Yma'n unig", LabelStatus::proposed}}},
                     {});
  BOOST_TEST(keys_missing_from(en, cy) == (std::vector<std::string>{"fji.only", "month"}));
  BOOST_TEST(keys_missing_from(cy, en) == (std::vector<std::string>{"cy.only"}));
}

BOOST_AUTO_TEST_CASE(every_english_key_has_a_welsh_label) {
  const auto missing = keys_missing_from(english(), welsh());
  BOOST_TEST(missing.empty(), "data/i18n/cy.yaml lacks " << missing.size() << " keys of en.yaml:" << listed(missing));
}

BOOST_AUTO_TEST_CASE(every_welsh_key_has_an_english_label) {
  const auto extra = keys_missing_from(welsh(), english());
  BOOST_TEST(extra.empty(), "data/i18n/cy.yaml has " << extra.size() << " keys en.yaml lacks:" << listed(extra));
}

BOOST_AUTO_TEST_CASE(every_welsh_label_states_its_review_status) {
  // A label written as plain text, or as {text, status} with a status outside seen, standard and
  // proposed, loads as "unreviewed" (the loader also reports the bad status).
  std::vector<std::string> unstated;
  for (const auto& [key, label] : welsh().labels())
    if (label.status == LabelStatus::unreviewed) unstated.push_back(key);
  BOOST_TEST(unstated.empty(), "cy.yaml labels without a status (seen, standard or proposed):" << listed(unstated));
}

BOOST_AUTO_TEST_CASE(lists_have_as_many_items_in_each_language) {
  // Lists are looked up by position (month 7, number 53, day 13), except each language's own
  // vowel letters.
  for (const auto& [key, items] : english().lists())
    if (key != "vowel_letters") BOOST_TEST(welsh().list(key).size() == items.size(), "list '" << key << "'");
}

BOOST_AUTO_TEST_CASE(labels_cite_the_same_footnotes_and_partials) {
  // A footnote a label cites must be cited in every language (the footnote check counts on it), and
  // a label included inside another must be included in every language.
  static const std::regex footnote(R"(\[\^([^\]\s]+)\])");
  static const std::regex partial(R"(\{\{>\s*([^\s}]+)\s*\}\})");
  for (const auto& [key, label] : english().labels()) {
    const Label* other = welsh().find(key);
    if (!other) continue;  // reported above
    BOOST_TEST((captures(label.text, footnote) == captures(other->text, footnote)), "footnotes of '" << key << "'");
    BOOST_TEST((captures(label.text, partial) == captures(other->text, partial)), "partials of '" << key << "'");
  }
}

BOOST_AUTO_TEST_CASE(welsh_numbers_and_lists_read_as_welsh) {
  BOOST_TEST(welsh().number_in_words(60) == "chwe deg");
  BOOST_TEST(welsh().number_in_words(53) == "pum deg tri");
  BOOST_TEST(english().number_in_words(53) == "fifty-three");
  BOOST_TEST(welsh().join_and({"Arolygiaeth Gofal Cymru (AGC)", "Estyn"}) == "Arolygiaeth Gofal Cymru (AGC) ac Estyn");
  BOOST_TEST(welsh().join_and({"Estyn", "Arolygiaeth Gofal Cymru"}) == "Estyn ac Arolygiaeth Gofal Cymru");
  BOOST_TEST(english().join_and({"Estyn", "Care Inspectorate Wales"}) == "Estyn and Care Inspectorate Wales");
}

BOOST_AUTO_TEST_CASE(every_glossary_term_has_welsh_wording) {
  Diagnostics diags;
  const auto glossary = load_glossary(test::source_root() / "data" / "glossary.yaml", diags);
  BOOST_TEST_REQUIRE(glossary.has_value(), test::dump(diags));
  std::vector<std::string> missing;
  for (const auto& term : glossary->terms)
    if (!term.wording.count("cy")) missing.push_back(term.id);
  BOOST_TEST(missing.empty(), "glossary terms without Welsh wording:" << listed(missing));
}

BOOST_AUTO_TEST_SUITE_END()
