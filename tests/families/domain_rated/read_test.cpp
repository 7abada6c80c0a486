// Reading a domain-rated inspection (families/domain_rated/read.cpp): Western Bay's every part. The
// shared door's checks (positions, types, case files) are in tests/load, on the same family's fixture.
#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;

BOOST_AUTO_TEST_CASE(western_bay_loads_every_part) {
  Diagnostics d;
  const auto in = load_inspection(test::western_bay(), d);
  BOOST_REQUIRE(in.has_value());
  BOOST_TEST(!d.has_errors(), test::dump(d));
  const auto& body = std::get<DomainRatedReport>(in->body);
  BOOST_TEST(body.domains.size() == 3u);
  BOOST_TEST(body.recommendations.size() == 5u);  // five owners, fourteen actions
  BOOST_TEST(in->cases.size() == 31u * 12u + 20u * 11u);  // every case answers its domain's questions
  BOOST_TEST(body.report.published.value.year == 2019);
  BOOST_TEST(body.report.published.value.month == 3);
}
