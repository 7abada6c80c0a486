// The tagged PDF (issue 9): every example's structure tree, read back with poppler's
// `pdfinfo -struct-text` and qpdf, holds the whole text in reading order under the right tags,
// and nothing of the page furniture.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>

#include "doc/walk.hpp"
#include "markdown/document.hpp"
#include "pdf/pdf_tools.hpp"
#include "support/support.hpp"

using namespace quire;
using test::document_of;
using test::normalise;
using test::quoted;
using test::StructElem;

namespace {

std::vector<const StructElem*> elements(const std::vector<StructElem>& tree, const std::string& tag) {
  std::vector<const StructElem*> out;
  for (const auto& e : tree)
    if (e.tag == tag) out.push_back(&e);
  return out;
}

bool is_heading(const std::string& tag) { return tag.size() == 2 && tag[0] == 'H' && tag[1] >= '1' && tag[1] <= '6'; }

// Every table cell of the document in reading order, as the tags it should have and its words.
std::vector<std::string> expected_cells(const doc::Document& d) {
  std::vector<std::string> cells;
  doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
    const auto* t = std::get_if<doc::Table>(&b.body);
    if (!t) return;
    for (const auto& row : t->header) {
      std::string words;
      for (const auto& cell : row) words += normalise(doc::plain_text(cell, true));
      if (t->plain && words.empty()) continue;  // a plain table's blank header row is not set
      for (const auto& cell : row) cells.push_back((t->plain ? "TD " : "TH ") + normalise(doc::plain_text(cell, true)));
    }
    for (const auto& row : t->rows)
      for (const auto& cell : row) cells.push_back("TD " + normalise(doc::plain_text(cell, true)));
  });
  return cells;
}

// The values of `key` in every object qpdf finds whose /S (structure type) is `type`.
std::vector<std::string> struct_values(const std::filesystem::path& pdf, const std::string& type, const std::string& key) {
  const std::string out = test::run("qpdf --json --json-key=qpdf " + quoted(pdf) +
                                    " | jq -r '.. | objects | select(.\"/S\"? == \"/" + type + "\") | .\"/" + key +
                                    "\" // \"-\"'")
                              .out;
  std::vector<std::string> values;
  for (std::size_t start = 0, nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
    values.push_back(out.substr(start, nl - start));
  return values;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); !part.empty() && at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string catalog_json(const std::filesystem::path& pdf, const std::string& filter) {
  return test::run("qpdf --json --json-key=qpdf " + quoted(pdf) +
                   " | jq -c '.. | objects | select(.\"/Type\"? == \"/Catalog\") | " + filter + "'")
      .out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tagged)

BOOST_AUTO_TEST_CASE(every_paragraph_and_heading_reads_in_order) {
  for (const auto& e : test::rendered_examples()) {
    const doc::Document d = document_of(e.markdown);
    const auto tree = test::struct_tree(e.pdf);
    BOOST_TEST_REQUIRE(tree.size() > 50u, e.name);
    const std::string text = normalise(tree[0].text_outside_notes);
    std::size_t at = 0;
    int checked = 0;
    doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
      std::string words;
      if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) words = normalise(doc::plain_text(p->content, true));
      if (const auto* h = std::get_if<doc::Heading>(&b.body)) words = normalise(doc::plain_text(h->content, true));
      if (words.empty() || at == std::string::npos) return;
      const std::size_t found = text.find(words, at);
      BOOST_TEST(found != std::string::npos, e.name << ": missing or out of order: " << words);
      at = found == std::string::npos ? found : found + words.size();
      ++checked;
    });
    BOOST_TEST(checked > 20, e.name);
  }
}

BOOST_AUTO_TEST_CASE(headings_are_tagged_at_their_levels) {
  for (const auto& e : test::rendered_examples()) {
    const auto tree = test::struct_tree(e.pdf);
    std::vector<std::string> tagged;
    for (const auto& el : tree)
      if (is_heading(el.tag)) tagged.push_back(el.tag + " " + normalise(el.text));
    // The bookmarks are made from the same headings: their titles in order, with the levels.
    std::vector<std::string> expected;
    const doc::Document d = document_of(e.markdown);
    for (const auto* h : doc::headings(d))
      expected.push_back("H" + std::to_string(h->level) + " " + normalise(doc::plain_text(h->content)));
    const auto outline = test::run("qpdf --json --json-key=outlines " + quoted(e.pdf) +
                                   " | jq '[.. | objects | select(has(\"title\"))] | length'")
                             .out;
    BOOST_TEST(std::to_string(tagged.size()) + "\n" == outline, e.name);
    BOOST_TEST(tagged == expected, e.name);
  }
}

BOOST_AUTO_TEST_CASE(tables_have_header_cells_and_every_cell_once) {
  for (const auto& e : test::rendered_examples()) {
    const auto tree = test::struct_tree(e.pdf);
    std::vector<std::string> cells;
    for (const auto& el : tree) {
      if (el.tag != "TH" && el.tag != "TD") continue;
      cells.push_back(el.tag + " " + normalise(el.text_outside_notes));
      if (el.tag == "TH") BOOST_TEST((el.attributes == std::vector<std::string>{"/Scope /Column"}), e.name);
      BOOST_TEST(tree[el.parent].tag == "TR", e.name);
    }
    // Header rows repeated on a continuation page are furniture: each cell is here once.
    const auto expected = expected_cells(document_of(e.markdown));
    BOOST_TEST(cells.size() == expected.size(), e.name);
    for (std::size_t k = 0; k < std::min(cells.size(), expected.size()); ++k)
      if (cells[k] != expected[k]) {
        BOOST_TEST(cells[k] == expected[k], e.name << ": cell " << k << ": " << cells[k] << " != " << expected[k]);
        break;
      }
    BOOST_TEST(!elements(tree, "TH").empty(), e.name);
  }
}

BOOST_AUTO_TEST_CASE(charts_are_figures_described_in_words) {
  for (const auto& e : test::rendered_examples()) {
    const doc::Document d = document_of(e.markdown);
    std::vector<std::string> expected;
    doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
      if (const auto* c = std::get_if<doc::Chart>(&b.body)) expected.push_back("u:" + doc::chart_description(*c, "Bar chart"));
    });
    std::vector<std::string> alts;
    for (const auto& alt : struct_values(e.pdf, "Figure", "Alt"))
      if (alt.find("stars") == std::string::npos) alts.push_back(alt);
    std::sort(alts.begin(), alts.end());
    std::sort(expected.begin(), expected.end());
    BOOST_TEST(alts == expected, e.name);
  }
  // The FJI scoring table's stars say how many they are.
  const auto fji = std::find_if(test::rendered_examples().begin(), test::rendered_examples().end(),
                                [](const auto& r) { return r.name == "fji-rochdale-2013"; });
  BOOST_TEST_REQUIRE((fji != test::rendered_examples().end()));
  const auto alts = struct_values(fji->pdf, "Figure", "Alt");
  BOOST_TEST(std::count(alts.begin(), alts.end(), "u:3 out of 4 stars") == 1);
}

BOOST_AUTO_TEST_CASE(footnotes_are_notes_after_their_references) {
  for (const auto& e : test::rendered_examples()) {
    const doc::Document d = document_of(e.markdown);
    const auto tree = test::struct_tree(e.pdf);
    std::map<std::string, std::string> expected;  // number -> its words
    for (const auto& note : d.footnotes) {
      std::string body;
      doc::for_each_block(note.content, [&](const doc::Block& b, int) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) body += doc::plain_text(p->content, true);
      });
      expected[std::to_string(note.number)] = normalise(std::to_string(note.number) + body);
    }
    std::size_t notes = 0;
    for (std::size_t i = 1; i < tree.size(); ++i) {
      if (tree[i].tag != "Note") continue;
      ++notes;
      // Read just where it is cited: the element before it is the Reference with its number.
      const StructElem& before = tree[i - 1];
      BOOST_TEST_REQUIRE(before.tag == "Reference", e.name);
      BOOST_TEST(before.parent == tree[i].parent, e.name);
      BOOST_TEST(normalise(tree[i].text) == expected[normalise(before.text)], e.name << ": note " << before.text);
    }
    BOOST_TEST(notes == d.footnotes.size(), e.name);
  }
}

BOOST_AUTO_TEST_CASE(running_heads_and_page_numbers_are_not_read) {
  for (const auto& e : test::rendered_examples()) {
    const doc::Document d = document_of(e.markdown);
    const std::string text = normalise(test::struct_tree(e.pdf)[0].text);
    const std::string markdown = normalise(e.markdown);
    const int pages = std::stoi(test::run("qpdf --show-npages " + quoted(e.pdf)).out);
    // Printed on every page, read no more often than the report itself says them.
    for (const auto& furniture : {d.meta.header.empty() ? d.meta.title : d.meta.header, d.meta.footer}) {
      const std::string words = normalise(furniture);
      if (words.empty()) continue;
      BOOST_TEST(count(markdown, words) < static_cast<std::size_t>(pages), e.name);
      BOOST_TEST(count(text, words) <= count(markdown, words), e.name << ": " << furniture);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_drafts_watermark_and_notice_are_not_read) {
  const auto pdf = test::scratch() / "tagged.draft.pdf";
  const auto r = test::run_quire("render " + quoted(test::western_bay()) + " --draft -o " + quoted(pdf));
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  BOOST_TEST(test::run("pdftotext -raw " + quoted(pdf) + " -").out.find("D\nR\nA\nF\nT") != std::string::npos);
  const std::string text = test::struct_tree(pdf)[0].text;
  BOOST_TEST(text.find("DRAFT") == std::string::npos);
  BOOST_TEST(text.find("not for publication") == std::string::npos);
  BOOST_TEST(text.find("An inspection of youth offending services in Western Bay") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_catalog_says_tagged_language_and_show_the_title) {
  for (const auto& e : test::rendered_examples()) {
    BOOST_TEST(catalog_json(e.pdf, ".\"/MarkInfo\"") == "{\"/Marked\":true}\n", e.name);
    BOOST_TEST(catalog_json(e.pdf, ".\"/ViewerPreferences\"") == "{\"/DisplayDocTitle\":true}\n", e.name);
    BOOST_TEST(catalog_json(e.pdf, ".\"/Lang\"") == "\"u:en-GB\"\n", e.name);
    BOOST_TEST(catalog_json(e.pdf, "has(\"/StructTreeRoot\")") == "true\n", e.name);
  }
}

BOOST_AUTO_TEST_CASE(the_header_declares_pdf_1_7_whose_tagging_the_file_uses) {
  // libharu alone declares the lowest version its own features need; quire sets 1.7 (pdf/handle.cpp).
  for (const auto& e : test::rendered_examples())
    BOOST_TEST(test::slurp(e.pdf).substr(0, 9) == "%PDF-1.7\n", e.name);
}

BOOST_AUTO_TEST_CASE(links_are_tied_to_link_elements) {
  for (const auto& e : test::rendered_examples()) {
    const std::string json = "qpdf --json --json-key=qpdf " + quoted(e.pdf) + " | jq '[.. | objects | select(";
    const std::string annots = test::run(json + ".\"/Subtype\"? == \"/Link\")] | length'").out;
    const std::string tied = test::run(json + ".\"/Subtype\"? == \"/Link\" and has(\"/StructParent\"))] | length'").out;
    BOOST_TEST(annots == tied, e.name);
    // Each says what it links, in words (PDF/UA's /Contents for annotations).
    const std::string described =
        test::run(json + ".\"/Subtype\"? == \"/Link\" and (.\"/Contents\" // \"\") != \"\")] | length'").out;
    BOOST_TEST(annots == described, e.name);
    int objects = 0;
    for (const auto& el : test::struct_tree(e.pdf)) {
      objects += el.objects;
      if (el.objects > 0) BOOST_TEST(el.tag == "Link", e.name);
    }
    BOOST_TEST(std::to_string(objects) + "\n" == annots, e.name);
    BOOST_TEST(objects > 0, e.name);
  }
}

BOOST_AUTO_TEST_CASE(an_untranslated_passage_carries_its_own_language) {
  // Rochdale's foreword has English only: a Welsh draft shows it, each of its seven paragraphs an
  // element whose /Lang says English, so a screen reader switches voice for it (and back after).
  const auto pdf = test::scratch() / "tagged.rochdale.cy.pdf";
  const auto input = test::source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml";
  const auto r = test::run_quire("render " + quoted(input) + " --lang cy --draft -o " + quoted(pdf));
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  std::size_t english = 0, other = 0;
  for (const auto& lang : struct_values(pdf, "P", "Lang")) {
    if (lang == "u:en-GB") ++english;
    else if (lang != "-") ++other;
  }
  BOOST_TEST(english >= 7u);
  BOOST_TEST(other == 0u);
  BOOST_TEST(catalog_json(pdf, ".\"/Lang\"") == "\"u:cy\"\n");
  // A report all in its own language marks no passage.
  for (const auto& e : test::rendered_examples())
    for (const auto& lang : struct_values(e.pdf, "P", "Lang")) BOOST_TEST(lang == "-", e.name);
}

BOOST_AUTO_TEST_SUITE_END()
