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

BOOST_AUTO_TEST_CASE(accents_only_break_ties) {
  BOOST_TEST(collation_key("tŷ", "cy") > collation_key("ty", "cy"));
  BOOST_TEST(collation_key("tŷ", "cy") < collation_key("tyb", "cy"));
}

BOOST_AUTO_TEST_CASE(dates_and_numbers_come_from_the_catalogue) {
  const Catalogue cy("cy", "cy.yaml", {{"list.and", {"a", LabelStatus::standard}}},
                     {{"month", {"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                                 "Medi", "Hydref", "Tachwedd", "Rhagfyr"}}});
  BOOST_TEST(cy.month_year(2016, 7) == "Gorffennaf 2016");
  BOOST_TEST(cy.join_and({"Abertawe", "Castell-nedd Port Talbot", "Pen-y-bont ar Ogwr"}) ==
             "Abertawe, Castell-nedd Port Talbot a Pen-y-bont ar Ogwr");
  BOOST_TEST(group_thousands(245480, ",") == "245,480");
  BOOST_TEST(group_thousands(999, ",") == "999");
  BOOST_TEST(group_thousands(1000000, ",") == "1,000,000");
}
