// The rendered Markdown's own check (a footnote a template cites but nothing defines). For a PDF
// it runs on a second thread beside layout; what a user sees must be what the Markdown render
// reports: the same error, nothing written.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

// A copy of the project's root whose domain-rated report template cites [^ghost].
void make_root_citing_a_ghost(const fs::path& root) {
  fs::create_directories(root);
  for (const char* folder : {"templates", "data", "fonts"})
    fs::copy(test::source_root() / folder, root / folder, fs::copy_options::recursive);
  std::ofstream(root / "templates" / "domain-rated" / "report.mustache", std::ios::app) << "\nGhost[^ghost].\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rendered_markdown_check)

BOOST_AUTO_TEST_CASE(a_footnote_no_one_defines_stops_the_pdf_as_it_stops_the_markdown) {
  test::TempDir dir;
  make_root_citing_a_ghost(dir.path() / "root");
  const std::string input = (test::source_root() / "examples" / "domain-western-bay-2019" / "inspection.yaml").string();
  std::string errors[2];
  int i = 0;
  for (const char* format : {"md", "pdf"}) {
    const fs::path out = dir.path() / (std::string("report.") + format);
    const auto r = test::run_quire("render '" + input + "' --root '" + (dir.path() / "root").string() + "' -o '" +
                                   out.string() + "'");
    BOOST_TEST(r.exit_code == 2, format << ": " << r.err);
    BOOST_TEST(r.err.find("the rendered report cites [^ghost] but nothing defines it [unresolved-footnote]") !=
                   std::string::npos,
               format << ": " << r.err);
    BOOST_TEST(!fs::exists(out), format);
    errors[i++] = r.err.substr(0, r.err.find("quire: nothing written"));
  }
  BOOST_TEST(errors[0] == errors[1]);
}

BOOST_AUTO_TEST_SUITE_END()
