// Issue 19: the label catalogue through a translation tool: every proposed label goes out with its
// Welsh to confirm; confirmed, it comes back `reviewed`, and nothing else in cy.yaml changes.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "load/load.hpp"
#include "support/support.hpp"

namespace fs = std::filesystem;
using namespace quire;

namespace {

// A root holding a copy of data/i18n, for the import to change.
fs::path copy_catalogues(const test::TempDir& dir) {
  fs::create_directories(dir.path() / "data");
  fs::copy(test::source_root() / "data" / "i18n", dir.path() / "data" / "i18n", fs::copy_options::recursive);
  return dir.path();
}

std::size_t count(const Catalogue& c, LabelStatus status) {
  std::size_t n = 0;
  for (const auto& [key, label] : c.labels()) n += label.status == status;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(confirmed_labels_come_back_reviewed_and_a_correction_is_written) {
  test::TempDir dir;
  const fs::path root = copy_catalogues(dir), cy = root / "data" / "i18n" / "cy.yaml";
  const std::string before = test::slurp(cy);
  Diagnostics d;
  const auto original = load_catalogue(cy, d);
  BOOST_REQUIRE(original);
  const fs::path xlf = dir.path() / "labels.xlf";
  auto r = test::run_quire("translations export --labels cy -o " + xlf.string() + " --root " + root.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::string xliff = test::slurp(xlf);
  BOOST_TEST(xliff.find("<trans-unit id=\"rating.outstanding\"") != std::string::npos);
  BOOST_TEST(xliff.find("<target state=\"needs-review-translation\">Rhagorol</target>") != std::string::npos);
  // {{lead_inspector}} is a protected code in source and target alike.
  BOOST_TEST(std::regex_search(xliff, std::regex(R"(Arolygydd EM <x id="\d+" ctype="x-mustache"/>)")));
  // The translator confirms every label and corrects one.
  xliff = std::regex_replace(xliff, std::regex("state=\"needs-review-translation\""), "state=\"final\"");
  xliff = test::replace_once(xliff, ">Rhagorol</target>", ">Rhagorol iawn</target>");
  std::ofstream(dir.path() / "done.xlf") << xliff;
  r = test::run_quire("translations import " + (dir.path() / "done.xlf").string() + " --labels cy --root " +
                      root.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto after = load_catalogue(cy, d);
  BOOST_REQUIRE(after);
  BOOST_TEST(count(*after, LabelStatus::proposed) == 0u);
  BOOST_TEST(count(*after, LabelStatus::reviewed) == count(*original, LabelStatus::proposed));
  BOOST_TEST(after->labels().at("rating.outstanding").text == "Rhagorol iawn");
  BOOST_TEST((after->labels().at("rating.requires_improvement").status == LabelStatus::seen));
  // Only statuses and the corrected text changed, line for line.
  std::istringstream a(before), b(test::slurp(cy));
  for (std::string x, y; std::getline(a, x) && std::getline(b, y);) {
    if (x == y) continue;
    const std::string expected = std::regex_replace(x, std::regex("status: proposed"), "status: reviewed");
    BOOST_TEST((y == expected || y == test::replace_once(expected, "\"Rhagorol\"", "\"Rhagorol iawn\"")), x << " -> " << y);
  }
}

// Labels are Markdown, and go out as plain text like narrative: a label whose English holds
// "&amp;" showed "&" in the tool but was compared with "&amp;" on the way back, so confirming it
// was refused as an English edited since the export.
BOOST_AUTO_TEST_CASE(a_label_with_markdown_escapes_comes_back_confirmed) {
  test::TempDir dir;
  const fs::path root = copy_catalogues(dir), en = root / "data" / "i18n" / "en.yaml";
  std::ofstream(en.string() + ".new")
      << test::replace_once(test::slurp(en), "    outstanding: Outstanding\n", "    outstanding: \"Outstanding &amp; \\\\*bold\"\n");
  fs::rename(en.string() + ".new", en);
  const fs::path xlf = dir.path() / "labels.xlf";
  auto r = test::run_quire("translations export --labels cy -o " + xlf.string() + " --root " + root.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::string xliff = test::slurp(xlf);
  BOOST_TEST(xliff.find("<source>Outstanding &amp; *bold</source>") != std::string::npos);
  xliff = std::regex_replace(xliff, std::regex("state=\"needs-review-translation\""), "state=\"final\"");
  std::ofstream(dir.path() / "done.xlf") << xliff;
  r = test::run_quire("translations import " + (dir.path() / "done.xlf").string() + " --labels cy --root " +
                      root.string());
  BOOST_TEST(r.exit_code == 0, r.err);
}

BOOST_AUTO_TEST_CASE(a_label_that_lost_its_mustache_tag_is_refused) {
  test::TempDir dir;
  const fs::path root = copy_catalogues(dir), cy = root / "data" / "i18n" / "cy.yaml";
  const std::string before = test::slurp(cy);
  const fs::path xlf = dir.path() / "labels.xlf";
  test::run_quire("translations export --labels cy -o " + xlf.string() + " --root " + root.string());
  std::string xliff = std::regex_replace(test::slurp(xlf), std::regex("state=\"needs-review-translation\""), "state=\"final\"");
  const auto unit = xliff.find("<trans-unit id=\"domain_rated.inside_cover.led_by\"");
  const auto target = xliff.find("<target", unit);
  const auto code = xliff.find("<x id=", target);
  xliff.erase(code, xliff.find("/>", code) + 2 - code);
  std::ofstream(dir.path() / "broken.xlf") << xliff;
  const auto r = test::run_quire("translations import " + (dir.path() / "broken.xlf").string() + " --labels cy --root " +
                                 root.string());
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("unit 'domain_rated.inside_cover.led_by': the translation has the inline code") != std::string::npos,
             r.err);
  BOOST_TEST(test::slurp(cy) == before);
}
