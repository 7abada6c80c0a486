// The scaffold of an FJI inspection: every theme the rules file lists, in its order, with one
// explanation subsection per section the rules give the theme; scored themes get a case score to
// write, judged ones a descriptor.
#include "families/fji/family.hpp"
#include "families/fji/read_rules.hpp"
#include "load/keys.hpp"
#include "scaffold/families.hpp"

namespace quire::scaffold {

namespace {

const KeyMap& keys(std::string_view map) { return family_keys("fji", map); }

void write_report(Writer& w, const Request& request) {
  const KeyMap& report = keys("report");
  w.open(keys("top").key("report"));
  write_area(w, report.key("area"), request);
  for (const char* key : {"published", "isbn", "chief_inspector"}) w.todo(report.key(key), key);
  write_address(w, report.key("contact"), "the contact");
  write_address(w, report.key("back_cover"), "the back cover's organisation");
  w.close();
}

void write_theme(Writer& w, const FjiThemeRule& theme, const FjiRules& rules) {
  const KeyMap& t = keys("theme");
  const std::string name = "theme " + std::to_string(theme.number);
  w.item();
  w.value(t.key("number"), std::to_string(theme.number));
  if (theme.judged) {
    KeyDef descriptor = t.key("descriptor");
    descriptor.stand_in = rules.scale.at(rules.scale.size() / 2);
    descriptor.description = "one of " + rules.scale_list();
    w.todo(descriptor, name + ": descriptor");
  } else {
    w.todo(t.key("case_score"), name + ": case score");
  }
  w.todo(t.key("key_findings"), name + ": a key finding");
  w.open(t.key("explanation"));
  const KeyDef paragraph{"paragraph", true, KeyKind::markdown, "", "", true};
  for (const auto& section : theme.sections)
    w.line("- [" + w.placeholder(paragraph, name + ": " + section) + "]  # " + section);
  w.close();
  w.todo(t.key("summary"), name + ": summary");
  w.close();
}

void write_with_cohort(Writer& w, const KeyDef& key, const std::string& what) {
  const KeyMap& figure = keys("compared_with_cohort");
  w.open(key);
  w.todo(figure.key("area"), what + ": area");
  w.todo(figure.key("national"), what + ": national");
  w.open(figure.key("cohort"));
  write_todos(w, keys("cohort"), what + " cohort");
  w.close();
  w.close();
}

void write_indicators(Writer& w) {
  const KeyMap& ind = keys("indicators");
  const KeyMap& reo = keys("reoffending");
  w.open(keys("top").key("indicators"));
  w.open(ind.key("reoffending"));
  for (const char* key : {"proportion", "frequency"}) {
    w.open(reo.key(key));
    write_todos(w, keys("compared"), std::string("reoffending ") + key);
    w.close();
  }
  w.open(reo.key("cohort"));
  write_todos(w, keys("cohort"), "reoffending cohort");
  w.close();
  w.close();
  write_with_cohort(w, ind.key("first_time_entrants"), "first-time entrants");
  write_with_cohort(w, ind.key("custody"), "custody");
  w.close();
}

void write_appendices(Writer& w) {
  const KeyMap& top = keys("top");
  w.open(top.key("case_sample"));
  w.todo(keys("case_sample").key("cases"), "cases inspected");
  w.close();
  const KeyMap& ack = keys("acknowledgement");
  w.open(top.key("acknowledgements"));
  w.item();
  w.todo(ack.key("role"), "a role");
  w.open(ack.key("people"));
  w.item();
  write_todos(w, keys("person"), "a person");
  w.close();
  w.close();
  w.close();
  w.close();
  w.open(top.key("fieldwork"));
  w.item();
  write_todos(w, keys("fieldwork_week"), "fieldwork week");
  w.close();
  w.close();
}

}  // namespace

}  // namespace quire::scaffold

namespace quire {

bool FjiFamily::write_scaffold(scaffold::Writer& w, const std::filesystem::path& rules_file,
                             const scaffold::Request& request, scaffold::Written&, Diagnostics& diags) {
  using namespace scaffold;
  const auto rules = load_fji_rules(rules_file, diags);
  if (!rules || diags.has_errors()) return false;
  const KeyMap& top = keys("top");
  write_report(w, request);
  w.todo(top.key("foreword"), "foreword");
  write_recommendations(w, top.key("recommendations"));
  w.open(top.key("themes"));
  for (const auto& theme : rules->themes) write_theme(w, theme, *rules);
  w.close();
  w.todo(top.key("area_context"), "the area's context");
  write_indicators(w);
  write_appendices(w);
  return true;
}

}  // namespace quire
