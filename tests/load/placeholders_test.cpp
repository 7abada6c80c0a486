// Placeholders (`!todo`): what each one is reported as. Issue 18's trial: a new domain-rated file
// listed "not yet written: area" four times and "rating" thirteen times, with no way to tell them
// apart but the line number.
#include <boost/test/unit_test.hpp>

#include "load/placeholders.hpp"

using namespace quire;

namespace {

std::vector<std::string> whats(const std::string& source) {
  std::vector<std::string> out;
  for (const auto& p : find_placeholders(source)) out.push_back(p.what);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_written_stand_in_names_itself) {
  const auto found = find_placeholders("report:\n  service: !todo \"[to write: service]\"  # its name\n");
  BOOST_REQUIRE(found.size() == 1u);
  BOOST_TEST(found[0].what == "service");
  BOOST_TEST(found[0].line == 2);
  BOOST_TEST(found[0].column == 12);
}

BOOST_AUTO_TEST_CASE(a_typed_stand_in_is_named_by_its_path_through_keys_and_numbered_items) {
  const std::string source =
      "report:  # who\n"
      "  published: !todo 2020-01  # the month\n"
      "key_facts:\n"
      "  first_time_entrants:\n"
      "    area: !todo 0  # the area's figure\n"
      "  reoffending:\n"
      "    # a comment line changes nothing\n"
      "    area: !todo 0\n"
      "    caseload:\n"
      "      \"10-14\": !todo [0, 0]\n"
      "domains:\n"
      "  - number: 1  # the domain\n"
      "    key_findings: [!todo \"[to write: domain 1: a key finding]\"]\n"
      "    standards:\n"
      "      - number: \"1.1\"\n"
      "        rating: !todo requires_improvement\n"
      "  - number: 2\n"
      "    standards:\n"
      "      - number: \"2.1\"\n"
      "        key_questions:\n"
      "          \"2.1.1\": !todo 0\n"
      "recommendations:\n"
      "  - owner: !todo \"[to write: who is responsible]\"\n"
      "    actions: [!todo \"[to write: a recommendation]\"]\n"
      "methodology:\n"
      "  court_disposals:\n"
      "    cases: !todo 0\n";
  const std::vector<std::string> expected = {"report.published",
                                             "key_facts.first_time_entrants.area",
                                             "key_facts.reoffending.area",
                                             "key_facts.reoffending.caseload.10-14",
                                             "domain 1: a key finding",
                                             "domains[1].standards[1.1].rating",
                                             "domains[2].standards[2.1].key_questions.2.1.1",
                                             "who is responsible",
                                             "a recommendation",
                                             "methodology.court_disposals.cases"};
  BOOST_TEST(whats(source) == expected, boost::test_tools::per_element());
}
