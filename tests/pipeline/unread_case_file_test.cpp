// A case file that cannot be read at all is one problem, said once at its position: the scores it
// would have given are not reported missing one by one as well (s4 trial4: a semicolon export
// gave its header error and then 20 "neither case answers nor a published '% yes'" errors).
#include <boost/test/unit_test.hpp>

#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

// Example `name` copied, its case file's first line replaced by `header`, and checked.
Diagnostics check_with_case_header(const std::string& name, const std::string& header) {
  const fs::path folder = test::source_root() / "examples" / name;
  test::TempDir dir;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file()) fs::copy_file(entry.path(), dir.path() / entry.path().filename());
  const std::string cases = test::slurp(folder / "cases.csv");
  dir.write("cases.csv", header + cases.substr(cases.find('\n')));
  Options options;
  options.root = test::source_root();
  Diagnostics diags;
  prepare(dir.path() / "inspection.yaml", options, diags);
  return diags;
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_unreadable_case_file_is_one_error_in_every_family) {
  // domain-testshire-2023 publishes no "% yes", so every case-based key question needs the file.
  for (const std::string name : {"domain-testshire-2023", "domain-western-bay-2019", "fji-rochdale-2013",
                                 "cci-wandsworth-2012"}) {
    BOOST_TEST_CONTEXT(name) {
      const Diagnostics diags = check_with_case_header(name, "id,q,a");
      BOOST_TEST(test::has_diagnostic(diags, "csv-header", 1, 1), test::dump(diags));
      BOOST_TEST(diags.error_count() == 1u, test::dump(diags));
    }
  }
}
