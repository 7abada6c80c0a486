// The bilingual edition (issue 5): `--lang cy,en` writes one PDF holding both language versions in
// that order, each with its own cover, contents and page numbers, bookmarks grouped by language.
#include <boost/test/unit_test.hpp>

#include "pdf/pdf_tools.hpp"
#include "support/support.hpp"

using namespace quire;
using test::quoted;

namespace {

std::filesystem::path example(const std::string& name) {
  return test::source_root() / "examples" / name / "inspection.yaml";
}

std::filesystem::path render(const std::string& name, const std::string& languages, const std::string& extra = "") {
  const auto pdf = test::scratch() / (name + "." + languages + ".pdf");
  const auto r = test::run_quire("render " + quoted(example(name)) + " --lang " + languages + " " + extra + " -o " +
                                 quoted(pdf));
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  return pdf;
}

int pages_of(const std::filesystem::path& pdf) {
  return std::stoi(test::run("qpdf --show-npages " + quoted(pdf)).out);
}

std::string page_labels(const std::filesystem::path& pdf) {
  return test::run("qpdf --json --json-key=pagelabels " + quoted(pdf) +
                   " | jq -c '[.pagelabels[] | [.index, .label.\"/S\", .label.\"/St\"]]'")
      .out;
}

// Top-level bookmarks, each with its children: "Cymraeg > title | English > title".
std::string bookmark_groups(const std::filesystem::path& pdf) {
  return test::run("qpdf --json --json-key=outlines " + quoted(pdf) +
                   " | jq -r '[.outlines[] | .title + \" > \" + .kids[0].title] | join(\" | \")'")
      .out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bilingual)

BOOST_AUTO_TEST_CASE(welsh_then_english_in_one_pdf) {
  const auto both = render("domain-western-bay-2019", "cy,en");
  const auto welsh = render("domain-western-bay-2019", "cy");
  const auto english = render("domain-western-bay-2019", "en");
  BOOST_TEST(test::run("qpdf --check " + quoted(both)).exit_code == 0);
  const int cy_pages = pages_of(welsh), en_pages = pages_of(english);
  BOOST_TEST_REQUIRE(pages_of(both) == cy_pages + en_pages);

  // Both parts, in order: the Welsh part's pages are the Welsh edition's, then the English.
  const std::string text = test::pdf_text(both);
  const std::string words = test::normalise(text);
  const auto welsh_title = words.find(test::normalise("Arolygiad o wasanaethau troseddwyr ifanc"));
  const auto english_title = words.find(test::normalise("An inspection of youth offending services"));
  BOOST_TEST(welsh_title != std::string::npos);
  BOOST_TEST((english_title != std::string::npos && welsh_title < english_title));
  BOOST_TEST(test::normalise(test::pdf_text(both, cy_pages + 1, cy_pages + en_pages)) ==
             test::normalise(test::pdf_text(english)));
  BOOST_TEST(test::normalise(test::pdf_text(both, 1, cy_pages)) == test::normalise(test::pdf_text(welsh)));

  // Welsh letters come out as typed (grŵp, â, tîm, sôn, cynhwysïad); the Western Bay text has no ŷ,
  // which writer_test checks in every face.
  for (const char* letter : {"ŵ", "â", "î", "ô", "ï"}) BOOST_TEST(text.find(letter) != std::string::npos, letter);

  // Each part's labels start again at its own cover (i, ii, then 3 ...).
  const std::string second = std::to_string(cy_pages);
  BOOST_TEST(page_labels(both) == "[[0,\"/r\",1],[2,\"/D\",3],[" + second + ",\"/r\",1],[" +
                                      std::to_string(cy_pages + 2) + ",\"/D\",3]]\n");

  // One top-level bookmark per language, holding that part's bookmarks.
  BOOST_TEST(bookmark_groups(both) == "Cymraeg > Arolygiad o wasanaethau troseddwyr ifanc: Bae'r Gorllewin | "
                                      "English > An inspection of youth offending services in Western Bay\n");

  // The document is Welsh; in its structure tree the English part says it is English.
  const std::string langs = test::run("qpdf --json --json-key=qpdf " + quoted(both) +
                                      " | jq -r '.. | objects | select(has(\"/Lang\")) | \"\\(.\"/S\" // .\"/Type\") \\(.\"/Lang\")\"'")
                                .out;
  BOOST_TEST(langs == "/Catalog u:cy\n/Part u:en-GB\n");
  const auto tree = test::struct_tree(both);
  std::vector<std::string> top;
  for (const auto& e : tree)
    if (e.parent == 1) top.push_back(e.tag);
  BOOST_TEST(tree[1].tag == "Document");
  BOOST_TEST((top == std::vector<std::string>{"Part", "Part"}));
  // Each part reads whole, Welsh first.
  const std::string read = test::normalise(tree[0].text);
  const auto welsh_read = read.find(test::normalise("Arolygiad o wasanaethau troseddwyr ifanc"));
  const auto english_read = read.find(test::normalise("An inspection of youth offending services"));
  BOOST_TEST((welsh_read != std::string::npos && english_read != std::string::npos && welsh_read < english_read));
}

BOOST_AUTO_TEST_CASE(english_first_when_asked_and_the_letter_keeps_its_bilingual_letterhead) {
  const auto both = render("sqs-bolton-2015", "en,cy", "--draft");
  BOOST_TEST(test::run("qpdf --check " + quoted(both)).exit_code == 0);
  BOOST_TEST(bookmark_groups(both) ==
             "English > Report of Short Quality Screening (SQS) of youth offending work in Bolton | "
             "Cymraeg > Adroddiad ar Sgrinio Ansawdd Byr (SQS) o waith troseddu ieuenctid: Bolton\n");
  const std::string text = test::pdf_text(both, 0, 0, true);
  std::size_t letterheads = 0;
  for (auto at = text.find("Arolygiad o Waith Troseddu Ieuenctid"); at != std::string::npos;
       at = text.find("Arolygiad o Waith Troseddu Ieuenctid", at + 1))
    ++letterheads;
  BOOST_TEST(letterheads == 2u);  // each letter's letterhead carries both languages
  BOOST_TEST(text.find("Report of Short Quality Screening") < text.find("Adroddiad ar Sgrinio Ansawdd Byr"));
  BOOST_TEST(text.find("Cyfieithiad drafft") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_bilingual_edition_is_a_pdf_only) {
  test::TempDir dir;
  const auto md = dir.path() / "both.md";
  const auto r = test::run_quire("render " + quoted(example("domain-western-bay-2019")) + " --lang cy,en -o " + quoted(md));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("bilingual-needs-pdf") != std::string::npos, r.err);
  BOOST_TEST(!std::filesystem::exists(md));
}

BOOST_AUTO_TEST_CASE(a_bilingual_edition_needs_both_translations_unless_a_draft) {
  test::TempDir dir;
  const auto pdf = dir.path() / "both.pdf";
  const auto r = test::run_quire("render " + quoted(example("fji-rochdale-2013")) + " --lang en,cy -o " + quoted(pdf));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("has no 'cy' text") != std::string::npos);
  BOOST_TEST(!std::filesystem::exists(pdf));
}

BOOST_AUTO_TEST_CASE(unknown_language_lists_are_usage_errors) {
  for (const char* lang : {"cy,cy", "fr", "cy,en,cy", "cy,"}) {
    const auto r = test::run_quire("render " + quoted(example("domain-western-bay-2019")) + " --lang " + lang +
                                   " -o /tmp/never-written.pdf");
    BOOST_TEST(r.exit_code == 2, lang);
  }
}

BOOST_AUTO_TEST_SUITE_END()
