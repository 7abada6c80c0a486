// The keys of an SQS letter (Short Quality Screening, 2014-2016), as data: read by the loader
// (read.cpp) and by `quire new`. The commentary's sections are the rules file's
// (data/rules/sqs-2015.yaml).
#include "families/sqs/family.hpp"
#include "load/keys.hpp"

namespace quire {

namespace {

using K = KeyKind;

KeyMaps make() {
  KeyMaps m;
  m["top"] = {"the inspection",
              {{"letter", true, K::map, "who the letter is to and from, and what was inspected"},
               {"reoffending", true, K::map, "the reoffending rate, compared with the previous year and nationally"},
               {"summary", true, K::markdown, "the summary paragraph", "", true},
               {"commentary", true, K::map, "the commentary, section by section: numbered paragraphs"},
               {"operational_management", true, K::markdown, "on operational management", "", true},
               {"strengths", true, K::markdown_list, "strengths, one an item", "", true},
               {"improvements", true, K::markdown_list, "areas for improvement, one an item", "", true},
               {"copy_to", true, K::list, "who receives a copy"}}};
  m["letter"] = {"'letter'",
                 {{"area", true, K::text, "the area inspected", "", true},
                  {"yot", true, K::text, "the youth offending team's name", "", true},
                  {"to", true, K::text, "the addressee, e.g. the chair of the management board", "", true},
                  {"from", true, K::text, "who signs the letter", "", true},
                  {"published", true, K::date, "the letter's date, YYYY-MM-DD", "2016-07-13"},
                  {"inspected", true, K::map, "the days of the inspection"},
                  {"cases_examined", true, K::whole_number, "how many cases were examined", "1"},
                  {"lead_inspector", true, K::map, "the lead inspector and how to contact them"},
                  {"wording", true, K::text, "the year of the letter's standard wording, one the catalogue words (sqs.wording.YEAR in data/i18n/en.yaml)", "2016"}}};
  m["inspected"] = {"'inspected'",
                    {{"from", true, K::date, "the first day, YYYY-MM-DD", "2016-06-06"},
                     {"to", true, K::date, "the last day, YYYY-MM-DD", "2016-06-08"}}};
  m["lead_inspector"] = {"'lead_inspector'",
                         {{"name", true, K::text, "the lead inspector's name"},
                          {"pronoun", true, K::word, "she, he or they", "they"},
                          {"email", true, K::text, "their e-mail address", "name@example.gov.uk"},
                          {"telephone", true, K::text, "their telephone number"}}};
  m["reoffending"] = {"'reoffending'",
                      {{"rate", true, K::decimal, "the area's reoffending rate (%)", "0"},
                       {"previous_year", true, K::decimal, "the previous year's rate (%)", "0"},
                       {"national", true, K::decimal, "the rate for England and Wales (%)", "0"},
                       {"published", true, K::year_month, "when the rate was published, YYYY-MM", "2016-04"},
                       {"cohort", true, K::map, "the months the rate covers"},
                       {"source", true, K::text, "where the rate is published", "", true},
                       {"as_published", false, K::map, "the letter's comparison words, checked against the rules"}}};
  m["cohort"] = {"'cohort'",
                 {{"from", true, K::year_month, "the first month, YYYY-MM", "2013-07"},
                  {"to", true, K::year_month, "the last month, YYYY-MM", "2014-06"}}};
  m["as_published"] = {"'as_published'",
                       {{"previous_year", false, K::word, "better, slightly_better, same, slightly_worse or worse"},
                        {"national", false, K::word, "better, slightly_better, same, slightly_worse or worse"}}};
  m["copy_to"] = {"a copy list entry",
                  {{"role", true, K::text, "the role, e.g. YOT Head of Service", "", true},
                   {"names", true, K::text_list, "who holds it"}}};
  // What each map and list holds, for the JSON Schema (scaffold/schema.cpp).
  m["top"].nest("letter", "letter").nest("reoffending", "reoffending").nest("copy_to", "copy_to[]");
  m["letter"].nest("inspected", "inspected").nest("lead_inspector", "lead_inspector");
  m["reoffending"].nest("cohort", "cohort").nest("as_published", "as_published");
  // Lists the readers refuse when empty (read.cpp), for the schema's minItems.
  m["top"].at_least_one("strengths").at_least_one("improvements").at_least_one("copy_to");
  m["top"].each_at_least_one("commentary");
  m["copy_to"].at_least_one("names");
  return m;
}

}  // namespace

const KeyMaps& SqsFamily::key_maps() {
  static const KeyMaps maps = make();
  return maps;
}

}  // namespace quire
