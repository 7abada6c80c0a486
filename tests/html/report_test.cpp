// Whole reports through the pipeline: every example, in English and (Western Bay) Welsh.
#include <boost/test/unit_test.hpp>

#include <regex>

#include "base/files.hpp"
#include "html/helpers.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
using namespace quire::test;

namespace {

std::string render_html(const std::filesystem::path& input, const std::string& language) {
  Options options;
  options.root = source_root();
  options.language = language;
  Diagnostics diags;
  auto prepared = prepare(input, options, diags);
  BOOST_REQUIRE_MESSAGE(prepared && !diags.has_errors(), dump(diags));
  auto markdown = render_report_markdown(*prepared, options, diags);
  BOOST_REQUIRE_MESSAGE(markdown && !diags.has_errors(), dump(diags));
  auto page = render_report_html(*prepared, *markdown, options, diags);
  BOOST_REQUIRE_MESSAGE(page && !diags.has_errors(), dump(diags));
  return *page;
}

std::vector<std::filesystem::path> examples() {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(source_root() / "examples"))
    if (std::filesystem::exists(entry.path() / "inspection.yaml")) out.push_back(entry.path() / "inspection.yaml");
  std::sort(out.begin(), out.end());
  return out;
}

// Heading levels in order; a heading may go at most one level deeper than the one before it.
std::vector<int> heading_levels(const std::string& page) {
  std::vector<int> levels;
  static const std::regex open("<h([1-6])[ >]");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), open); it != std::sregex_iterator(); ++it)
    levels.push_back((*it)[1].str()[0] - '0');
  return levels;
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_example_has_one_h1_ordered_headings_and_landmarks) {
  for (const auto& input : examples()) {
    BOOST_TEST_CONTEXT(input.parent_path().filename().string()) {
      const std::string page = render_html(input, "en");
      const auto levels = heading_levels(page);
      BOOST_TEST(std::count(levels.begin(), levels.end(), 1) == 1);
      BOOST_TEST(levels.front() == 1);
      for (std::size_t i = 1; i < levels.size(); ++i) BOOST_TEST(levels[i] <= levels[i - 1] + 1);
      BOOST_TEST(count(page, "<main id=\"main\">") == 1u);
      BOOST_TEST(page.find("<html lang=\"en-GB\">") != std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(western_bay_contents_links_reach_its_headings) {
  const std::string page = render_html(western_bay(), "en");
  static const std::regex link("<a href=\"#([^\"]+)\"");
  std::size_t links = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), link); it != std::sregex_iterator(); ++it, ++links)
    BOOST_TEST(page.find("id=\"" + (*it)[1].str() + "\"") != std::string::npos, (*it)[1].str());
  BOOST_TEST(links > 30u);
  BOOST_TEST(count(page, "<figure class=\"chart\">") == 8u);
  BOOST_TEST(page.find("<strong class=\"badge badge-4\">Inadequate</strong>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(welsh_page_is_marked_welsh) {
  const std::string page = render_html(western_bay(), "cy");
  BOOST_TEST(page.find("<html lang=\"cy\">") != std::string::npos);
  BOOST_TEST(page.find("Neidio i'r adroddiad") != std::string::npos);
  BOOST_TEST(page.find("Annigonol") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reruns_are_byte_identical) {
  const TempDir dir;
  Options options;
  options.root = source_root();
  for (const char* name : {"a.html", "b.html"}) {
    Diagnostics diags;
    BOOST_REQUIRE_MESSAGE(render_to_file(western_bay(), dir.path() / name, options, diags), dump(diags));
  }
  BOOST_TEST(slurp(dir.path() / "a.html") == slurp(dir.path() / "b.html"));
}

BOOST_AUTO_TEST_CASE(a_failed_render_leaves_the_page_untouched) {
  const TempDir dir;
  const auto input = dir.write("inspection.yaml", replace_once(minimal_fixture(), "family:", "famly:"));
  const auto output = dir.write("report.html", "earlier page");
  Options options;
  options.root = source_root();
  Diagnostics diags;
  BOOST_TEST(!render_to_file(input, output, options, diags));
  BOOST_TEST(slurp(output) == "earlier page");
  BOOST_TEST(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 2);
}

// Issue 16, defect 1: a rating cell drawn as a badge lost its footnote (professional discretion, in
// both ratings tables); every footnote reference of the Markdown is a reference on the page.
BOOST_AUTO_TEST_CASE(issue16_every_footnote_reference_reaches_the_page) {
  for (const auto& input : examples()) {
    BOOST_TEST_CONTEXT(input.parent_path().filename().string()) {
      Options options;
      options.root = source_root();
      Diagnostics diags;
      auto prepared = prepare(input, options, diags);
      BOOST_REQUIRE(prepared);
      const auto markdown = render_report_markdown(*prepared, options, diags);
      BOOST_REQUIRE(markdown);
      static const std::regex reference(R"(\[\^[^\]\s]+\](?!:))");
      const auto cited = static_cast<std::size_t>(
          std::distance(std::sregex_iterator(markdown->begin(), markdown->end(), reference), std::sregex_iterator()));
      const std::string page = render_html(input, "en");
      BOOST_TEST(count(page, "<sup class=\"footnote-ref\">") == cited);
    }
  }
}
