// Reading `quire score --json` in tests: the output is parsed, never searched as text, so a test
// asserts on values and fails on output that is not JSON at all.
#pragma once

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace quire::test {

// `text` parsed; a parse error fails the test that called it, showing the text.
inline nlohmann::json parse_json(const std::string& text) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    BOOST_FAIL("not JSON (" << e.what() << "):\n" << text);
  }
  return {};
}

// The element of the array `list` whose `key` equals `value`; fails the test if there is none.
template <typename Value>
const nlohmann::json& element_with(const nlohmann::json& list, const std::string& key, const Value& value) {
  for (const auto& e : list)
    if (e.contains(key) && e.at(key) == value) return e;
  BOOST_FAIL("no element with " << key << " = " << nlohmann::json(value).dump() << " in " << list.dump());
  static const nlohmann::json none;
  return none;
}

}  // namespace quire::test
