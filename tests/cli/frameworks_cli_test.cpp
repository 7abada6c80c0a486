// Framework versions as data (issue 17): the 2021 domain-rated framework through the command line,
// and a framework version added to a copy of data/ and templates/ with no C++ change.
#include <boost/test/unit_test.hpp>

#include "support/json.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

fs::path testshire(const std::string& file) { return test::source_root() / "examples" / "domain-testshire-2023" / file; }

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_CASE(score_json_lists_thirteen_standards_with_4_1_not_counted) {
  const auto r = test::run_quire("score --json " + quoted(testshire("inspection.yaml")));
  BOOST_TEST(r.exit_code == 0, r.err);
  const auto json = test::parse_json(r.out);
  const auto& standards = json.at("standards");
  BOOST_TEST(standards.size() == 13u, r.out);
  BOOST_TEST(test::element_with(standards, "number", "4.1") ==
             nlohmann::json({{"number", "4.1"}, {"domain", 4}, {"judged", true}, {"rating", "good"}, {"counts_to_overall", false}}));
  std::size_t counted = 0;
  for (const auto& s : standards) counted += s.at("counts_to_overall").get<bool>();
  BOOST_TEST(counted == 12u);
  BOOST_TEST(json.at("overall") ==
             nlohmann::json({{"rating", "good"}, {"points", 21}, {"max_points", 36}, {"standards_counted", 12}}));
}

BOOST_AUTO_TEST_CASE(validate_names_each_unconfirmed_wording_and_a_render_warns_once) {
  const auto v = test::run_quire("validate " + quoted(testshire("inspection.yaml")));
  BOOST_TEST(v.exit_code == 0, v.err);
  for (const char* label : {"standard.3.4.statement", "key_question.3.4.1", "standard.4.1.statement",
                            "key_question.4.1.1", "domain.out_of_court_disposals.intro", "domain.resettlement.intro"})
    BOOST_TEST(v.err.find("warning: the wording of '" + std::string(label) + "' is an unconfirmed placeholder") !=
               std::string::npos, label << "\n" << v.err);
  test::TempDir dir;
  const fs::path out = dir.path() / "testshire.md";
  const auto r = test::run_quire("render " + quoted(testshire("inspection.yaml")) + " -o " + quoted(out));
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(count(r.err, "[unconfirmed-wording]") == 1u, r.err);
  BOOST_TEST(r.err.find("this report prints 6 unconfirmed placeholder wordings from domain-2021") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(the_ratings_summary_shows_4_1_with_its_footnote_and_the_variant_not_rated) {
  test::TempDir dir;
  const fs::path out = dir.path() / "testshire.md";
  BOOST_REQUIRE(test::run_quire("render " + quoted(testshire("inspection.yaml")) + " -o " + quoted(out)).exit_code == 0);
  const std::string md = test::slurp(out);
  BOOST_TEST(md.find("| 4.1 Resettlement policy and provision | Good[^not-counted-4-1] |") != std::string::npos, md);
  BOOST_TEST(md.find("| 3.4 Out-of-court disposal policy and provision | Good |") != std::string::npos);
  BOOST_TEST(md.find("[^not-counted-4-1]: The resettlement standard does not contribute to the overall rating for the YOT.") !=
             std::string::npos);
  BOOST_TEST(md.find("We examined 3 resettlement cases.") != std::string::npos);  // the framework's own template
  const fs::path variant = dir.path() / "variant.md";
  const auto r = test::run_quire("render " + quoted(testshire("no-resettlement.yaml")) + " -o " + quoted(variant));
  BOOST_TEST(r.exit_code == 0, r.err);
  const std::string v = test::slurp(variant);
  BOOST_TEST(v.find("| 4.1 Resettlement policy and provision | Not rated[^not-rated-4] |") !=
             std::string::npos, v);
  BOOST_TEST(v.find("[^not-rated-4]: Domain 4 was not rated as there were no resettlement cases to inspect.") != std::string::npos);
  BOOST_TEST(v.find("We examined 3 resettlement cases.") == std::string::npos);
}

// Issue 17: a framework version is data. A copy of data/ and templates/ gains a rules file, one
// template and its labels, and renders through `--root` with the same binary.
BOOST_AUTO_TEST_CASE(a_toy_framework_version_renders_with_no_cpp_change) {
  test::TempDir root;
  for (const char* folder : {"data", "templates"})
    fs::copy(test::source_root() / folder, root.path() / folder, fs::copy_options::recursive);
  std::string rules = test::slurp(test::source_root() / "data" / "rules" / "domain-2018.yaml");
  rules = test::replace_once(rules, "name: domain-2018", "name: toy-2030\ntemplates: toy-2030\nlabels: toy-2030");
  root.write("data/rules/toy-2030.yaml", rules);
  fs::create_directories(root.path() / "templates" / "toy-2030");
  root.write("templates/toy-2030/ratings-summary.mustache",
             "## {{> toy.heading}}\n\n{{#domains}}{{#standards}}- {{number}}: {{{rating_word}}}\n{{/standards}}{{/domains}}\n");
  fs::create_directories(root.path() / "data" / "i18n" / "toy-2030");
  root.write("data/i18n/toy-2030/en.yaml", "language: en\nlabels:\n  toy:\n    heading: Ratings at a glance\n");
  root.write("data/i18n/toy-2030/cy.yaml",
             "language: cy\nlabels:\n  toy:\n    heading: {text: \"Y sgoriau ar yr olwg gyntaf\", status: proposed}\n");
  const auto input = root.write("toy.yaml", test::replace_once(test::minimal_fixture(), "rules: domain-2018", "rules: toy-2030"));
  const fs::path out = root.path() / "toy.md";
  const auto r = test::run_quire("render " + quoted(input) + " -o " + quoted(out) + " --root " + quoted(root.path()));
  BOOST_TEST(r.exit_code == 0, r.err);
  const std::string md = test::slurp(out);
  BOOST_TEST(md.find("## Ratings at a glance\n\n- 1.1: Good\n") != std::string::npos, md);
  BOOST_TEST(md.find("## Foreword") != std::string::npos);  // the family's templates fill in the rest
  const auto cy = test::run_quire("render " + quoted(input) + " -o " + quoted(root.path() / "toy.cy.md") +
                                  " --draft --lang cy --root " + quoted(root.path()));
  BOOST_TEST(cy.exit_code == 0, cy.err);
  BOOST_TEST(test::slurp(root.path() / "toy.cy.md").find("## Y sgoriau ar yr olwg gyntaf") != std::string::npos);
  // A framework naming labels it does not have is refused, naming the file it looked for.
  fs::remove_all(root.path() / "data" / "i18n" / "toy-2030");
  const auto missing = test::run_quire("render " + quoted(input) + " -o " + quoted(out) + " --root " + quoted(root.path()));
  BOOST_TEST(missing.exit_code == 2);
  BOOST_TEST(missing.err.find("unknown-labels") != std::string::npos, missing.err);
  // At the rules file's `labels:` value (s3: the file alone, no line).
  const std::string at = (root.path() / "data" / "rules" / "toy-2030.yaml").string() + ":" +
                         std::to_string(test::line_of(rules, "labels: toy-2030")) + ":9: error:";
  BOOST_TEST(missing.err.find(at) != std::string::npos, missing.err);
}

// `quire new` reads the same rules files: a 2021 start has domain four and the resettlement sample.
BOOST_AUTO_TEST_CASE(a_new_inspection_of_the_2021_framework_has_its_thirteen_standards) {
  test::TempDir dir;
  const auto r = test::run_quire("new domain-rated " + quoted(dir.path() / "t") + " --area Testshire --rules domain-2021");
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  const std::string yaml = test::slurp(dir.path() / "t" / "inspection.yaml");
  BOOST_TEST(yaml.find("rules: domain-2021") != std::string::npos, yaml);
  BOOST_TEST(count(yaml, "number: \"4.1\"") + count(yaml, "number: '4.1'") + count(yaml, "number: 4.1") == 1u, yaml);
  BOOST_TEST(yaml.find("resettlement:") != std::string::npos);
}
