#define BOOST_TEST_MODULE pdf
#include <boost/test/unit_test.hpp>

// Every example rendered to PDF by the quire binary, read back with poppler, qpdf and jq.

#include <regex>
#include <sstream>

#include "doc/walk.hpp"
#include "markdown/document.hpp"
#include "pdf/pdf_tools.hpp"
#include "support/support.hpp"

using namespace quire;
using test::normalise;
using test::quoted;

namespace {

doc::Document document_of(const std::string& markdown) {
  Diagnostics d;
  return parse_document(markdown, d);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

int page_count(const std::filesystem::path& pdf) {
  static const std::regex pages(R"(Pages:\s+(\d+))");
  std::smatch m;
  const std::string info = test::run("pdfinfo " + quoted(pdf)).out;
  return std::regex_search(info, m, pages) ? std::stoi(m[1]) : 0;
}

// The reading-order text of every paragraph and heading (footnote numbers where they are cited).
std::vector<std::string> paragraphs(const doc::Document& d) {
  std::vector<std::string> out;
  doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
    if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) out.push_back(doc::plain_text(p->content, true));
    if (const auto* h = std::get_if<doc::Heading>(&b.body)) out.push_back(doc::plain_text(h->content, true));
  });
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(qpdf_finds_no_fault_in_any_pdf) {
  for (const auto& e : test::rendered_examples()) {
    const auto r = test::run("qpdf --check " + quoted(e.pdf));
    BOOST_TEST(r.exit_code == 0, e.name << ": " << r.out);
    BOOST_TEST(r.out.find("No syntax or stream encoding errors") != std::string::npos, e.name);
  }
}

BOOST_AUTO_TEST_CASE(every_font_is_embedded_subset_and_mapped_to_unicode) {
  for (const auto& e : test::rendered_examples()) {
    const auto lines = lines_of(test::run("pdffonts " + quoted(e.pdf)).out);
    BOOST_REQUIRE(lines.size() >= 3u);
    const std::size_t emb = lines[0].find("emb");
    int fonts = 0;
    for (std::size_t i = 2; i < lines.size(); ++i) {
      ++fonts;
      BOOST_TEST(lines[i].substr(emb, 3) == "yes", e.name << ": " << lines[i]);      // embedded
      BOOST_TEST(lines[i].substr(emb + 4, 3) == "yes", e.name << ": " << lines[i]);  // subset
      BOOST_TEST(lines[i].substr(emb + 8, 3) == "yes", e.name << ": " << lines[i]);  // ToUnicode
    }
    BOOST_TEST(fonts >= 2, e.name);
  }
}

BOOST_AUTO_TEST_CASE(the_text_holds_every_paragraph_of_the_markdown_in_order) {
  for (const auto& e : test::rendered_examples()) {
    const doc::Document d = document_of(e.markdown);
    std::string text = normalise(test::pdf_text(e.pdf));
    // Footnotes sit at the foot of pages, between the halves of a paragraph that runs over: take them out.
    for (const auto& note : d.footnotes) {
      std::string body;
      doc::for_each_block(note.content, [&](const doc::Block& b, int) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) body += doc::plain_text(p->content, true);
      });
      const std::string n = normalise(std::to_string(note.number) + body);
      for (std::size_t at; (at = text.find(n)) != std::string::npos;) text.erase(at, n.size());
    }
    std::size_t at = 0;
    int checked = 0;
    for (const auto& p : paragraphs(d)) {
      const std::string words = normalise(p);
      if (words.empty()) continue;
      const std::size_t found = text.find(words, at);
      BOOST_TEST(found != std::string::npos, e.name << ": missing or out of order: " << p);
      if (found == std::string::npos) break;
      at = found + words.size();
      ++checked;
    }
    BOOST_TEST(checked > 20, e.name);
  }
}

BOOST_AUTO_TEST_CASE(contents_page_numbers_are_where_the_headings_are) {
  static const std::regex entry(R"(^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$)");
  int examples_with_contents = 0;
  for (const auto& e : test::rendered_examples()) {
    std::size_t listed = 0;
    doc::for_each_block(document_of(e.markdown).blocks, [&](const doc::Block& b, int) {
      if (const auto* c = std::get_if<doc::Contents>(&b.body)) listed += c->entries.size();
    });
    std::size_t found = 0;
    for (const auto& line : lines_of(test::pdf_text(e.pdf, 0, 0, true))) {
      std::smatch m;
      if (!std::regex_match(line, m, entry)) continue;
      ++found;
      const std::string title = normalise(m[1]);
      const int page = std::stoi(m[2]);
      bool on_page = false;
      for (const auto& l : lines_of(test::pdf_text(e.pdf, page, page))) on_page = on_page || normalise(l) == title;
      BOOST_TEST(on_page, e.name << ": '" << m[1] << "' is not on page " << page);
    }
    BOOST_TEST(found == listed, e.name);
    examples_with_contents += listed > 0;
  }
  BOOST_TEST(examples_with_contents >= 1);
}

BOOST_AUTO_TEST_CASE(the_outline_has_one_entry_per_heading_pointing_at_it) {
  for (const auto& e : test::rendered_examples()) {
    const auto headings = doc::headings(document_of(e.markdown));
    const auto outline = lines_of(
        test::run("qpdf --json --json-key=outlines " + quoted(e.pdf) +
                  " | jq -r '.. | objects | select(has(\"title\")) | \"\\(.destpageposfrom1)\\t\\(.title)\"'")
            .out);
    BOOST_TEST(outline.size() == headings.size(), e.name);
    for (const auto& line : outline) {
      const auto tab = line.find('\t');
      const int page = std::stoi(line.substr(0, tab));
      const std::string title = normalise(line.substr(tab + 1));
      BOOST_TEST(normalise(test::pdf_text(e.pdf, page, page)).find(title) != std::string::npos,
                 e.name << ": bookmark '" << line << "' points at a page without it");
    }
  }
}

BOOST_AUTO_TEST_CASE(a_second_render_is_byte_identical) {
  for (const auto& e : test::rendered_examples()) {
    const auto again = test::scratch() / (e.name + ".again.pdf");
    const auto r = test::run_quire("render " + quoted(test::source_root() / "examples" / e.name / "inspection.yaml") +
                                   " -o " + quoted(again));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST((test::slurp(again) == test::slurp(e.pdf)), e.name);
  }
}

BOOST_AUTO_TEST_CASE(document_information_language_and_page_labels) {
  const auto& e = test::rendered_examples();
  for (const auto& r : e) {
    const std::string info = test::run("pdfinfo " + quoted(r.pdf)).out;
    BOOST_TEST(info.find("Title:") != std::string::npos, r.name);
    BOOST_TEST(info.find("Creator:         quire") != std::string::npos, r.name);
    const std::string lang =
        test::run("qpdf --json --json-key=qpdf " + quoted(r.pdf) + " | jq -r '.. | objects | .\"/Lang\"? // empty'").out;
    BOOST_TEST(lang == "u:en-GB\n", r.name << ": " << lang);
    const std::string labels = test::run("qpdf --json --json-key=pagelabels " + quoted(r.pdf) +
                                         " | jq -c '[.pagelabels[] | [.index, .label.\"/S\", .label.\"/St\"]]'")
                                   .out;
    BOOST_TEST(!labels.empty(), r.name);
    if (r.name == "domain-western-bay-2019") {
      BOOST_TEST(labels == "[[0,\"/r\",1],[2,\"/D\",3]]\n");  // i, ii, then the printed numbers
      BOOST_TEST(info.find("Author:          HM Inspectorate of Probation") != std::string::npos);
      BOOST_TEST(info.find("Subject:         Western Bay Youth Justice") != std::string::npos);
      BOOST_TEST(info.find("Keywords:        Western Bay;") != std::string::npos);
      BOOST_TEST(info.find("CreationDate:    Fri Mar  1 00:00:00 2019 UTC") != std::string::npos, info);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_draft_is_marked_on_every_page) {
  const auto pdf = test::scratch() / "draft.pdf";
  const auto r = test::run_quire("render " + quoted(test::western_bay()) + " --draft -o " + quoted(pdf));
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  const int pages = page_count(pdf);
  BOOST_TEST(pages > 30);
  for (int p = 1; p <= pages; ++p) {
    const std::string text = test::pdf_text(pdf, p, p, true);
    // Diagonal text comes out of pdftotext a letter to a line.
    const std::string raw = test::run("pdftotext -raw -f " + std::to_string(p) + " -l " + std::to_string(p) + " " +
                                      quoted(pdf) + " -").out;
    BOOST_TEST(raw.find("D\nR\nA\nF\nT\n") != std::string::npos, "page " << p);
    const bool cover = p <= 2 || p == pages;
    BOOST_TEST((text.find("Draft \xE2\x80\x94 not for publication") != std::string::npos) == !cover, "page " << p);
  }
}

BOOST_AUTO_TEST_CASE(the_welsh_edition_is_a_welsh_pdf) {
  if (!std::filesystem::exists(test::source_root() / "data" / "i18n" / "cy.yaml")) return;  // no Welsh catalogue yet
  const auto pdf = test::scratch() / "cy.pdf";
  const auto r = test::run_quire("render " + quoted(test::western_bay()) + " --lang cy -o " + quoted(pdf));
  BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
  BOOST_TEST(test::run("qpdf --check " + quoted(pdf)).exit_code == 0);
  const std::string lang =
      test::run("qpdf --json --json-key=qpdf " + quoted(pdf) + " | jq -r '.. | objects | .\"/Lang\"? // empty'").out;
  BOOST_TEST(lang == "u:cy\n");
  const std::string text = test::pdf_text(pdf);
  BOOST_TEST(text.find("Arolygiad") != std::string::npos);
  BOOST_TEST(text.find("ŵ") != std::string::npos);  // "grŵp": a Welsh letter came through
}
