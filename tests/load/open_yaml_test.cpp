// Every loader opens its YAML the one way (load/yaml_file): a file that cannot be read, is not
// UTF-8 or is not YAML is refused with the same code at the same position, whichever loader reads
// it. Before open_yaml, only the inspection and the CCI programme were checked for UTF-8.
#include <boost/test/unit_test.hpp>

#include <functional>

#include "families/cci/read_rules.hpp"
#include "families/domain_rated/read_rules.hpp"
#include "families/fji/read_rules.hpp"
#include "families/sqs/read_rules.hpp"
#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;
namespace fs = std::filesystem;

namespace {

// Each loader, as a function of the file's path: whether it returned something.
const std::vector<std::pair<std::string, std::function<bool(const fs::path&, Diagnostics&)>>> kLoaders = {
    {"inspection", [](const fs::path& p, Diagnostics& d) { return load_inspection(p, d).has_value(); }},
    {"rules", [](const fs::path& p, Diagnostics& d) { return load_domain_rules(p, d).has_value(); }},
    {"fji rules", [](const fs::path& p, Diagnostics& d) { return load_fji_rules(p, d).has_value(); }},
    {"sqs rules", [](const fs::path& p, Diagnostics& d) { return load_sqs_rules(p, d).has_value(); }},
    {"cci rules", [](const fs::path& p, Diagnostics& d) { return load_cci_rules(p, d, SourcePos{}).has_value(); }},
    {"catalogue", [](const fs::path& p, Diagnostics& d) { return load_catalogue(p, d).has_value(); }},
    {"glossary", [](const fs::path& p, Diagnostics& d) { return load_glossary(p, d).has_value(); }},
};

// A CCI inspection naming `programme.yaml` beside it, written with `programme`'s text.
Diagnostics load_with_programme(const std::string& programme) {
  test::TempDir dir;
  const std::string yaml = test::replace_once(test::slurp(test::test_file("fixtures/cci-minimal.yaml")),
                                              "rules: cci-2012\n", "rules: cci-2012\nprogramme: programme.yaml\n");
  if (!programme.empty()) dir.write("programme.yaml", programme);
  Diagnostics d;
  load_inspection(dir.write("inspection.yaml", yaml), d);
  return d;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_loader_refuses_a_file_that_is_not_utf8_where_the_bad_byte_is) {
  test::TempDir dir;
  const auto path = dir.write("bad.yaml", "name: x\ntitle: ab\xC3(\n");
  for (const auto& [name, load] : kLoaders) {
    Diagnostics d;
    BOOST_TEST(!load(path, d), name);
    BOOST_TEST(has_diagnostic(d, "invalid-utf8", 2, 10), name << ": " << test::dump(d));
    BOOST_TEST(d.error_count() == 1u, name << ": " << test::dump(d));
  }
}

BOOST_AUTO_TEST_CASE(every_loader_reports_a_syntax_error_and_a_missing_file_alike) {
  test::TempDir dir;
  const auto broken = dir.write("broken.yaml", "name: x\ntitle: [unclosed\n");
  for (const auto& [name, load] : kLoaders) {
    Diagnostics syntax, missing;
    BOOST_TEST(!load(broken, syntax), name);
    BOOST_TEST(has_diagnostic(syntax, "yaml-syntax", 3, 1), name << ": " << test::dump(syntax));
    BOOST_TEST(!load(dir.path() / "absent.yaml", missing), name);
    BOOST_TEST(has_diagnostic(missing, "cannot-read"), name << ": " << test::dump(missing));
  }
}

BOOST_AUTO_TEST_CASE(a_programme_file_is_opened_as_every_other_file) {
  const Diagnostics bad = load_with_programme("programme: P\nsource: \xFF\n");
  BOOST_TEST(has_diagnostic(bad, "invalid-utf8", 2, 9), test::dump(bad));
  BOOST_TEST(test::dump(bad).find("invalid UTF-8 at byte 21") != std::string::npos, test::dump(bad));
  const Diagnostics missing = load_with_programme("");
  BOOST_TEST(has_diagnostic(missing, "cannot-read"), test::dump(missing));  // where the inspection names it
  BOOST_TEST(test::dump(missing).find("inspection.yaml:") != std::string::npos, test::dump(missing));
}

// As editors save files (s4 trial4): each of these was refused with a message that named neither
// the tab nor the encoding; now each says what it found, at the tab or the byte.
BOOST_AUTO_TEST_CASE(a_tab_indented_line_is_named_as_a_tab_by_every_loader) {
  test::TempDir dir;
  for (const char* raw : {"name: x\nreport:\n\tarea: y\n", "name: x\nreport:\n  a: 1\n  \tb: 2\n", "name: x\nlist:\n\t- a\n",
                          "name: x\r\nreport:\r\n\tarea: y\r\n"}) {
    const std::string text = raw;
    const auto path = dir.write("tabs.yaml", text);
    const int line = text.find("  \t") != std::string::npos ? 4 : 3;
    const int column = text.find("  \t") != std::string::npos ? 3 : 1;
    for (const auto& [name, load] : kLoaders) {
      Diagnostics d;
      BOOST_TEST(!load(path, d), name);
      BOOST_TEST(has_diagnostic(d, "tab-indent", line, column), name << ": " << test::dump(d));
      BOOST_TEST(test::dump(d).find("a tab indents this line") != std::string::npos, test::dump(d));
    }
  }
  // A tab after a block scalar's indentation is text.
  const auto text_tab = dir.write("text.yaml", "name: x\ntitle: |\n  a\n  \tb\n");
  for (const auto& [name, load] : kLoaders) {
    Diagnostics d;
    load(text_tab, d);
    BOOST_TEST(!has_diagnostic(d, "tab-indent"), name << ": " << test::dump(d));
    BOOST_TEST(!has_diagnostic(d, "yaml-syntax"), name << ": " << test::dump(d));
  }
}

BOOST_AUTO_TEST_CASE(a_file_saved_in_another_encoding_is_named_with_what_was_found) {
  test::TempDir dir;
  const auto ansi = dir.write("ansi.yaml", "name: x\ntitle: Ynys M\xF4n \x96 caf\xE9\n");
  const auto utf16 = dir.write("utf16.yaml", std::string("\xFF\xFEn\0a\0", 6));
  for (const auto& [name, load] : kLoaders) {
    Diagnostics a, u;
    BOOST_TEST(!load(ansi, a), name);
    BOOST_TEST(has_diagnostic(a, "invalid-utf8", 2, 14), name << ": " << test::dump(a));
    BOOST_TEST(test::dump(a).find("found 0xF4, which is '\xC3\xB4' in Windows-1252") != std::string::npos, test::dump(a));
    BOOST_TEST(!load(utf16, u), name);
    BOOST_TEST(has_diagnostic(u, "invalid-utf8", 1, 1), name << ": " << test::dump(u));
    BOOST_TEST(test::dump(u).find("saved as UTF-16") != std::string::npos, test::dump(u));
  }
}
