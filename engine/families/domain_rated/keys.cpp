// The keys of a domain-rated inspection (2018 framework), as data: read by the loader
// (read.cpp) and by `quire new`. Which domains, standards and key questions a report
// has is not here: the rules file lists them (data/rules/domain-2018.yaml).
#include "families/domain_rated/family.hpp"
#include "load/keys.hpp"

namespace quire {

namespace {

using K = KeyKind;

KeyMaps make() {
  KeyMaps m;
  m["top"] = {"the inspection",
              {{"report", true, K::map, "who and what was inspected, and who publishes the report"},
               {"overall_rating", false, K::word, "as published; quire computes it and reports a contradiction"},
               {"foreword", true, K::markdown, "the chief inspector's foreword", "", true},
               {"recommendations", true, K::list, "recommendations, grouped by who is responsible"},
               {"introduction", true, K::markdown, "the local context (the rest of the introduction is standard)", "", true},
               {"key_facts", true, K::map, "the key facts page: first-time entrants, reoffending, caseload, population"},
               {"domains", true, K::list, "the findings, domain by domain, in the framework's order"},
               {"methodology", true, K::map, "how the inspection was carried out"}}};
  m["report"] = {"'report'",
                 {{"area", true, K::text, "the area inspected, e.g. Western Bay", "", true},
                  {"service", true, K::text, "the service's full name", "", true},
                  {"service_kind", true, K::text, "what kind of service, in lower case, e.g. youth offending service", "", true},
                  {"published", true, K::year_month, "the month of publication, YYYY-MM", "2020-01"},
                  {"fieldwork_started", true, K::year_month, "the month fieldwork started, YYYY-MM", "2019-10"},
                  {"isbn", true, K::text, "the report's ISBN", "978-0-00000-000-0"},
                  {"lead_inspector", true, K::text, "the lead inspector's name"},
                  {"programme_head", true, K::text, "the head of the inspection programme"},
                  {"joint_inspectorates", true, K::text_list, "the inspectorates inspecting jointly, e.g. Estyn", "", true},
                  {"chief_inspector", true, K::text, "the chief inspector who signs the foreword"},
                  {"publisher", true, K::map, "the publisher, on the inside cover"},
                  {"back_cover", true, K::map, "the organisation on the back cover"}}};
  m["key_facts"] = {"'key_facts'",
                    {{"first_time_entrants", true, K::map, "first-time entrants per 100,000, the area's and national"},
                     {"reoffending", true, K::map, "the reoffending rate (%), the area's and national"},
                     {"caseload", true, K::map, "the caseload's shares by age, ethnicity and gender"},
                     {"population", true, K::map, "the population of each area the service covers"}}};
  m["compared"] = {"a compared figure",
                   {{"area", true, K::decimal, "the area's figure", "0"},
                    {"national", true, K::decimal, "the national figure", "0"},
                    {"source", true, K::word, "the footnote id of its source"}}};
  m["caseload"] = {"'caseload'",
                   {{"source", true, K::word, "the footnote id of its source"},
                    {"age", true, K::map, "[area %, national %] for each age group"},
                    {"ethnicity", true, K::map, "[area %, national %] for each ethnic group"},
                    {"gender", true, K::map, "[area %, national %] for each gender"}}};
  // Each caseload dimension's groups: the key facts page prints these rows.
  m["caseload_age"] = {"'caseload.age'", {{"10-14", true, K::list, "", "[0, 0]"}, {"15-17", true, K::list, "", "[0, 0]"}}};
  m["caseload_ethnicity"] = {"'caseload.ethnicity'",
                             {{"white", true, K::list, "", "[0, 0]"}, {"bme", true, K::list, "", "[0, 0]"}}};
  m["caseload_gender"] = {"'caseload.gender'",
                          {{"male", true, K::list, "", "[0, 0]"}, {"female", true, K::list, "", "[0, 0]"}}};
  m["population"] = {"'population'",
                     {{"sources", true, K::text_list, "the footnote ids of its sources"},
                      {"areas", true, K::list, "each area the service covers"}}};
  m["population_area"] = {"a population area",
                          {{"name", true, K::text, "the area's name", "", true},
                           {"total", true, K::whole_number, "its total population", "0"},
                           {"youth_percent", true, K::decimal, "the share aged 10-17 (%)", "0"},
                           {"bme_youth_percent", true, K::decimal, "the share aged 10-17 from a minority ethnic group (%)", "0"}}};
  m["domain"] = {"a domain",
                 {{"number", true, K::whole_number, "the domain's number in the framework"},
                  {"not_rated", false, K::markdown,
                   "why the domain was not rated, where the rules allow it (then nothing else but its number)", "", true},
                  {"key_findings", true, K::markdown_list, "the domain's key findings", "", true},
                  {"standards", true, K::list, "each standard of the domain"},
                  {"summary", true, K::map, "the domain's strengths and areas for improvement"}}};
  m["standard"] = {"a standard",
                   {{"number", true, K::text, "the standard's number in the framework"},
                    {"rating", false, K::word, "the rating: inspectors' judgement in a judged domain, else as published"},
                    {"key_questions", false, K::map, "each key question's published % yes (checked against the cases)"},
                    {"discretion", false, K::markdown, "why professional discretion moved the rating, if it did", "", true},
                    {"narrative", true, K::markdown, "the findings on this standard", "", true}}};
  m["summary"] = {"'summary'",
                  {{"strengths", true, K::markdown_list, "strengths, one an item", "", true},
                   {"improvements", true, K::markdown_list, "areas for improvement, one an item", "", true}}};
  m["methodology"] = {"'methodology'",
                      {{"organisational_delivery", true, K::markdown, "how organisational delivery was inspected beyond the evidence sent and the presentation, which the standard paragraph before it says: surveys, meetings, visits", "", true},
                       // One entry per case sample the rules' domains name (score/ checks them against the rules).
                       {"court_disposals", false, K::map, "the court disposal cases inspected"},
                       {"out_of_court_disposals", false, K::map, "the out-of-court disposal cases inspected"},
                       {"resettlement", false, K::map, "the resettlement cases inspected"}}};
  m["sample"] = {"a case sample",
                 {{"cases", true, K::whole_number, "how many cases were inspected", "0"},
                  {"sample_percent", false, K::whole_number, 
                   "its share of all the cases selected (%), printed as 'Sixty per cent of the cases selected ...'", "0"}}};
  // What each map and list holds, for the JSON Schema (scaffold/schema.cpp).
  m["top"].nest("report", "report").nest("recommendations", "@recommendation[]").nest("key_facts", "key_facts")
      .nest("domains", "domain[]").nest("methodology", "methodology");
  m["report"].nest("publisher", "@address").nest("back_cover", "@address");
  m["key_facts"].nest("first_time_entrants", "compared").nest("reoffending", "compared").nest("caseload", "caseload")
      .nest("population", "population");
  m["caseload"].nest("age", "caseload_age").nest("ethnicity", "caseload_ethnicity").nest("gender", "caseload_gender");
  m["population"].nest("areas", "population_area[]");
  m["domain"].nest("standards", "standard[]").nest("summary", "summary");
  // Lists the readers refuse when empty (read.cpp, load/common_readers.cpp), for the schema's minItems.
  m["top"].at_least_one("recommendations");
  m["domain"].at_least_one("key_findings");
  m["methodology"].nest("court_disposals", "sample").nest("out_of_court_disposals", "sample").nest("resettlement", "sample");
  return m;
}

}  // namespace

const KeyMaps& DomainRatedFamily::key_maps() {
  static const KeyMaps maps = make();
  return maps;
}

}  // namespace quire
