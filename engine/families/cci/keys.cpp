// The keys of a CCI inspection (Core Case Inspection, 2009-2012), as data: read by the loader
// (read*.cpp) and by `quire new`. Which sections, criteria and headline scores the report
// has, the rules file lists (data/rules/cci-2012.yaml).
#include "families/cci/family.hpp"
#include "load/keys.hpp"

namespace quire {

namespace {

using K = KeyKind;

KeyMaps make() {
  KeyMaps m;
  m["top"] = {"the inspection",
              {{"report", true, K::map, "what was inspected, and who publishes the report"},
               {"foreword", true, K::markdown, "the overall view", "", true},
               {"headline_scores", false, K::map, "each headline score as published (%), checked against the cases"},
               {"programme", false, K::text, "the programme's other inspections, for the foreword's comparison"},
               {"acknowledgements", true, K::list, "who took part, role by role"},
               {"recommendations", true, K::list, "the recommendations, each with who is responsible"},
               {"next_steps", false, K::markdown, "the next steps", "", true},
               {"making_a_difference", true, K::list, "practice examples, by section and criterion"},
               {"service_users", true, K::map, "what the questionnaires found"},
               {"sections", true, K::list, "the findings, section by section, in the framework's order"},
               {"contextual_information", true, K::map, "the area and the service"},
               {"arrangements", true, K::map, "how the inspection was arranged"},
               {"case_characteristics", false, K::markdown, "the cases' characteristics", "", true}}};
  m["report"] = {"'report'",
                 {{"area", true, K::text, "the area inspected, e.g. Wandsworth", "", true},
                  {"service", true, K::text, "the service's name", "", true},
                  {"published", true, K::year_month, "the month of publication, YYYY-MM", "2011-06"},
                  {"fieldwork", true, K::year_month, "the month of fieldwork, YYYY-MM", "2011-02"},
                  {"isbn", true, K::text, "the report's ISBN", "978-0-00000-000-0"},
                  {"chief_inspector", true, K::text, "the chief inspector who signs the foreword"},
                  {"contact", true, K::map, "the contact address printed in the report"}}};
  m["acknowledgement"] = {"an acknowledgement",
                          {{"role", true, K::text, "the role, e.g. Lead Inspector", "", true},
                           {"names", true, K::text_list, "who held it"}}};
  m["recommendation"] = {"a recommendation",
                         {{"owner", false, K::text, "who is responsible", "", true},
                          {"text", true, K::markdown, "the recommendation", "", true}}};
  m["practice_example"] = {"a practice example",
                           {{"section", true, K::whole_number, "the section it illustrates", "1"},
                            {"criterion", true, K::text, "the criterion it illustrates"},
                            {"text", true, K::markdown, "the example", "", true}}};
  m["service_users"] = {"'service_users'",
                        {{"children_and_young_people", true, K::map, "children and young people's questionnaires"},
                         {"victims", true, K::map, "victims' questionnaires"}}};
  m["questionnaires"] = {"a questionnaire group",
                         {{"questionnaires", true, K::whole_number, "how many were returned", "0"},
                          {"findings", true, K::markdown_list, "what they found, one an item", "", true}}};
  m["section"] = {"a section",
                  {{"number", true, K::whole_number, "the section's number in the framework"},
                   {"score", false, K::whole_number, "the section's published score (%)", "0"},
                   {"criteria", true, K::list, "each general criterion of the section"},
                   {"commentary", true, K::markdown, "the section's commentary", "", true}}};
  m["criterion"] = {"a general criterion",
                    {{"number", true, K::text, "the criterion's number in the framework"},
                     {"score", false, K::whole_number, "the criterion's published score (%)", "0"},
                     {"strengths", true, K::markdown_list, "strengths, one an item", "", true},
                     {"improvements", true, K::markdown_list, "areas for improvement, one an item", "", true}}};
  m["contextual_information"] = {"'contextual_information'",
                                 {{"area", true, K::markdown, "the area", "", true},
                                  {"service", true, K::markdown, "the service", "", true}}};
  m["arrangements"] = {"'arrangements'",
                       // The placeholder is in the methodology's range (data/rules/cci-2012.yaml, sample).
                       {{"cases", true, K::whole_number, "how many cases were inspected", "38"},
                        {"note", false, K::markdown, "a note on the arrangements", "", true},
                        {"sample_note", false, K::markdown, "a note on the sample", "", true}}};
  // What each map and list holds, for the JSON Schema (scaffold/schema.cpp).
  m["top"].nest("report", "report").nest("acknowledgements", "acknowledgement[]")
      .nest("recommendations", "recommendation[]").nest("making_a_difference", "practice_example[]")
      .nest("service_users", "service_users").nest("sections", "section[]")
      .nest("contextual_information", "contextual_information").nest("arrangements", "arrangements");
  m["report"].nest("contact", "@address");
  // Lists the readers refuse when empty (read.cpp), for the schema's minItems.
  m["acknowledgement"].at_least_one("names");
  m["top"].at_least_one("recommendations").at_least_one("making_a_difference").at_least_one("sections");
  m["service_users"].nest("children_and_young_people", "questionnaires").nest("victims", "questionnaires");
  m["section"].nest("criteria", "criterion[]");
  return m;
}

}  // namespace

const KeyMaps& CciFamily::key_maps() {
  static const KeyMaps maps = make();
  return maps;
}

}  // namespace quire
