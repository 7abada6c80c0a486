#define BOOST_TEST_MODULE render_md
#include <boost/test/unit_test.hpp>

#include "pipeline/pipeline.hpp"
#include "render_md/markdown_escape.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_CASE(escaping_keeps_data_text_literal) {
  BOOST_TEST(escape_markdown("a *b* _c_ [d](e) <f> `g` | h ~i~") ==
             "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f> \\`g\\` \\| h \\~i\\~");
  BOOST_TEST(escape_markdown("# not a heading") == "\\# not a heading");
  BOOST_TEST(escape_markdown("- not a list") == "\\- not a list");
  BOOST_TEST(escape_markdown("1. not a list") == "1\\. not a list");
  BOOST_TEST(escape_markdown("> not a quote") == "\\> not a quote");
  BOOST_TEST(escape_markdown("&amp; stays text, AT&T and 5 & 6 stay plain") == "\\&amp; stays text, AT&T and 5 & 6 stay plain");
  BOOST_TEST(escape_markdown("1.1 Staff, 47.9%, Bro Morgannwg (ABMUHB)") == "1.1 Staff, 47.9%, Bro Morgannwg (ABMUHB)");
  BOOST_TEST(escape_markdown("Wow! ![x]") == "Wow! \\!\\[x\\]");
  BOOST_TEST(escape_markdown("Pen-y-bont ar Ogwr, Castell-nedd, ŵ ŷ") == "Pen-y-bont ar Ogwr, Castell-nedd, ŵ ŷ");
}

BOOST_AUTO_TEST_CASE(table_cells_escape_pipes_and_join_lines) {
  BOOST_TEST(markdown_for_table_cell("a | b\nc") == "a \\| b c");
  BOOST_TEST(markdown_for_table_cell("already \\| escaped") == "already \\| escaped");
}

namespace {

// A copy of data/ and templates/ that a test may break.
struct ScratchRoot {
  test::TempDir dir;
  ScratchRoot() {
    fs::copy(test::source_root() / "data", dir.path() / "data", fs::copy_options::recursive);
    fs::copy(test::source_root() / "templates", dir.path() / "templates", fs::copy_options::recursive);
  }
  Options options() const {
    Options o;
    o.root = dir.path();
    return o;
  }
};

std::optional<std::string> render(const Options& options, Diagnostics& d) {
  auto prepared = prepare(test::test_file("fixtures/minimal.yaml"), options, d);
  BOOST_REQUIRE_MESSAGE(prepared && !d.has_errors(), test::dump(d));
  return render_report_markdown(*prepared, options, d);
}

}  // namespace

BOOST_AUTO_TEST_CASE(template_naming_a_missing_key_is_an_error_with_its_position) {
  ScratchRoot root;
  const fs::path tmpl = root.dir.path() / "templates" / "domain-rated" / "cover.mustache";
  std::string text = test::slurp(tmpl);
  text += "\nLead: {{lead_inspektor}}\n";
  root.dir.write("templates/domain-rated/cover.mustache", text);
  Diagnostics d;
  const auto md = render(root.options(), d);
  BOOST_TEST(!md.has_value());
  BOOST_TEST(test::has_diagnostic(d, "template-missing-key", test::line_of(text, "{{lead_inspektor}}"), 7),
             test::dump(d));
  BOOST_TEST(d.all().back().pos.file == tmpl.string());
}

BOOST_AUTO_TEST_CASE(template_naming_a_missing_label_is_an_error) {
  ScratchRoot root;
  std::string text = test::slurp(root.dir.path() / "templates" / "domain-rated" / "contents.mustache");
  root.dir.write("templates/domain-rated/contents.mustache", text + "{{> common.no_such_label}}\n");
  Diagnostics d;
  BOOST_TEST(!render(root.options(), d).has_value());
  BOOST_TEST(test::has_diagnostic(d, "template-missing-partial"), test::dump(d));
}

BOOST_AUTO_TEST_CASE(labels_come_from_the_catalogue) {
  ScratchRoot root;
  std::string labels = test::slurp(root.dir.path() / "data" / "i18n" / "en.yaml");
  labels = test::replace_once(labels, "    foreword: Foreword\n", "    foreword: Preface\n");
  root.dir.write("data/i18n/en.yaml", labels);
  Diagnostics d;
  const auto md = render(root.options(), d);
  BOOST_REQUIRE(md.has_value());
  BOOST_TEST(md->find("## Preface\n") != std::string::npos);
  BOOST_TEST(md->find("## Foreword") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(data_text_is_escaped_and_narrative_is_not) {
  ScratchRoot root;
  test::TempDir dir;
  std::string yaml = test::slurp(test::test_file("fixtures/minimal.yaml"));
  yaml = test::replace_once(yaml, "area: Testshire", "area: \"Test*shire_[x]\"");
  yaml = test::replace_once(yaml, "foreword: The foreword.", "foreword: The *emphasised* foreword.");
  const auto input = dir.write("a.yaml", yaml);
  Diagnostics d;
  auto prepared = prepare(input, root.options(), d);
  BOOST_REQUIRE(prepared);
  const auto md = render_report_markdown(*prepared, root.options(), d);
  BOOST_REQUIRE(md.has_value());
  BOOST_TEST(md->find("Test\\*shire\\_\\[x\\]") != std::string::npos);
  BOOST_TEST(md->find("The *emphasised* foreword.") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(draft_is_marked) {
  ScratchRoot root;
  Options o = root.options();
  o.draft = true;
  Diagnostics d;
  const auto md = render(o, d);
  BOOST_REQUIRE(md.has_value());
  BOOST_TEST(md->rfind("**Draft**\n", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(partials_that_include_each_other_are_refused_not_recursed) {
  ScratchRoot root;
  root.dir.write("templates/domain-rated/contents.mustache", "{{> loop-a}}\n");
  root.dir.write("templates/domain-rated/loop-a.mustache", "{{> loop-b}}\n");
  root.dir.write("templates/domain-rated/loop-b.mustache", "{{> loop-a}}\n");
  Diagnostics d;
  BOOST_TEST(!render(root.options(), d).has_value());
  BOOST_TEST(test::has_diagnostic(d, "template-partial-loop"), test::dump(d));
  BOOST_TEST(test::dump(d).find("loop-a -> loop-b -> loop-a") != std::string::npos, test::dump(d));
}
