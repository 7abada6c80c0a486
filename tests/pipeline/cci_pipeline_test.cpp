// The Wandsworth CCI report end to end: its structure, its order against the reference text,
// and the figures the foreword and summary compute.
#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "markdown/markdown.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;

namespace {

const std::string kExample = "cci-wandsworth-2012";

struct Rendered {
  std::string markdown;
  Diagnostics diags;
};

Rendered render_wandsworth() {
  Options options;
  options.root = test::source_root();
  Rendered r;
  auto prepared = prepare(test::source_root() / "examples" / kExample / "inspection.yaml", options, r.diags);
  BOOST_REQUIRE_MESSAGE(prepared && !r.diags.has_errors(), test::dump(r.diags));
  const auto md = render_report_markdown(*prepared, options, r.diags);
  BOOST_REQUIRE_MESSAGE(md && !r.diags.has_errors(), test::dump(r.diags));
  r.markdown = *md;
  return r;
}

// Lowercased words only, as the completeness test compares them.
std::string normalise(const std::string& text) {
  std::string out;
  bool space = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool dash = c >= 0x80 && (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x99") == 0);
    if ((std::isalnum(c) || c >= 0x80) && !dash) {
      out += static_cast<char>(std::tolower(c));
      space = false;
      continue;
    }
    if (dash) i += 2;
    if (!space) out += ' ';
    space = true;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::set<std::string> deviations() {
  std::set<std::string> lines;
  std::istringstream in(test::slurp(test::test_file("pipeline/reference/" + kExample + ".deviations.txt")));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') lines.insert(normalise(line.substr(0, line.find(" => "))));
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(cci_report_has_the_references_parts_in_order) {
  const MarkdownOutline o = outline_markdown(render_wandsworth().markdown);
  BOOST_TEST(o.headings[1] == 1);  // the cover title
  const std::vector<std::string> order = {
      "2:Foreword", "2:Acknowledgements", "2:Contents", "2:Scoring and Summary Table", "3:Safeguarding score:",
      "3:Public Protection – Risk of Harm score:", "3:Public Protection – Likelihood of Reoffending score:",
      "2:Recommendations for improvement", "2:Next steps", "2:Making a difference", "2:Service users' perspective",
      "3:Children and young people", "3:Victims", "2:1. ASSESSMENT AND SENTENCE PLANNING",
      "3:1.1 Risk of Harm to others (RoH)", "3:1.3 Safeguarding", "2:2. DELIVERY AND REVIEW OF INTERVENTIONS",
      "3:2.3 Safeguarding the child or young person", "2:3. OUTCOMES", "3:3.2 Sustaining outcomes",
      "2:Appendix 1: Scoring summary of sections 1-3", "2:Appendix 2: Contextual information",
      "2:Appendix 3: Inspection Arrangements",
      // The reference's Appendix 4 held charts lost in its extraction: without data it is left out
      // and the appendices after it take its number (issue 16).
      "2:Appendix 4: Scoring approach", "2:Appendix 5: Glossary",
      "2:Appendix 6: Role of HMI Probation and Code of Practice"};
  std::size_t at = 0;
  for (const auto& heading : order) {
    while (at < o.heading_texts.size() && o.heading_texts[at] != heading) ++at;
    BOOST_TEST(at < o.heading_texts.size(), "heading '" << heading << "' missing or out of order");
  }
  // Comparison, acknowledgements, eight criteria's score tables, Appendix 1 and the glossary.
  BOOST_TEST(o.tables == 12);
  BOOST_TEST(o.footnote_definitions == 1);
  BOOST_TEST(o.unresolved_footnotes.empty());
}

// Completeness says every reference line is printed; this says they come in the reference's order.
// Long fragments only (eight words or more), which occur once; the footnote goes to the end in Markdown.
BOOST_AUTO_TEST_CASE(cci_report_follows_the_references_order) {
  const std::string seen = normalise(outline_markdown(render_wandsworth().markdown).plain_text);
  const auto skip = deviations();
  static const std::regex layout(R"(</?i>|^\s*\d{1,2}\.\s+|\t\d+\s*$)");
  static const std::regex superscripts("\xC2\xB9|\xC2\xB2|\xC2\xB3");
  std::istringstream reference(test::slurp(test::test_file("pipeline/reference/" + kExample + ".txt")));
  std::size_t cursor = 0;
  int checked = 0;
  std::string out_of_order;
  for (std::string line; std::getline(reference, line);) {
    if (line.rfind("\xC2\xB9", 0) == 0) continue;  // "¹ An explanation ...": a footnote, printed at the end
    std::istringstream cells(std::regex_replace(std::regex_replace(line, layout, ""), superscripts, " "));
    for (std::string cell; std::getline(cells, cell, '\t');) {
      const std::string words = normalise(cell);
      if (skip.count(words) || std::count(words.begin(), words.end(), ' ') < 7) continue;
      ++checked;
      const std::size_t at = seen.find(words, cursor);
      if (at == std::string::npos) out_of_order += "\n  " + cell;
      else cursor = at + words.size();
    }
  }
  BOOST_TEST(checked > 150);
  BOOST_TEST(out_of_order.empty(), "reference fragments out of order:" << out_of_order);
}

BOOST_AUTO_TEST_CASE(cci_foreword_states_the_computed_scores_and_stresses_a_low_one) {
  const std::string md = render_wandsworth().markdown;
  BOOST_TEST(md.find("done well enough 58% of the time. With the Public Protection aspects") != std::string::npos);
  BOOST_TEST(md.find("was done well enough only 47% of the time, and the work") != std::string::npos);
  BOOST_TEST(md.find("done well enough 64% of the time. A more detailed") != std::string::npos);
  BOOST_TEST(md.find("| 'Risk of Harm to others' work (action to protect the public) | 36% | 86% | 63% | 47% |") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(cci_findings_are_numbered_within_each_criterion) {
  const std::string md = render_wandsworth().markdown;
  BOOST_TEST(md.find("**Areas for improvement:**\n\n<!-- quire:numbered -->\n\n(1) Only 38% of cases included an RoSH screening") !=
             std::string::npos);
  BOOST_TEST(md.find("(9) More than three-quarters of cases had not received effective management oversight.") !=
             std::string::npos);
  BOOST_TEST(md.find("(6) sufficient attention is given to the safety of victims (Head of YOS).") != std::string::npos);
  BOOST_TEST(md.find("| 71% | MODERATE improvement required |") != std::string::npos);
  // 3.2 has strengths only: no empty "Areas for improvement" heading before the commentary.
  BOOST_TEST(md.find("after the order had ended.\n<!-- quire:end -->\n\n**COMMENTARY on Outcomes as a whole:**") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(cci_example_warns_only_about_what_the_reference_itself_does) {
  const Rendered r = render_wandsworth();
  std::set<std::string> codes;
  for (const auto& d : r.diags.all()) codes.insert(d.code);
  // The 1.2 example filed under "Delivery and Review of Interventions"; "*What do YOU think?*" is a
  // form's title in italics, not an acronym.
  BOOST_TEST(codes == (std::set<std::string>{"criterion-outside-section"}), test::dump(r.diags));
}
