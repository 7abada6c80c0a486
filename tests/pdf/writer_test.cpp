// The writer on its own: Welsh text in and out, document information in UTF-8, libharu's
// errors as exceptions, and a render without fonts refused with nothing written.
#include <boost/test/unit_test.hpp>

#include "base/files.hpp"
#include "layout/layout.hpp"
#include "markdown/document.hpp"
#include "pdf/pdf.hpp"
#include "pdf/pdf_tools.hpp"
#include "support/support.hpp"

using namespace quire;
using test::quoted;

namespace {

const std::string kWelsh = "âêîôûŵŷàèìòùẁỳáéíóúẃýäëïöüẅÿ ÂÊÎÔÛŴŶÀÈÌÒÙẀỲÁÉÍÓÚẂÝÄËÏÖÜẄŸ";

std::filesystem::path write(const std::string& markdown, const std::string& name, const std::string& language) {
  Diagnostics d;
  auto document = parse_document(markdown, d);
  BOOST_TEST_REQUIRE(!d.has_errors(), test::dump(d));
  document.meta.language = language;
  const auto files = layout::FontFiles::in(test::source_root() / "fonts");
  const layout::FontSet fonts(files);
  pdf::Settings settings;
  settings.fonts = files;
  settings.language = language;
  const auto path = test::scratch() / name;
  write_file_atomic(path, pdf::write_pdf(layout::layout_document(document, fonts), settings));
  return path;
}

}  // namespace

BOOST_AUTO_TEST_CASE(welsh_letters_survive_in_every_face_and_in_the_information) {
  const auto pdf = write("<!-- quire:title Arolygiad o Waith Troseddu Ieuenctid: ŵyr -->\n\n# Rhagair ŴŶ\n\n" + kWelsh +
                             "\n\n**" + kWelsh + "**\n\n*" + kWelsh + "*\n\n***" + kWelsh + "***\n",
                         "welsh.pdf", "cy");
  const std::string text = test::run("pdftotext -enc UTF-8 " + quoted(pdf) + " -").out;
  std::size_t found = 0;
  for (std::size_t at = 0; (at = text.find(kWelsh, at)) != std::string::npos; at += kWelsh.size()) ++found;
  BOOST_TEST(found == 4u, text);
  BOOST_TEST(text.find("Rhagair ŴŶ") != std::string::npos);
  BOOST_TEST(test::run("pdfinfo " + quoted(pdf)).out.find("Arolygiad o Waith Troseddu Ieuenctid: ŵyr") !=
             std::string::npos);
  const std::string fonts = test::run("pdffonts " + quoted(pdf)).out;
  BOOST_TEST(fonts.find("OpenSans-BoldItalic") != std::string::npos, fonts);
  BOOST_TEST(fonts.find(" no ") == std::string::npos, fonts);
  const std::string lang =
      test::run("qpdf --json --json-key=qpdf " + quoted(pdf) + " | jq -r '.. | objects | .\"/Lang\"? // empty'").out;
  BOOST_TEST(lang == "u:cy\n");
  BOOST_TEST(test::run("qpdf --check " + quoted(pdf)).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(links_are_clickable) {
  const auto pdf = write("## Here\n\nSee [the standards](https://example.org/standards), [mail](mailto:a@example.org) "
                         "and [the heading](#here).\n",
                         "links.pdf", "en-GB");
  const std::string annots = test::run("qpdf --json --json-key=qpdf " + quoted(pdf) +
                                       " | jq -c '[.. | objects | select(.\"/Subtype\"? == \"/Link\")] | length'")
                                 .out;
  BOOST_TEST(annots == "3\n");
  const std::string uris = test::run("qpdf --json --json-key=qpdf " + quoted(pdf) +
                                     " | jq -r '.. | objects | .\"/URI\"? // empty'")
                               .out;
  BOOST_TEST(uris.find("https://example.org/standards") != std::string::npos, uris);
  BOOST_TEST(uris.find("mailto:a@example.org") != std::string::npos, uris);
}

// The second line of defence: the pipeline refuses these in the data, but a document that carries
// one anyway (Markdown from elsewhere) must not get a /URI action for it.
BOOST_AUTO_TEST_CASE(links_other_than_web_or_mail_are_not_made_clickable) {
  const auto pdf = write("See [the plan][p], [a file](FILE:///etc/passwd) and [the site](HTTPS://example.org).\n\n"
                         "[p]: javascript:alert(1)\n",
                         "unsafe-links.pdf", "en-GB");
  const std::string uris = test::run("qpdf --json --json-key=qpdf " + quoted(pdf) +
                                     " | jq -r '.. | objects | .\"/URI\"? // empty'")
                               .out;
  BOOST_TEST(uris == "u:HTTPS://example.org\n", uris);
  BOOST_TEST(test::run("pdftotext " + quoted(pdf) + " -").out.find("See the plan, a file and the site.") !=
             std::string::npos);
  BOOST_TEST(test::run("qpdf --check " + quoted(pdf)).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(libharu_errors_become_exceptions) {
  test::TempDir dir;
  const auto bad = dir.write("bad.ttf", "this is not a TrueType font");
  pdf::Settings settings;
  settings.fonts = layout::FontFiles{bad, bad, bad, bad};
  layout::LaidOutDocument one_word;  // a face is embedded when text first uses it
  one_word.pages.emplace_back();
  layout::Item word;
  word.kind = layout::ItemKind::text;
  word.text = "word";
  word.size = 10;
  one_word.pages.back().items.push_back(word);
  BOOST_CHECK_THROW(pdf::write_pdf(one_word, settings), pdf::PdfError);
}

BOOST_AUTO_TEST_CASE(a_render_without_fonts_is_refused_and_writes_nothing) {
  test::TempDir root;
  std::filesystem::create_directory_symlink(test::source_root() / "data", root.path() / "data");
  std::filesystem::create_directory_symlink(test::source_root() / "templates", root.path() / "templates");
  const auto out = root.path() / "report.pdf";
  const auto r = test::run_quire("render " + quoted(test::western_bay()) + " --root " + quoted(root.path()) + " -o " +
                                 quoted(out));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("cannot read font file") != std::string::npos, r.err);
  BOOST_TEST(!std::filesystem::exists(out));
}

BOOST_AUTO_TEST_CASE(text_outside_the_single_byte_encodings_still_sets_and_extracts) {
  // Windows-1252 (’ – €), Latin-8 (ŵ ẁ), and characters neither holds (≥ → Ω), in one line and
  // in every face: the writer switches encodings mid-line and opens a UTF-8 face only for the last.
  const std::string line = "Mae’r grŵp – 5 ≥ 3 → €10, ẁ Ω ŷ “dyfyniad”";
  const auto pdf = write("# Prawf\n\n" + line + "\n\n**" + line + "**\n\n*" + line + "*\n", "mixed.pdf", "cy");
  const std::string text = test::run("pdftotext -enc UTF-8 " + quoted(pdf) + " -").out;
  std::size_t found = 0;
  for (std::size_t at = 0; (at = text.find(line, at)) != std::string::npos; at += line.size()) ++found;
  BOOST_TEST(found == 3u, text);
  const std::string fonts = test::run("pdffonts " + quoted(pdf)).out;
  BOOST_TEST(fonts.find("WinAnsi") != std::string::npos, fonts);
  BOOST_TEST(fonts.find("Custom") != std::string::npos, fonts);       // ISO 8859-14
  BOOST_TEST(fonts.find("Identity-H") != std::string::npos, fonts);   // UTF-8, for ≥ → Ω
  BOOST_TEST(fonts.find(" no ") == std::string::npos, fonts);         // embedded, subset, mapped
  BOOST_TEST(test::run("qpdf --check " + quoted(pdf)).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(an_english_report_needs_no_utf8_face) {
  const auto pdf = write("# Foreword\n\nThe partnership’s “work” – in 2019 – cost £10 or €12.\n", "english.pdf", "en");
  const std::string fonts = test::run("pdffonts " + quoted(pdf)).out;
  BOOST_TEST(fonts.find("Identity-H") == std::string::npos, fonts);
  BOOST_TEST(test::run("pdftotext -enc UTF-8 " + quoted(pdf) + " -").out.find(
                 "The partnership’s “work” – in 2019 – cost £10 or €12.") != std::string::npos);
}
