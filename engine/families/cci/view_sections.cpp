// The CCI view's sections (general criteria with their scores and findings) and contents.
#include <string_view>

#include "families/cci/view.hpp"
#include "families/fji/view.hpp"
#include "render_md/contents.hpp"

namespace quire::render_detail {

namespace {

// Strengths and areas for improvement are numbered (1), (2) ... within their criterion.
Data numbered(const std::vector<MarkdownText>& items) {
  Data list{Data::type::list};
  int number = 0;
  for (const auto& item : items) {
    Data d;
    d.set("number", std::to_string(++number));
    d.set("text", item.text);
    list.push_back(d);
  }
  return list;
}

Data criterion_view(const ViewHelpers& h, const CciCriterionRule& rule) {
  Data c;
  c.set("number", rule.number);
  c.set("title", h.label("cci.criterion." + rule.number + ".title"));
  c.set("statement", h.label("cci.criterion." + rule.number + ".statement"));
  const CciScore* score = cci_run(h).scores.find_criterion(rule.number);
  c.set("percent", score ? percent_text(score->percent) : std::string());
  c.set("comment_word", score ? comment_word(h, *score) : std::string());
  const CriterionData* data = cci_report(h).find_criterion(rule.number);
  const std::vector<MarkdownText> none;
  const auto& strengths = data ? data->strengths : none;
  const auto& improvements = data ? data->improvements : none;
  c.set("has_strengths", !strengths.empty());
  c.set("strengths", numbered(strengths));
  c.set("has_improvements", !improvements.empty());
  c.set("improvements", numbered(improvements));
  return c;
}

Data section_view(const ViewHelpers& h, const CciSectionRule& rule) {
  Data s;
  const std::string prefix = "cci.section." + rule.key;
  s.set("number", std::to_string(rule.number));
  s.set("heading", h.label(prefix + ".heading"));
  s.set("name", h.label(prefix + ".name"));
  const Label* intro = h.in().labels.find(prefix + ".intro");  // only some sections open with boilerplate
  s.set("has_intro", intro != nullptr);
  s.set("intro", intro ? intro->text : std::string());
  const CciScore* score = cci_run(h).scores.find_section(rule.number);
  s.set("percent", score ? percent_text(score->percent) : std::string());
  Data criteria{Data::type::list};
  for (const auto& c : rule.criteria) criteria.push_back(criterion_view(h, c));
  s.set("criteria", criteria);
  const SectionData* data = cci_report(h).find_section(rule.number);
  s.set("commentary", data ? data->commentary.text : std::string());
  return s;
}

}  // namespace

Data cci_sections(const ViewHelpers& h) {
  Data list{Data::type::list};
  for (const auto& s : cci_run(h).rules.sections) list.push_back(section_view(h, s));
  return list;
}

Data cci_contents(const ViewHelpers& h) {
  ContentsBuilder toc;
  // An optional part the data leaves out has no heading, so no entry either.
  const CciReport& report = cci_report(h);
  for (const char* key : {"cci.acknowledgements.heading", "cci.summary.heading", "cci.recommendations.heading",
                          "cci.next_steps.heading", "cci.making_a_difference.heading", "cci.service_users.heading"})
    toc.add(1, h.label(key));
  for (const auto& s : cci_run(h).rules.sections) {
    toc.add(1, std::to_string(s.number) + ". " + h.label("cci.section." + s.key + ".heading"));
    for (const auto& c : s.criteria) toc.add(2, c.number + " " + h.label("cci.criterion." + c.number + ".title"));
  }
  const bool glossary = !h.in().inspection.glossary.empty();
  const auto numbers = cci_appendix_numbers(report, glossary);
  for (const char* key : {"cci.appendix.scoring_summary", "cci.appendix.context", "cci.appendix.arrangements",
                          "cci.appendix.characteristics", "cci.appendix.scoring_approach", "cci.appendix.glossary",
                          "cci.appendix.role"}) {
    const std::string_view k(key);
    if ((k == "cci.appendix.characteristics" && !report.case_characteristics) || (k == "cci.appendix.glossary" && !glossary))
      continue;
    toc.add(1, fill_label(h, key, numbers));
  }
  return toc.entries();
}

std::vector<std::pair<std::string, std::string>> cci_appendix_numbers(const CciReport& report, bool glossary) {
  // Appendices 1-3 are always there; the characteristics of cases and the glossary only when the
  // data gives them, and the later appendices close up behind a missing one.
  int next = 4;
  std::vector<std::pair<std::string, std::string>> numbers;
  const auto number = [&](const char* key, bool present) {
    numbers.emplace_back(key, present ? std::to_string(next++) : std::string());
  };
  number("characteristics_appendix", report.case_characteristics.has_value());
  number("scoring_approach_appendix", true);
  number("glossary_appendix", glossary);
  number("role_appendix", true);
  return numbers;
}

}  // namespace quire::render_detail
