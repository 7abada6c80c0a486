#define BOOST_TEST_MODULE pipeline
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "base/files.hpp"
#include "markdown/markdown.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string render_western_bay() {
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  auto prepared = prepare(test::western_bay(), options, d);
  BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
  const auto md = render_report_markdown(*prepared, options, d);
  BOOST_REQUIRE_MESSAGE(md && !d.has_errors(), test::dump(d));
  return *md;
}

}  // namespace

// Golden files are reviewed, never regenerated blindly: on a difference the actual output is
// written beside the build, and tests/update-goldens.sh replaces the golden for a `git diff` review.
// Every example has a golden (tests/pipeline/golden/EXAMPLE.md).
BOOST_AUTO_TEST_CASE(every_example_matches_its_golden_markdown) {
  int examples = 0;
  for (const auto& entry : fs::directory_iterator(test::source_root() / "examples")) {
    const std::string example = entry.path().filename().string();
    BOOST_TEST_CONTEXT("example " << example) {
      Options options;
      options.root = test::source_root();
      Diagnostics d;
      auto prepared = prepare(entry.path() / "inspection.yaml", options, d);
      BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
      const auto actual = render_report_markdown(*prepared, options, d);
      BOOST_REQUIRE_MESSAGE(actual && !d.has_errors(), test::dump(d));
      const fs::path golden = test::test_file("pipeline/golden/" + example + ".md");
      BOOST_REQUIRE_MESSAGE(fs::exists(golden), "no golden " << golden << " (run tests/update-goldens.sh)");
      if (*actual != test::slurp(golden)) {
        const fs::path written = fs::current_path() / (example + ".actual.md");
        write_file_atomic(written, *actual);
        BOOST_ERROR("Markdown differs from " << golden << "; actual output written to " << written
                                             << "; compare with: diff " << golden << " " << written);
      }
    }
    ++examples;
  }
  BOOST_TEST(examples >= 1);
}

BOOST_AUTO_TEST_CASE(western_bay_markdown_has_the_reports_structure) {
  const MarkdownOutline o = outline_markdown(render_western_bay());
  BOOST_TEST(o.headings[1] == 1);       // the title
  BOOST_TEST(o.headings[3] >= 12 + 3);  // every standard, each domain's summary
  // Ratings summary, two key-fact figures, three caseload tables, population, three annex tables, glossary.
  BOOST_TEST(o.tables == 11);
  BOOST_TEST(o.footnote_definitions == 8);  // discretion, two boilerplate notes, five sources
  BOOST_TEST(o.unresolved_footnotes.empty());
  BOOST_TEST(o.block_quotes == 5);  // four inspectors' notes and the case of John
  const std::vector<std::string> order = {"2:Foreword", "2:Overall findings", "2:Summary of the ratings",
                                          "2:Recommendations", "2:Introduction", "2:Key facts",
                                          "2:1. Organisational delivery", "3:1.1 Governance and leadership",
                                          "2:2. Court disposals", "2:3. Out-of-court disposals",
                                          "3:3.4 Joint working", "2:Annex 1 – Methodology",
                                          "2:Annex 2 – Inspection results", "2:Annex 3 – Glossary"};
  std::size_t at = 0;
  for (const auto& heading : order) {
    while (at < o.heading_texts.size() && o.heading_texts[at] != heading) ++at;
    BOOST_TEST(at < o.heading_texts.size(), "heading '" << heading << "' missing or out of order");
  }
}

BOOST_AUTO_TEST_CASE(recommendations_are_numbered_across_owner_groups) {
  const std::string md = render_western_bay();
  BOOST_TEST(md.find("The WBYJEIS Manager should:\n\n7. make sure that all staff have appropriate") != std::string::npos);
  BOOST_TEST(md.find("14. provide relevant and timely physical") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(discretion_footnote_appears_wherever_the_rating_is_shown) {
  const std::string md = render_western_bay();
  std::size_t uses = 0;
  for (auto at = md.find("Inadequate**[^discretion-3-3]"); at != std::string::npos;
       at = md.find("[^discretion-3-3]", at + 1))
    ++uses;
  BOOST_TEST(uses >= 3u);  // ratings summary, the standard itself, Annex 2 (and the definition)
  BOOST_TEST(md.find("| 3.3 Implementation and delivery | Inadequate[^discretion-3-3] |") != std::string::npos);
}
