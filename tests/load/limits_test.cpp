#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

Diagnostics load_text(const std::string& yaml) {
  test::TempDir dir;
  Diagnostics diags;
  load_inspection(dir.write("a.yaml", yaml), diags);
  return diags;
}

}  // namespace

BOOST_AUTO_TEST_CASE(deep_flow_nesting_is_refused_with_a_position) {
  const std::string yaml = "family: " + std::string(100, '[') + std::string(100, ']') + "\n";
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "nesting-limit", 1, 9 + 63), test::dump(d));  // the top-level map is level 1
}

BOOST_AUTO_TEST_CASE(deep_block_nesting_is_refused) {
  std::string yaml = "family: domain-rated\n";
  for (int depth = 0; depth < 80; ++depth) yaml += std::string(static_cast<std::size_t>(2 * depth), ' ') + "k:\n";
  BOOST_TEST(has_diagnostic(load_text(yaml), "nesting-limit"), test::dump(load_text(yaml)));
}

BOOST_AUTO_TEST_CASE(alias_expansion_is_bounded) {
  std::string yaml = "family: domain-rated\nbase: &a [x, x, x]\nmany: [";
  for (int i = 0; i < 150; ++i) yaml += (i ? ", *a" : "*a");
  yaml += "]\n";
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(has_diagnostic(d, "alias-limit", 3), test::dump(d));
}

BOOST_AUTO_TEST_CASE(oversized_input_is_refused) {
  const std::string yaml = "family: domain-rated\nforeword: |\n" + std::string(17u << 20, 'x') + "\n";
  BOOST_TEST(has_diagnostic(load_text(yaml), "input-too-large"));
}

BOOST_AUTO_TEST_CASE(bom_and_crlf_are_accepted) {
  std::string yaml = test::slurp(test::test_file("fixtures/minimal.yaml"));
  std::string crlf = "\xEF\xBB\xBF";
  for (const char c : yaml) crlf += (c == '\n') ? std::string("\r\n") : std::string(1, c);
  const Diagnostics d = load_text(crlf);
  BOOST_TEST(!d.has_errors(), test::dump(d));
}

BOOST_AUTO_TEST_CASE(quotes_and_hashes_in_text_do_not_confuse_the_limits) {
  std::string yaml = test::slurp(test::test_file("fixtures/minimal.yaml"));
  yaml = test::replace_once(yaml, "foreword: The foreword.",
                            "foreword: \"The boys' [cases] and # marks {braces, it's 'fine', *not an alias\"");
  const Diagnostics d = load_text(yaml);
  BOOST_TEST(!d.has_errors(), test::dump(d));
}
