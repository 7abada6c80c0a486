// The scaffold of an SQS letter: the commentary's sections are the rules file's, in its order.
#include "families/sqs/family.hpp"
#include "families/sqs/read_rules.hpp"
#include "load/keys.hpp"
#include "scaffold/families.hpp"

namespace quire::scaffold {

namespace {

const KeyMap& keys(std::string_view map) { return family_keys("sqs", map); }

void write_letter(Writer& w, const Request& request) {
  const KeyMap& letter = keys("letter");
  w.open(keys("top").key("letter"));
  write_area(w, letter.key("area"), request);
  for (const char* key : {"yot", "to", "from", "published"}) w.todo(letter.key(key), key);
  w.open(letter.key("inspected"));
  write_todos(w, keys("inspected"), "inspected");
  w.close();
  w.todo(letter.key("cases_examined"), "cases examined");
  w.open(letter.key("lead_inspector"));
  write_todos(w, keys("lead_inspector"), "lead inspector");
  w.close();
  w.todo(letter.key("wording"), "wording");
  w.close();
}

void write_reoffending(Writer& w) {
  const KeyMap& reo = keys("reoffending");
  w.open(keys("top").key("reoffending"));
  for (const char* key : {"rate", "previous_year", "national", "published"}) w.todo(reo.key(key), key);
  w.open(reo.key("cohort"));
  write_todos(w, keys("cohort"), "cohort");
  w.close();
  w.todo(reo.key("source"), "the rate's source");
  w.comment(reo.key("as_published").name + ": " + reo.key("as_published").description + " (optional)");
  w.close();
}

}  // namespace

}  // namespace quire::scaffold

namespace quire {

bool SqsFamily::write_scaffold(scaffold::Writer& w, const std::filesystem::path& rules_file,
                             const scaffold::Request& request, scaffold::Written&, Diagnostics& diags) {
  using namespace scaffold;
  const auto rules = load_sqs_rules(rules_file, diags);
  if (!rules || diags.has_errors()) return false;
  const KeyMap& top = keys("top");
  write_letter(w, request);
  write_reoffending(w);
  w.todo(top.key("summary"), "summary");
  w.open(top.key("commentary"));
  for (const auto& section : rules->sections)
    w.todo(KeyDef{section.key, true, KeyKind::markdown_list, "numbered paragraphs", "", true}, section.key);
  w.close();
  w.todo(top.key("operational_management"), "operational management");
  w.todo(top.key("strengths"), "a strength");
  w.todo(top.key("improvements"), "an area for improvement");
  const KeyMap& copy = keys("copy_to");
  w.open(top.key("copy_to"));
  w.item();
  write_todos(w, copy, "copy to");
  w.close();
  w.close();
  return true;
}

}  // namespace quire
