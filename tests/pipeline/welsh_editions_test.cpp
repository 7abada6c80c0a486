// Every family in Welsh (issue 5): a draft renders with no English label left in it, narrative
// that has no Welsh falls back visibly, and a final Welsh render refuses it, listing each field.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <sstream>

#include "doc/walk.hpp"
#include "load/load.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kExamples = {"domain-western-bay-2019", "fji-rochdale-2013", "sqs-nottingham-city-2016",
                                            "sqs-bolton-2015", "cci-wandsworth-2012"};

fs::path example(const std::string& name) { return test::source_root() / "examples" / name / "inspection.yaml"; }

struct Rendered {
  std::optional<std::string> markdown;
  Diagnostics diags;
};

Rendered render(const std::string& name, const std::string& language, bool draft) {
  Options options;
  options.root = test::source_root();
  options.language = language;
  options.draft = draft;
  Rendered r;
  if (auto prepared = prepare(example(name), options, r.diags); prepared && !r.diags.has_errors())
    r.markdown = render_report_markdown(*prepared, options, r.diags);
  return r;
}

const Catalogue& labels(const std::string& language) {
  static std::map<std::string, Catalogue> loaded;
  if (!loaded.count(language)) {
    Diagnostics d;
    auto c = load_catalogue(test::source_root() / "data" / "i18n" / (language + ".yaml"), d);
    BOOST_TEST_REQUIRE(c.has_value());
    loaded.emplace(language, *c);
  }
  return loaded.at(language);
}

// The fixed runs of words in a label: the text between its Mustache tags, at least two words.
std::vector<std::string> fixed_phrases(const std::string& label) {
  static const std::regex tag(R"(\{\{[^}]*\}\}\}?)");
  std::vector<std::string> phrases;
  for (std::sregex_token_iterator it(label.begin(), label.end(), tag, -1), end; it != end; ++it) {
    std::string phrase = it->str();
    while (!phrase.empty() && std::string(" :.,()*").find(phrase.back()) != std::string::npos) phrase.pop_back();
    while (!phrase.empty() && std::string(" :.,()*").find(phrase.front()) != std::string::npos) phrase.erase(0, 1);
    if (std::count(phrase.begin(), phrase.end(), ' ') >= 1 && phrase.find('\n') == std::string::npos)
      phrases.push_back(phrase);
  }
  return phrases;
}

std::string collapse_spaces(const std::string& text) { return std::regex_replace(text, std::regex(R"(\s+)"), " "); }

const std::regex& english_words() {
  static const std::regex words(R"(\b(the|of|and|for|with|was|were|has|have|this)\b)");
  return words;
}

// What of a rendered line the data did not supply: the line is cut where Markdown or punctuation
// joins a label to data ("| *At:* | Alison Michalska, Chair of ... |"), and the pieces the data
// holds are dropped, as are footnote ids, addresses and quoted titles ('Framework for FJI ...').
std::string text_not_from(const std::string& line, const std::string& data) {
  static const std::regex noise(R"(\[\^[^\]]*\]|<[^>]*>|https?://\S+|www\.\S+|'[A-Z][^']*')");
  static const std::regex joints(R"(\s*(?:\||\*\*|\*|^>|:\s|\s–\s|\(|\))\s*)");
  static const std::regex markup_start(R"(^[>\-|#\s]+)");
  if (data.find(collapse_spaces(std::regex_replace(line, markup_start, ""))) != std::string::npos) return {};
  const std::string clean = std::regex_replace(line, noise, " ");
  std::string kept;
  for (std::sregex_token_iterator it(clean.begin(), clean.end(), joints, -1), end; it != end; ++it) {
    const std::string piece = collapse_spaces(it->str());
    if (piece.size() > 3 && data.find(piece) != std::string::npos) continue;
    kept += piece + " / ";
  }
  return kept;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(welsh_editions)

BOOST_AUTO_TEST_CASE(every_family_drafts_in_welsh_with_no_english_label_left) {
  for (const auto& name : kExamples) {
    BOOST_TEST_CONTEXT("example " << name) {
      const Rendered cy = render(name, "cy", true);
      BOOST_REQUIRE_MESSAGE(cy.markdown && !cy.diags.has_errors(), test::dump(cy.diags));
      const std::string output = collapse_spaces(*cy.markdown);
      // English narrative shows in a draft, marked; what it says is the data's, not a label's.
      const std::string data = collapse_spaces(test::slurp(example(name)));
      std::string welsh_labels;  // what the Welsh catalogue prints, English included (the letterhead)
      for (const auto& [key, label] : labels("cy").labels()) welsh_labels += collapse_spaces(label.text) + "\n";
      for (const auto& [key, label] : labels("en").labels()) {
        for (const auto& phrase : fixed_phrases(collapse_spaces(label.text)))
          BOOST_TEST((output.find(phrase) == std::string::npos || data.find(phrase) != std::string::npos ||
                      welsh_labels.find(phrase) != std::string::npos),
                     "English label '" << key << "' shows in the Welsh edition: \"" << phrase << "\"");
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(every_family_drafts_in_welsh_with_no_english_sentence_of_its_own) {
  // English function words in a line the data did not supply mean fixed text that is still English
  // (a label with English text, words in a template or in C++). The SQS letterhead is bilingual by
  // design.
  const std::string letterhead = labels("cy").find("sqs.letterhead.english")->text;
  for (const auto& name : kExamples) {
    BOOST_TEST_CONTEXT("example " << name) {
      const Rendered cy = render(name, "cy", true);
      BOOST_REQUIRE(cy.markdown.has_value());
      const std::string data = collapse_spaces(test::slurp(example(name)));
      std::istringstream lines(*cy.markdown);
      for (std::string line; std::getline(lines, line);) {
        if (line.find("heb ei gyfieithu") != std::string::npos || line.find(letterhead) != std::string::npos) continue;
        const std::string fixed = text_not_from(line, data);
        BOOST_TEST(!std::regex_search(fixed, english_words()), "English in the Welsh edition: " << line);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(english_only_narrative_falls_back_visibly_in_a_draft) {
  const Rendered cy = render("fji-rochdale-2013", "cy", true);
  BOOST_REQUIRE(cy.markdown.has_value());
  BOOST_TEST(cy.markdown->find("*[heb ei gyfieithu]*<!-- quire:lang en-GB lines=13 --> This inspection of youth "
                               "offending work in Rochdale") != std::string::npos);
  BOOST_TEST(test::has_diagnostic(cy.diags, "missing-translation"));
  BOOST_TEST(cy.markdown->find("# Arolygiad Llawn ar y Cyd o Waith Troseddu Ieuenctid: Rochdale") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_block_of_an_untranslated_field_is_in_its_language_in_the_document) {
  // Issue 8: the mark of an English passage reached only the first of its paragraphs.
  Options options;
  options.root = test::source_root();
  options.language = "cy";
  options.draft = true;
  Diagnostics diags;
  const auto prepared = prepare(example("fji-rochdale-2013"), options, diags);
  BOOST_REQUIRE(prepared.has_value());
  const auto markdown = render_report_markdown(*prepared, options, diags);
  BOOST_REQUIRE(markdown.has_value());
  const auto document = report_document(*prepared, *markdown, options, diags);
  BOOST_REQUIRE_MESSAGE(document && !diags.has_errors(), test::dump(diags));
  std::map<std::string, std::string> language_of;  // a block's first 40 characters -> its language
  doc::for_each_block(document->blocks, [&](const doc::Block& b, int) {
    if (const auto* p = std::get_if<doc::Paragraph>(&b.body)) language_of[doc::plain_text(p->content).substr(0, 40)] = b.language;
    if (const auto* h = std::get_if<doc::Heading>(&b.body)) language_of[doc::plain_text(h->content).substr(0, 40)] = b.language;
  });
  for (const char* start : {"[heb ei gyfieithu] This inspection of yo", "The majority of the Youth Offending Team",
                            "We chose to inspect in Rochdale primaril", "This work needed to be tackled by the YO"})
    BOOST_TEST(language_of[start] == "en-GB", start);
  BOOST_TEST(language_of.at("Rhagair") == "");
  // The checks read the data as written: the marker is added after them, so none complains of it.
  BOOST_TEST(!test::has_diagnostic(diags, "raw-html"));
  BOOST_TEST(!test::has_diagnostic(diags, "parity"));
}

BOOST_AUTO_TEST_CASE(a_final_welsh_render_refuses_english_only_narrative_and_lists_it) {
  for (const auto& name : {"fji-rochdale-2013", "sqs-bolton-2015", "cci-wandsworth-2012"}) {
    BOOST_TEST_CONTEXT("example " << name) {
      test::TempDir dir;
      const auto out = dir.path() / "x.md";
      const auto r = test::run_quire("render " + example(name).string() + " --lang cy -o " + out.string());
      BOOST_TEST(r.exit_code == 2);
      BOOST_TEST(!fs::exists(out));
      const std::regex listed(R"(inspection\.yaml:\d+:\d+: error: .* has no 'cy' text)");
      const auto count = std::distance(std::sregex_iterator(r.err.begin(), r.err.end(), listed), std::sregex_iterator());
      BOOST_TEST(count > 10, r.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_translated_example_renders_in_welsh_as_a_final_report) {
  const Rendered cy = render("domain-western-bay-2019", "cy", false);
  BOOST_TEST((cy.markdown && !cy.diags.has_errors()), test::dump(cy.diags));
}

BOOST_AUTO_TEST_CASE(proposed_labels_are_reported_in_one_line) {
  const Rendered cy = render("domain-western-bay-2019", "cy", false);
  int lines = 0;
  for (const auto& d : cy.diags.all())
    if (d.code == "proposed-labels") ++lines;
  BOOST_TEST(lines == 1, test::dump(cy.diags));
  BOOST_TEST(!test::has_diagnostic(render("domain-western-bay-2019", "en", false).diags, "proposed-labels"));
}

BOOST_AUTO_TEST_SUITE_END()
