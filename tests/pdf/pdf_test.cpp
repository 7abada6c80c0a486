#define BOOST_TEST_MODULE pdf
#include <boost/test/unit_test.hpp>

// Every example rendered to PDF by the quire binary, read back with poppler, qpdf and jq.

#include <regex>
#include <sstream>

#include "doc/walk.hpp"
#include "markdown/document.hpp"
#include "pdf/pdf_tools.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/report_facts.hpp"
#include "support/support.hpp"

using namespace quire;
using test::document_of;
using test::normalise;
using test::quoted;

namespace {

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

bool has_region(const doc::Document& d, const std::string& name) {
  bool found = false;
  doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
    if (const auto* r = std::get_if<doc::Region>(&b.body)) found = found || r->name == name;
  });
  return found;
}

// The value of one line of pdfinfo's output ("Title:   X" -> "X").
std::string info_field(const std::string& info, const std::string& name) {
  for (const auto& line : lines_of(info))
    if (line.rfind(name + ":", 0) == 0) {
      const auto start = line.find_first_not_of(' ', name.size() + 1);
      return start == std::string::npos ? std::string() : line.substr(start);
    }
  return {};
}

// Each page's text, as pdftotext gives it with `options`.
std::vector<std::string> pages_text(const std::filesystem::path& pdf, const std::string& options) {
  const std::string all = test::run("pdftotext -enc UTF-8 " + options + " " + quoted(pdf) + " -").out;
  std::vector<std::string> pages;
  std::size_t start = 0;
  for (std::size_t ff; (ff = all.find('\f', start)) != std::string::npos; start = ff + 1)
    pages.push_back(all.substr(start, ff - start));
  return pages;
}

// The date the PDF should carry: when the example was published, as pdfinfo -isodates prints it.
std::string publication_date_of(const std::string& example) {
  Options options;
  options.root = test::source_root();
  Diagnostics d;
  const auto prepared = prepare(test::source_root() / "examples" / example / "inspection.yaml", options, d);
  BOOST_TEST_REQUIRE(prepared.has_value(), example);
  std::string date = publication_date(prepared->inspection);
  if (date.size() == 7) date += "-01";
  return date + "T00:00:00Z";
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

// Page contents are deflated (libharu's HPDF_COMP_ALL, pdf/pdf.cpp): every page's contents must
// say so, and decode (qpdf --check above). libharu writes the filter as an array of one.
BOOST_AUTO_TEST_CASE(every_page_has_its_contents_deflated) {
  for (const auto& e : test::rendered_examples()) {
    const std::string filters =
        test::run("qpdf --json --json-key=pages --json-key=qpdf " + quoted(e.pdf) +
                  " | jq -r '[.pages[].contents[0]] as $c | .qpdf[1] | to_entries[] |"
                  " select((.key | ltrimstr(\"obj:\")) as $k | $c | index($k)) |"
                  " [.value.stream.dict[\"/Filter\"]] | flatten | join(\" \")'")
            .out;
    const auto lines = lines_of(filters);
    BOOST_TEST(lines.size() == static_cast<std::size_t>(page_count(e.pdf)), e.name);
    for (const auto& line : lines) BOOST_TEST(line == "/FlateDecode", e.name);
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
  for (const auto& e : test::rendered_examples()) {
    const doc::Document d = document_of(e.markdown);
    std::size_t listed = 0;
    doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
      if (const auto* c = std::get_if<doc::Contents>(&b.body)) listed += c->entries.size();
    });
    // Every report has a contents page with page numbers; a letter has none.
    BOOST_TEST((listed > 0) == !has_region(d, "letterhead"), e.name);
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
  }
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
  for (const auto& r : test::rendered_examples()) {
    const doc::Document d = document_of(r.markdown);
    const std::string info = test::run("pdfinfo -isodates " + quoted(r.pdf)).out;
    // What the family's templates write in their document-information markers.
    for (const auto& [field, value] : {std::pair{"Title", d.meta.title}, std::pair{"Author", d.meta.author},
                                       std::pair{"Subject", d.meta.subject}, std::pair{"Keywords", d.meta.keywords}}) {
      BOOST_TEST(!value.empty(), r.name << ": no quire:" << field);
      BOOST_TEST(info_field(info, field) == value, r.name << ": " << field);
    }
    BOOST_TEST(d.meta.author == "HM Inspectorate of Probation", r.name);
    BOOST_TEST(info_field(info, "Creator") == "quire", r.name);
    BOOST_TEST(info_field(info, "CreationDate") == publication_date_of(r.name), r.name);
    const std::string lang =
        test::run("qpdf --json --json-key=qpdf " + quoted(r.pdf) + " | jq -r '.. | objects | .\"/Lang\"? // empty'").out;
    BOOST_TEST(lang == "u:en-GB\n", r.name << ": " << lang);
    // Covers are numbered i, ii; the pages after them carry their printed numbers. A letter has no cover.
    const int covers = has_region(d, "cover") + has_region(d, "inside-cover");
    const std::string expected = covers == 0 ? std::string("[[0,\"/D\",1]]\n")
                                             : "[[0,\"/r\",1],[" + std::to_string(covers) + ",\"/D\"," +
                                                   std::to_string(covers + 1) + "]]\n";
    const std::string labels = test::run("qpdf --json --json-key=pagelabels " + quoted(r.pdf) +
                                         " | jq -c '[.pagelabels[] | [.index, .label.\"/S\", .label.\"/St\"]]'")
                                   .out;
    BOOST_TEST(labels == expected, r.name);
  }
}

BOOST_AUTO_TEST_CASE(a_draft_is_marked_on_every_page) {
  for (const auto& e : test::rendered_examples()) {
    const auto pdf = test::scratch() / (e.name + ".draft.pdf");
    const auto r = test::run_quire("render " + quoted(test::source_root() / "examples" / e.name / "inspection.yaml") +
                                   " --draft -o " + quoted(pdf));
    BOOST_TEST_REQUIRE(r.exit_code == 0, e.name << ": " << r.err);
    const doc::Document d = document_of(e.markdown);
    const auto raw = pages_text(pdf, "-raw");
    const auto laid_out = pages_text(pdf, "-layout");
    const int pages = page_count(pdf);
    BOOST_TEST_REQUIRE(static_cast<int>(raw.size()) == pages, e.name);
    BOOST_TEST_REQUIRE(static_cast<int>(laid_out.size()) == pages, e.name);
    // The covers carry the watermark but no footer, so no notice.
    const int first_body = 1 + has_region(d, "cover") + has_region(d, "inside-cover");
    const int last_body = pages - has_region(d, "back-cover");
    for (int p = 1; p <= pages; ++p) {
      const auto k = static_cast<std::size_t>(p - 1);
      // Diagonal text comes out of pdftotext a letter to a line.
      BOOST_TEST(raw[k].find("D\nR\nA\nF\nT\n") != std::string::npos, e.name << " page " << p);
      const bool body = p >= first_body && p <= last_body;
      BOOST_TEST((laid_out[k].find("Draft \xE2\x80\x94 not for publication") != std::string::npos) == body,
                 e.name << " page " << p);
    }
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
