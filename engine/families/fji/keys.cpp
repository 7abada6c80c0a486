// The keys of an FJI inspection (Full Joint Inspection, 2013), as data: read by the loader
// (read*.cpp) and by `quire new`. Which themes the report has, and each theme's subsections,
// the rules file lists (data/rules/fji-2013.yaml).
#include "families/fji/family.hpp"
#include "load/keys.hpp"

namespace quire {

namespace {

using K = KeyKind;

KeyMaps make() {
  KeyMaps m;
  m["top"] = {"the inspection",
              {{"report", true, K::map, "what was inspected, and who publishes the report"},
               {"foreword", true, K::markdown, "the chief inspector's foreword", "", true},
               {"recommendations", true, K::list, "recommendations, grouped by who is responsible"},
               {"themes", true, K::list, "the findings, theme by theme, in the framework's order"},
               {"area_context", true, K::markdown, "the area's context", "", true},
               {"indicators", true, K::map, "the Youth Justice Board's indicators against England and Wales"},
               {"case_sample", true, K::map, "the cases inspected"},
               {"acknowledgements", true, K::list, "who took part, role by role"},
               {"fieldwork", true, K::list, "the fieldwork weeks"}}};
  m["report"] = {"'report'",
                 {{"area", true, K::text, "the area inspected, e.g. Rochdale", "", true},
                  {"published", true, K::year_month, "the month of publication, YYYY-MM", "2013-09"},
                  {"isbn", true, K::text, "the report's ISBN", "978-0-00000-000-0"},
                  {"chief_inspector", true, K::text, "the chief inspector who signs the foreword"},
                  {"contact", true, K::map, "the contact address printed in the report"},
                  {"back_cover", true, K::map, "the organisation on the back cover"}}};
  m["theme"] = {"a theme",
                {{"number", true, K::whole_number, "the theme's number in the framework"},
                 {"case_score", false, K::whole_number, "the published case score (%), checked against the cases", "0"},
                 {"question_scores", false, K::map, "each question's published score (%)"},
                 {"descriptor", false, K::word, "the descriptor: inspectors' judgement in a judged theme, else as published"},
                 {"moderation", false, K::markdown, "why moderation changed the descriptor, if it did", "", true},
                 {"overview", false, K::markdown, "an overview before the key findings", "", true},
                 {"key_findings", true, K::markdown_list, "the theme's key findings", "", true},
                 {"explanation", true, K::list, "the explanation of findings: a list of paragraphs per subsection", "", true},
                 {"summary", true, K::markdown, "the theme's summary", "", true}}};
  m["callout"] = {"a call-out",
                  {{"callout", true, K::word, "effective_practice, young_person, case_illustration or quotes"},
                   {"title", false, K::text, "its heading", "", true},
                   {"text", true, K::markdown, "its text", "", true}}};
  m["indicators"] = {"'indicators'",
                     {{"reoffending", true, K::map, "reoffending: proportion, frequency and cohort"},
                      {"first_time_entrants", true, K::map, "first-time entrants per 100,000, and cohort"},
                      {"custody", true, K::map, "custodial sentences per 1,000, and cohort"}}};
  m["reoffending"] = {"'reoffending'",
                      {{"proportion", true, K::map, "the share who reoffended (%)"},
                       {"frequency", true, K::map, "reoffences per offender"},
                       {"cohort", true, K::map, "the months the figures cover"}}};
  m["compared"] = {"a compared figure",
                   {{"area", true, K::decimal, "the area's figure", "0"},
                    {"national", true, K::decimal, "the figure for England and Wales", "0"}}};
  m["compared_with_cohort"] = {"a compared figure",
                               {{"area", true, K::decimal, "the area's figure", "0"},
                                {"national", true, K::decimal, "the figure for England and Wales", "0"},
                                {"cohort", true, K::map, "the months the figures cover"}}};
  m["cohort"] = {"'cohort'",
                 {{"from", true, K::year_month, "the first month, YYYY-MM", "2012-01"},
                  {"to", true, K::year_month, "the last month, YYYY-MM", "2012-12"}}};
  m["case_sample"] = {"'case_sample'",
                      {{"cases", true, K::whole_number, "how many cases were inspected", "1"},
                       {"note", false, K::markdown, "a note on the sample", "", true}}};
  m["acknowledgement"] = {"an acknowledgement",
                          {{"role", true, K::text, "the role, e.g. Lead Inspector", "", true},
                           {"people", true, K::list, "who held it"}}};
  m["person"] = {"a person",
                 {{"name", true, K::text, "the person's name"},
                  {"organisation", true, K::text, "their organisation", "", true}}};
  m["fieldwork_week"] = {"a fieldwork week",
                         {{"start", true, K::date, "the first day, YYYY-MM-DD", "2013-06-24"},
                          {"end", true, K::date, "the last day, YYYY-MM-DD", "2013-06-28"}}};
  // What each map and list holds, for the JSON Schema (scaffold/schema.cpp).
  m["top"].nest("report", "report").nest("recommendations", "@recommendation[]").nest("themes", "theme[]")
      .nest("indicators", "indicators").nest("case_sample", "case_sample").nest("acknowledgements", "acknowledgement[]")
      .nest("fieldwork", "fieldwork_week[]");
  m["report"].nest("contact", "@address").nest("back_cover", "@address");
  m["indicators"].nest("reoffending", "reoffending").nest("first_time_entrants", "compared_with_cohort")
      .nest("custody", "compared_with_cohort");
  m["reoffending"].nest("proportion", "compared").nest("frequency", "compared").nest("cohort", "cohort");
  m["compared_with_cohort"].nest("cohort", "cohort");
  m["acknowledgement"].nest("people", "person[]");
  // Lists the readers refuse when empty (read*.cpp), for the schema's minItems.
  m["top"].at_least_one("themes").at_least_one("fieldwork").at_least_one("recommendations").at_least_one("acknowledgements");
  m["theme"].each_at_least_one("explanation").at_least_one("key_findings");
  m["acknowledgement"].at_least_one("people");
  return m;
}

}  // namespace

const KeyMaps& FjiFamily::key_maps() {
  static const KeyMaps maps = make();
  return maps;
}

}  // namespace quire
