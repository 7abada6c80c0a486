// A framework version's own labels (data/i18n/FRAMEWORK/LANG.yaml, issue 17) obey the catalogues'
// rules: every key in both languages, every Welsh label with its status; and they lie over the
// family's catalogue, which supplies the rest.
#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

Catalogue load_at(const fs::path& path) {
  Diagnostics diags;
  auto catalogue = load_catalogue(path, diags);
  BOOST_TEST_REQUIRE(!diags.has_errors(), test::dump(diags));
  BOOST_TEST_REQUIRE(catalogue.has_value());
  return *catalogue;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_framework_catalogue_has_its_keys_in_both_languages) {
  int frameworks = 0;
  for (const auto& entry : fs::directory_iterator(test::source_root() / "data" / "i18n")) {
    if (!entry.is_directory()) continue;
    BOOST_TEST_CONTEXT("framework labels " << entry.path()) {
      const Catalogue en = load_at(entry.path() / "en.yaml");
      const Catalogue cy = load_at(entry.path() / "cy.yaml");
      BOOST_TEST(keys_missing_from(en, cy).empty());
      BOOST_TEST(keys_missing_from(cy, en).empty());
      for (const auto& [key, label] : cy.labels())
        BOOST_TEST((label.status != LabelStatus::unreviewed), "Welsh label " << key << " has no status");
    }
    ++frameworks;
  }
  BOOST_TEST(frameworks >= 1);
}

BOOST_AUTO_TEST_CASE(a_framework_label_lies_over_the_familys) {
  const Catalogue family("en", "en.yaml", {{"standard.3.4.title", {"Joint working"}}, {"common.foreword", {"Foreword"}}},
                         {{"month", {"January"}}});
  const Catalogue framework("en", "domain-2021/en.yaml",
                            {{"standard.3.4.title", {"Out-of-court disposal policy and provision"}}}, {});
  const Catalogue both = layered(family, framework);
  BOOST_TEST(both.find("standard.3.4.title")->text == "Out-of-court disposal policy and provision");
  BOOST_TEST(both.find("common.foreword")->text == "Foreword");
  BOOST_TEST(both.list("month").size() == 1u);
  BOOST_TEST(both.was_used("common.foreword"));
  BOOST_TEST(!both.was_used("month"));
}
