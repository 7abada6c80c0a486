// Issue 8's bilingual page and the language of untranslated passages, through the whole pipeline:
// the HTML is read back (ids, links, headings, `lang` on each block) rather than compared as text.
#include <boost/test/unit_test.hpp>

#include <map>
#include <regex>
#include <sstream>

#include "base/files.hpp"
#include "html/helpers.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
using namespace quire::test;

namespace {

std::filesystem::path rochdale() { return source_root() / "examples" / "fji-rochdale-2013" / "inspection.yaml"; }

// `quire render INPUT -o X.html --lang LANGUAGES [--draft]`, read back.
std::string render_page(const std::filesystem::path& input, const std::string& languages, bool draft) {
  const TempDir dir;
  Options options;
  options.root = source_root();
  options.language = languages;
  options.draft = draft;
  Diagnostics diags;
  BOOST_REQUIRE_MESSAGE(render_to_file(input, dir.path() / "page.html", options, diags), dump(diags));
  return slurp(dir.path() / "page.html");
}

std::vector<std::string> captures(const std::string& text, const std::regex& pattern) {
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1].str());
  return found;
}

std::vector<std::string> ids(const std::string& page) { return captures(page, std::regex(R"( id="([^"]*)\")")); }

// Every id used once; every link to "#x" and every aria reference finds its id.
void check_ids(const std::string& page) {
  std::map<std::string, int> seen;
  for (const auto& id : ids(page)) ++seen[id];
  for (const auto& [id, n] : seen) BOOST_TEST(n == 1, "id '" << id << "' is used " << n << " times");
  std::vector<std::string> references = captures(page, std::regex(R"(href="#([^"]*)\")"));
  for (const char* attribute : {"aria-labelledby", "aria-describedby"}) {
    const auto more = captures(page, std::regex(std::string(" ") + attribute + R"(="([^"]*)\")"));
    references.insert(references.end(), more.begin(), more.end());
  }
  BOOST_TEST(references.size() > 100u);
  for (const auto& ref : references) BOOST_TEST(seen.count(ref) == 1u, "nothing has the id '" << ref << "'");
}

// The opening tag of the block holding `words`: the last "<p", "<li", "<h2"... before them.
std::string tag_before(const std::string& page, const std::string& words) {
  const auto at = page.find(words);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "the page has no '" << words << "'");
  const auto open = page.rfind("<p", at);
  return page.substr(open, page.find('>', open) - open + 1);
}

// The first words of each paragraph of Rochdale's foreword, as written: English only, seven paragraphs.
std::vector<std::string> foreword_paragraph_starts() {
  const std::string yaml = slurp(rochdale());
  std::istringstream lines(yaml.substr(yaml.find("foreword: |\n") + 12));
  std::vector<std::string> starts;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    if (line.rfind("  ", 0) != 0) break;  // the next key
    starts.push_back(line.substr(2, 40));
  }
  return starts;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_bilingual_page_holds_both_editions_in_the_order_asked) {
  for (const auto& [languages, first, second] :
       {std::tuple{"cy,en", "cy", "en-GB"}, std::tuple{"en,cy", "en-GB", "cy"}}) {
    BOOST_TEST_CONTEXT(languages) {
      const std::string page = render_page(western_bay(), languages, false);
      BOOST_TEST(page.find(std::string("<html lang=\"") + first + "\">") != std::string::npos);
      const auto articles = captures(page, std::regex(R"re(<article class="edition" id="[a-z]+" lang="([^"]+)")re"));
      BOOST_TEST(articles == (std::vector<std::string>{first, second}), "editions: " << articles.size());
      BOOST_TEST(count(page, "<h1") == 1u);
      BOOST_TEST(count(page, "<main id=\"main\">") == 1u);
      // Each edition keeps its own cover, contents and notes, in its own words.
      BOOST_TEST(page.find("Arolygiad o wasanaethau troseddwyr ifanc") != std::string::npos);
      BOOST_TEST(page.find("An inspection of youth offending services in Western Bay") != std::string::npos);
      BOOST_TEST(count(page, "<nav class=\"contents\"") == 2u);
      BOOST_TEST(count(page, "<section class=\"footnotes\"") == 2u);
      BOOST_TEST(count(page, "<figure class=\"chart\">") == 16u);
      check_ids(page);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_bilingual_page_keeps_its_headings_in_order_under_one_h1) {
  const std::string page = render_page(western_bay(), "cy,en", false);
  const auto levels = captures(page, std::regex("<h([1-6])[ >]"));
  BOOST_REQUIRE(!levels.empty());
  BOOST_TEST(levels.front() == "1");
  for (std::size_t i = 1; i < levels.size(); ++i) {
    BOOST_TEST(levels[i] != "1");
    BOOST_TEST(levels[i][0] <= levels[i - 1][0] + 1, "heading " << i << " skips a level");
  }
}

BOOST_AUTO_TEST_CASE(every_paragraph_of_an_untranslated_field_carries_its_language) {
  // Issue 8: in a Welsh draft, only the first paragraph of an English-only field had lang="en-GB".
  const auto starts = foreword_paragraph_starts();
  BOOST_REQUIRE(starts.size() == 7u);
  for (const char* languages : {"cy", "cy,en"}) {
    BOOST_TEST_CONTEXT(languages) {
      const std::string page = render_page(rochdale(), languages, true);
      const std::string welsh = page.substr(0, page.find("<article class=\"edition\" id=\"en\""));
      for (const auto& start : starts) BOOST_TEST(tag_before(welsh, start) == "<p lang=\"en-GB\">", start);
      // The Welsh edition's own words stay unmarked.
      BOOST_TEST(std::regex_search(welsh, std::regex(R"(<h[23] id="[^"]*">Rhagair</h[23]>)")));
    }
  }
}
