#define BOOST_TEST_MODULE layout
#include <boost/test/unit_test.hpp>
