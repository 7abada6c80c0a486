// What translation tools do to the XLIFF they save (found with a new Welsh inspection): save it as
// UTF-16, or in Latin-1 by mistake, write an entity XML does not define (&nbsp;), or re-wrap the
// text inside <source> and <target> although each unit asks for xml:space="preserve". Each is
// either read as the translator meant it or refused at its line, with the inspection unchanged.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>

#include "support/support.hpp"

namespace fs = std::filesystem;
using namespace quire;

namespace {

const std::string kWelsh = "Cy \xC5\xB5\xC5\xB7 \xE1\xBA\x81\xE1\xBA\x83 \xC5\xB4\xC5\xB6: ";  // "Cy ŵŷ ẁẃ ŴŶ: "

struct Exported {
  test::TempDir dir;
  fs::path yaml;
  std::string before;
  std::string xliff;  // every unit's target filled: kWelsh and the source
};

// Exports the Rochdale example (English only) and fills every target as a tool would.
void export_and_fill(Exported& e) {
  const fs::path to = e.dir.path() / "fji";
  fs::copy(test::source_root() / "examples" / "fji-rochdale-2013", to, fs::copy_options::recursive);
  e.yaml = to / "inspection.yaml";
  e.before = test::slurp(e.yaml);
  const fs::path xlf = e.dir.path() / "out.xlf";
  const auto r = test::run_quire("translations export " + e.yaml.string() + " --to cy -o " + xlf.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::string x = test::slurp(xlf);
  for (std::size_t at = 0; (at = x.find("<source>", at)) != std::string::npos;) {
    const std::size_t end = x.find("</source>", at);
    const std::string target = "<target state=\"translated\">" + kWelsh + x.substr(at + 8, end - at - 8) + "</target>";
    x.insert(end + 9, target);
    at = end + 9 + target.size();
  }
  e.xliff = x;
}

test::CommandResult import(const Exported& e, const std::string& bytes) {
  const fs::path file = e.dir.path() / "back.xlf";
  std::ofstream(file, std::ios::binary) << bytes;
  return test::run_quire("translations import " + file.string() + " " + e.yaml.string());
}

// `text` as UTF-16 little-endian with its byte-order mark (every character here is in the BMP).
std::string utf16le(const std::string& text) {
  std::string out = "\xFF\xFE";
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    char32_t cp = b;
    int more = b < 0x80 ? 0 : b < 0xE0 ? 1 : 2;
    if (more) cp = b & (more == 1 ? 0x1F : 0x0F);
    ++i;
    for (; more > 0; --more, ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[i]) & 0x3F);
    out += static_cast<char>(cp & 0xFF);
    out += static_cast<char>(cp >> 8);
  }
  return out;
}

// `xliff` with the first space of every <source> and <target> a line break and indentation, as a
// tool that pretty-prints the XML writes it.
std::string rewrapped(const std::string& xliff) {
  return std::regex_replace(xliff, std::regex("(<(source|target)[^>]*>[^ <]*) "), "$1\n          ");
}

// `xliff` with only the units whose English is one line.
std::string only_one_line_units(const std::string& xliff) {
  const std::size_t open = xliff.find("<body>") + 6, close = xliff.find("</body>");
  std::string body;
  const std::regex unit(R"(<trans-unit [\s\S]*?</trans-unit>)");
  const std::string units = xliff.substr(open, close - open);
  for (std::sregex_iterator it(units.begin(), units.end(), unit), end; it != end; ++it) {
    const std::string u = it->str();
    const std::string source = u.substr(u.find("<source>"), u.find("</source>") - u.find("<source>"));
    if (source.find('\n') == std::string::npos) body += u;
  }
  BOOST_REQUIRE(!body.empty());
  return xliff.substr(0, open) + body + xliff.substr(close);
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_utf16_xliff_is_read_as_the_translator_wrote_it) {
  Exported e;
  export_and_fill(e);
  std::string x = std::regex_replace(e.xliff, std::regex("encoding=\"UTF-8\""), "encoding=\"UTF-16\"");
  const auto r = import(e, utf16le(x));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(test::slurp(e.yaml).find("cy: \"" + kWelsh + "Chair of the YOT Management Board") !=
                 std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_xliff_saved_in_latin1_is_refused_at_the_first_byte_that_is_not_utf8) {
  Exported e;
  export_and_fill(e);
  // A Latin-1 save: "é" as the single byte 0xE9, in the third line's text.
  std::string x = e.xliff;
  const std::size_t at = x.find("<target state=\"translated\">") + 27;
  x.insert(at, "caf\xE9 ");
  const auto r = import(e, x);
  BOOST_TEST(r.exit_code == 2);
  const std::string where = ":" + std::to_string(test::line_of(x, "caf\xE9")) + ":";
  BOOST_TEST(r.err.find("back.xlf" + where) != std::string::npos, r.err);
  BOOST_TEST(r.err.find("not UTF-8 here (byte 0xE9)") != std::string::npos, r.err);
  BOOST_TEST(test::slurp(e.yaml) == e.before);
}

BOOST_AUTO_TEST_CASE(an_entity_xml_does_not_define_is_refused_not_imported_as_text) {
  Exported e;
  export_and_fill(e);
  for (const std::string bad : {"&nbsp;", "AT&T ", "&#0;", "&#xD800;"}) {
    const std::string x = test::replace_once(e.xliff, kWelsh, kWelsh + bad);
    const auto r = import(e, x);
    BOOST_TEST(r.exit_code == 2, bad);
    BOOST_TEST(r.err.find("back.xlf:" + std::to_string(test::line_of(x, bad)) + ":") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("is not a reference XML knows") != std::string::npos, r.err);
    BOOST_TEST(test::slurp(e.yaml) == e.before);
  }
  // The references XML does define still work, in text and in attributes.
  const std::string x = test::replace_once(e.xliff, kWelsh, kWelsh + "&#xA0;&#160;&apos;&quot;&amp;&lt;&gt;");
  const auto r = import(e, x);
  BOOST_TEST(r.exit_code == 0, r.err);
}

BOOST_AUTO_TEST_CASE(a_tool_that_rewraps_one_line_texts_is_read_and_refused_for_paragraphs) {
  Exported e;
  export_and_fill(e);
  // Rochdale's foreword has paragraphs: once re-wrapped, its line breaks cannot be rebuilt, and
  // the message says so (not that the English was edited).
  auto r = import(e, rewrapped(e.xliff));
  BOOST_TEST(r.exit_code == 2);
  BOOST_TEST(r.err.find("[xliff-whitespace]") != std::string::npos, r.err);
  BOOST_TEST(r.err.find("[xliff-stale-source]") == std::string::npos, r.err);
  BOOST_TEST(test::slurp(e.yaml) == e.before);
  // The units whose English is one line go through, their Welsh on one line again.
  r = import(e, rewrapped(only_one_line_units(e.xliff)));
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string after = test::slurp(e.yaml);
  BOOST_TEST(after.find("cy: \"" + kWelsh + "Chair of the YOT Management Board") != std::string::npos);
  BOOST_TEST(after.find("\\n          ") == std::string::npos);
}

// A translator reads and writes the text between the codes as plain text, so a "<", "*", "_",
// "[" or "&" typed in Welsh is a character. It went into the Markdown as it was: "<YOT>" made the
// Welsh edition fail (raw HTML), "*seren" could start emphasis; and the English "&amp;" showed in
// the tool as "&amp;". Now the tool shows "&", and what the translator types prints as typed,
// with a list's "* " markers kept.
BOOST_AUTO_TEST_CASE(what_a_translator_types_prints_as_typed_and_markdown_escapes_are_not_shown) {
  test::TempDir dir;
  const std::string yaml = test::replace_once(test::minimal_fixture(), "foreword: The foreword.",
                                              "foreword: |\n  Tom &amp; Jerry *met* the board.\n\n  * one\n  * two");
  const fs::path file = dir.write("inspection.yaml", yaml);
  const fs::path xlf = dir.path() / "out.xlf";
  auto r = test::run_quire("translations export " + file.string() + " --to cy -o " + xlf.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::string x = test::slurp(xlf);
  const std::string source = "<source>Tom &amp; Jerry <g id=\"1\" ctype=\"italic\">met</g> the board.\n\n* one\n* two";
  BOOST_TEST(x.find(source) != std::string::npos, x);
  // The translator's Welsh for every unit: characters Markdown would read as syntax.
  const std::string typed =
      "&lt;YOT&gt; *seren 5 * 3 _a_ [dolen](x) `cod` &amp;nbsp; C:\\Users [Noder] &lt;https://example.org&gt; 3 &lt; 4 ";
  for (std::size_t at = 0; (at = x.find("<source>", at)) != std::string::npos;) {
    const std::size_t end = x.find("</source>", at);
    const std::string target = "<target state=\"translated\">" + typed + x.substr(at + 8, end - at - 8) + "</target>";
    x.insert(end + 9, target);
    at = end + 9 + target.size();
  }
  std::ofstream(dir.path() / "back.xlf") << x;
  r = test::run_quire("translations import " + (dir.path() / "back.xlf").string() + " " + file.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const fs::path html = dir.path() / "cy.html";
  r = test::run_quire("render " + file.string() + " --lang cy -o " + html.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string page = test::slurp(html);
  const std::string printed = "&lt;YOT&gt; *seren 5 * 3 _a_ [dolen](x) `cod` &amp;nbsp; C:\\Users [Noder] "
                              "<a href=\"https://example.org\">https://example.org</a> 3 &lt; 4 ";
  BOOST_TEST(page.find(printed + "Tom &amp; Jerry <em>met</em> the board.") != std::string::npos, page);
  BOOST_TEST(page.find("<li><span>one</span></li>") != std::string::npos);
  BOOST_TEST(page.find("<li><span>two</span></li>") != std::string::npos);
}

// `quire new --lang cy,en` leaves `cy: !todo "[to write: ..., in Welsh]"` beside each English; the
// inspector writes the English, and the guide sends the rest to a translator. The export took the
// placeholders for Welsh and said "0 units to translate". They are no Welsh: every one is exported,
// and the import puts the translator's Welsh in its place.
BOOST_AUTO_TEST_CASE(a_bilingual_scaffolds_welsh_placeholders_go_to_the_translator) {
  test::TempDir dir;
  const fs::path folder = dir.path() / "abertawe", file = folder / "inspection.yaml";
  auto r = test::run_quire("new fji " + folder.string() + " --area Swansea --lang cy,en");
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  // The inspector's part: every English placeholder written, the Welsh ones left.
  std::string yaml = test::slurp(file);
  yaml = std::regex_replace(yaml, std::regex(R"(!todo "\[to write: ((?:(?!in Welsh)[^\]"])*)\]")"), "\"Written: $1.\"");
  yaml = std::regex_replace(yaml, std::regex(R"(!todo ([^"\[]))"), "$1");
  std::ofstream(file) << yaml;
  const std::regex welsh_placeholder(R"(cy: !todo "\[to write: [^\]]*in Welsh)");
  const int welsh_placeholders = static_cast<int>(
      std::distance(std::sregex_iterator(yaml.begin(), yaml.end(), welsh_placeholder), std::sregex_iterator()));
  BOOST_REQUIRE(welsh_placeholders > 20);
  const fs::path xlf = dir.path() / "out.xlf";
  r = test::run_quire("translations export " + file.string() + " --to cy -o " + xlf.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  std::string x = test::slurp(xlf);
  int units = 0;
  for (std::size_t at = 0; (at = x.find("<source>", at)) != std::string::npos; ++units) {
    const std::size_t end = x.find("</source>", at);
    const std::string target = "<target state=\"translated\">" + kWelsh + x.substr(at + 8, end - at - 8) + "</target>";
    x.insert(end + 9, target);
    at = end + 9 + target.size();
  }
  BOOST_TEST(units == welsh_placeholders);
  std::ofstream(dir.path() / "back.xlf") << x;
  r = test::run_quire("translations import " + (dir.path() / "back.xlf").string() + " " + file.string());
  BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  BOOST_TEST(test::slurp(file).find("!todo") == std::string::npos);
  r = test::run_quire("render " + file.string() + " --lang cy -o " + (dir.path() / "cy.md").string());
  BOOST_TEST(r.exit_code == 0, r.err);
  BOOST_TEST(test::slurp(dir.path() / "cy.md").find(kWelsh + "Written: foreword.") != std::string::npos);
}
