// The scaffold of a CCI inspection: every section and general criterion the rules file lists, in
// its order, each with its published score to write, and each headline score.
#include "families/cci/family.hpp"
#include "families/cci/read_rules.hpp"
#include "load/keys.hpp"
#include "scaffold/families.hpp"

namespace quire::scaffold {

namespace {

const KeyMap& keys(std::string_view map) { return family_keys("cci", map); }

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

void write_report(Writer& w, const Request& request) {
  const KeyMap& report = keys("report");
  w.open(keys("top").key("report"));
  write_area(w, report.key("area"), request);
  for (const char* key : {"service", "published", "fieldwork", "isbn", "chief_inspector"}) w.todo(report.key(key), key);
  write_address(w, report.key("contact"), "the contact");
  w.close();
}

void write_front(Writer& w, const CciRules& rules) {
  const KeyMap& top = keys("top");
  w.open(top.key("headline_scores"));
  for (const auto& h : rules.headlines)
    w.todo(KeyDef{h.key, true, KeyKind::whole_number, "", "0"}, "headline score " + h.key);
  w.close();
  w.todo(top.key("foreword"), "foreword");
  w.open(top.key("acknowledgements"));
  w.item();
  write_todos(w, keys("acknowledgement"), "acknowledgement");
  w.close();
  w.close();
  w.open(top.key("recommendations"));
  w.item();
  write_todos(w, keys("recommendation"), "recommendation");
  w.close();
  w.close();
  const KeyMap& example = keys("practice_example");
  w.open(top.key("making_a_difference"));
  w.item();
  const auto& first = rules.sections.at(0);
  w.value(example.key("section"), std::to_string(first.number));
  w.value(example.key("criterion"), quoted(first.criteria.at(0).number));
  w.todo(example.key("text"), "a practice example");
  w.close();
  w.close();
  const KeyMap& users = keys("service_users");
  w.open(top.key("service_users"));
  for (const KeyDef& group : users.keys) {
    w.open(group);
    write_todos(w, keys("questionnaires"), group.name);
    w.close();
  }
  w.close();
}

void write_sections(Writer& w, const CciRules& rules) {
  const KeyMap& section = keys("section");
  const KeyMap& criterion = keys("criterion");
  w.open(keys("top").key("sections"));
  for (const auto& s : rules.sections) {
    const std::string name = "section " + std::to_string(s.number);
    w.item();
    w.value(section.key("number"), std::to_string(s.number));
    w.todo(section.key("score"), name + ": score");
    w.open(section.key("criteria"));
    for (const auto& c : s.criteria) {
      w.item();
      w.value(criterion.key("number"), quoted(c.number));
      w.todo(criterion.key("score"), "criterion " + c.number + ": score");
      w.todo(criterion.key("strengths"), "criterion " + c.number + ": a strength");
      w.todo(criterion.key("improvements"), "criterion " + c.number + ": an area for improvement");
      w.close();
    }
    w.close();
    w.todo(section.key("commentary"), name + ": commentary");
    w.close();
  }
  w.close();
}

}  // namespace

}  // namespace quire::scaffold

namespace quire {

bool CciFamily::write_scaffold(scaffold::Writer& w, const std::filesystem::path& rules_file,
                             const scaffold::Request& request, scaffold::Written&, Diagnostics& diags) {
  using namespace scaffold;
  const auto rules = load_cci_rules(rules_file, diags);
  if (!rules || diags.has_errors() || rules->sections.empty() || rules->sections.front().criteria.empty())
    return false;
  const KeyMap& top = keys("top");
  write_report(w, request);
  write_front(w, *rules);
  write_sections(w, *rules);
  w.open(top.key("contextual_information"));
  write_todos(w, keys("contextual_information"), "context");
  w.close();
  w.open(top.key("arrangements"));
  w.todo(keys("arrangements").key("cases"), "cases inspected");
  w.close();
  return true;
}

}  // namespace quire
