// Templates hold structure, never words: every heading, label and sentence comes from the label
// catalogues (data/i18n/LANG.yaml), so the Welsh edition has no English left in it (issue 5).
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "support/support.hpp"

namespace fs = std::filesystem;

namespace {

// The words of a template line outside Mustache tags, footnote or anchor targets, and quire
// markers: a structural marker's arguments (`<!-- quire:chart bar max=100`) are not text, but a
// text marker's value (`<!-- quire:draft-notice ... -->`) is printed, so its words count.
std::vector<std::string> own_words(const std::string& line) {
  static const std::regex tags(
      R"(\{\{\{?[^}]*\}?\}\}|<!--\s*quire:(title|author|subject|keywords|header|footer|watermark|draft-notice)\b|)"
      R"(<!--\s*quire:.*?(-->|$)|-->|\[\^[^\]]*\]|\(#[^)]*\))");
  static const std::regex word(R"([A-Za-z]{2,})");
  const std::string rest = std::regex_replace(line, tags, " ");
  std::vector<std::string> words;
  for (auto it = std::sregex_iterator(rest.begin(), rest.end(), word); it != std::sregex_iterator(); ++it)
    words.push_back(it->str());
  return words;
}

}  // namespace

BOOST_AUTO_TEST_CASE(templates_carry_no_words_of_their_own) {
  const std::set<std::string> same_in_every_language = {"ISBN"};
  int templates = 0;
  for (const auto& entry : fs::recursive_directory_iterator(quire::test::source_root() / "templates")) {
    if (entry.path().extension() != ".mustache") continue;
    ++templates;
    std::ifstream in(entry.path());
    int number = 0;
    for (std::string line; std::getline(in, line);) {
      ++number;
      for (const auto& w : own_words(line))
        BOOST_TEST(same_in_every_language.count(w) == 1,
                   entry.path().lexically_relative(quire::test::source_root()).string()
                       << ":" << number << ": the word '" << w << "' belongs in the label catalogues: " << line);
    }
  }
  BOOST_TEST(templates > 40);
}

BOOST_AUTO_TEST_CASE(the_word_check_sees_words_outside_tags_only) {
  BOOST_TEST(own_words("## {{> common.contents}}").empty());
  BOOST_TEST(own_words("<!-- quire:chart bar max=100").empty());
  BOOST_TEST(own_words("- [{{{title}}}](#{{anchor}})").empty());
  BOOST_TEST(own_words("<!-- quire:callout {{callout_kind}} -->").empty());
  BOOST_TEST(own_words("<!-- quire:draft-notice {{> common.draft_notice}} -->").empty());
  BOOST_TEST((own_words("<!-- quire:draft-notice {{> common.draft}} — not for publication -->") ==
              std::vector<std::string>{"not", "for", "publication"}));
  BOOST_TEST((own_words("| Key questions | % yes |") == std::vector<std::string>{"Key", "questions", "yes"}));
}
