#define BOOST_TEST_MODULE i18n
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "i18n/catalogue.hpp"
#include "i18n/collation.hpp"

using namespace quire;

namespace {

std::vector<std::string> sorted(std::vector<std::string> words, const std::string& language) {
  std::stable_sort(words.begin(), words.end(), [&](const std::string& a, const std::string& b) {
    return collation_key(a, language) < collation_key(b, language);
  });
  return words;
}

}  // namespace

BOOST_AUTO_TEST_CASE(welsh_digraphs_are_single_letters) {
  const std::vector<std::string> expected = {"cyfle", "chwaer", "dyn", "ddoe", "fel", "ffordd", "gwaith",
                                             "ngwyn", "haf", "lorem", "llyfr", "pobl", "phlentyn", "rhan",
                                             "rhif", "tad", "thŷ", "uned", "ŵyr", "wyth", "ysgol"};  // ŵyr = w y r, before w y th
  std::vector<std::string> shuffled = expected;
  std::reverse(shuffled.begin(), shuffled.end());
  BOOST_TEST(sorted(shuffled, "cy") == expected);
}

BOOST_AUTO_TEST_CASE(english_order_ignores_case_and_accents_first) {
  const std::vector<std::string> words = {"llyfr", "Lorem", "chwaer", "cyfle", "Émile", "eagle"};
  BOOST_TEST(sorted(words, "en") == (std::vector<std::string>{"chwaer", "cyfle", "eagle", "Émile", "llyfr", "Lorem"}));
}

// Issue 16, defect 11: the glossary sorts letter by letter; a term in quotes or emphasis sorted
// before every letter, and a word break decided where a letter should.
BOOST_AUTO_TEST_CASE(spaces_and_punctuation_only_break_ties) {
  const std::vector<std::string> words = {"*'RoH work', or 'Risk of Harm work'*", "RoSH", "HMI Prisons", "HMIC", "RoH",
                                          "ASB/ASBO", "Asset"};
  BOOST_TEST(sorted(words, "en") == (std::vector<std::string>{"ASB/ASBO", "Asset", "HMIC", "HMI Prisons", "RoH",
                                                              "*'RoH work', or 'Risk of Harm work'*", "RoSH"}));
  // Dropping the breaks makes no Welsh digraph across one: "al lan" is a, l, l, a, n, before "alla" (a, ll).
  BOOST_TEST((collation_key("al lan", "cy") < collation_key("alla", "cy")));
}

// A term starting with a figure sorted first in the English glossary and last in the Welsh one,
// so the two editions' glossaries differed in more than their alphabets.
BOOST_AUTO_TEST_CASE(figures_sort_before_letters_in_both_languages) {
  for (const std::string language : {"en", "cy"}) {
    BOOST_TEST(sorted({"ysgol", "10 diwrnod", "2 flynedd", "afon"}, language) ==
                   (std::vector<std::string>{"10 diwrnod", "2 flynedd", "afon", "ysgol"}),
               language);
  }
}

BOOST_AUTO_TEST_CASE(accents_only_break_ties) {
  BOOST_TEST(collation_key("tŷ", "cy") > collation_key("ty", "cy"));
  BOOST_TEST(collation_key("tŷ", "cy") < collation_key("tyb", "cy"));
}

BOOST_AUTO_TEST_CASE(dates_and_numbers_come_from_the_catalogue) {
  const Catalogue cy("cy", "cy.yaml", {{"list.and", {"a", LabelStatus::standard}}},
                     {{"month", {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                                 "Medi", "Hydref", "Tachwedd", "Rhagfyr"}}});
  BOOST_TEST(cy.month_year(2016, 7) == "Gorffennaf 2016");
  BOOST_TEST(group_thousands(245480, ",") == "245,480");
  BOOST_TEST(group_thousands(999, ",") == "999");
  BOOST_TEST(group_thousands(1000000, ",") == "1,000,000");
}

BOOST_AUTO_TEST_CASE(welsh_joins_a_list_with_a_before_a_consonant_and_ac_before_a_vowel) {
  const Catalogue cy("cy", "cy.yaml",
                     {{"list.and", {"a", LabelStatus::standard}},
                      {"list.and_before_vowel", {"ac", LabelStatus::standard}},
                      {"number.tens_units_joiner", {" ", LabelStatus::standard}}},
                     {{"vowel_letters", {"a", "e", "i", "o", "u", "w", "y", "ŵ", "ŷ"}},
                      {"number_words", {"dim", "un", "dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw",
                                        "deg", "un deg un", "un deg dau", "un deg tri", "un deg pedwar", "un deg pump",
                                        "un deg chwech", "un deg saith", "un deg wyth", "un deg naw", "dau ddeg"}},
                      {"tens_words", {"", "deg", "dau ddeg", "tri deg", "pedwar deg", "pum deg", "chwe deg",
                                      "saith deg", "wyth deg", "naw deg"}}});
  BOOST_TEST(cy.join_and({"Abertawe", "Merthyr Tudful"}) == "Abertawe a Merthyr Tudful");
  BOOST_TEST(cy.join_and({"Merthyr Tudful", "Abertawe"}) == "Merthyr Tudful ac Abertawe");
  BOOST_TEST(cy.join_and({"Bangor", "Wrecsam", "Ynys Môn"}) == "Bangor, Wrecsam ac Ynys Môn");
  BOOST_TEST(cy.join_and({"Bangor", "ŵyr"}) == "Bangor ac ŵyr");
  BOOST_TEST(cy.join_and({"Estyn"}) == "Estyn");
  // Figures are read aloud: 8 is "wyth", 15 "un deg pump", 5 "pump", 22 "dau ddeg dau".
  BOOST_TEST(cy.join_and({"1-5 Gorffennaf", "8-12 Gorffennaf"}) == "1-5 Gorffennaf ac 8-12 Gorffennaf");
  BOOST_TEST(cy.join_and({"1-5 Gorffennaf", "15-19 Gorffennaf"}) == "1-5 Gorffennaf ac 15-19 Gorffennaf");
  BOOST_TEST(cy.join_and({"1-3 Mai", "5-9 Mai"}) == "1-3 Mai a 5-9 Mai");
  BOOST_TEST(cy.join_and({"1-3 Mai", "22-26 Mai"}) == "1-3 Mai a 22-26 Mai");
  BOOST_TEST(cy.number_in_words(53) == "pum deg tri");
}
