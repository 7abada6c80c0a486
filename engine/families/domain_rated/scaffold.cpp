// The scaffold of a domain-rated inspection: every domain, standard and key question the rules
// file lists, in its order; judged domains get a rating to write, case-based ones each key
// question's published "% yes".
#include <set>

#include "families/domain_rated/family.hpp"
#include "families/domain_rated/read_rules.hpp"
#include "load/keys.hpp"
#include "load/load.hpp"
#include "scaffold/families.hpp"

namespace quire::scaffold {

namespace {

const KeyMap& keys(std::string_view map) { return family_keys("domain-rated", map); }

// YAML for a standard's or key question's number: quoted, as "2.1" would otherwise be a number.
std::string number_text(const std::string& n) { return "\"" + n + "\""; }

void write_report(Writer& w, const Request& request) {
  const KeyMap& report = keys("report");
  w.open(keys("top").key("report"));
  write_area(w, report.key("area"), request);
  for (const char* key : {"service", "service_kind", "published", "fieldwork_started", "isbn", "lead_inspector",
                          "programme_head", "joint_inspectorates", "chief_inspector"})
    w.todo(report.key(key), key);
  write_address(w, report.key("publisher"), "the publisher");
  write_address(w, report.key("back_cover"), "the back cover's organisation");
  w.close();
}

void write_compared(Writer& w, const KeyDef& key, const std::string& source) {
  const KeyMap& compared = keys("compared");
  w.open(key);
  w.todo(compared.key("area"), key.name + ": the area's figure");
  w.todo(compared.key("national"), key.name + ": the national figure");
  w.value(compared.key("source"), source);
  w.close();
}

void write_key_facts(Writer& w, const std::string& source) {
  const KeyMap& facts = keys("key_facts");
  w.open(keys("top").key("key_facts"));
  write_compared(w, facts.key("first_time_entrants"), source);
  write_compared(w, facts.key("reoffending"), source);
  const KeyMap& caseload = keys("caseload");
  w.open(facts.key("caseload"));
  w.value(caseload.key("source"), source);
  for (const std::string dimension : {"age", "ethnicity", "gender"}) {
    w.open(caseload.key(dimension));
    for (const KeyDef& group : keys("caseload_" + dimension).keys)
      w.todo(KeyDef{"\"" + group.name + "\"", true, group.kind, "", group.stand_in}, group.name);
    w.close();
  }
  w.close();
  const KeyMap& population = keys("population");
  const KeyMap& area = keys("population_area");
  w.open(facts.key("population"));
  w.value(population.key("sources"), "[" + source + "]");
  w.open(population.key("areas"));
  w.item();
  for (const KeyDef& key : area.keys) w.todo(key, "population: " + key.name);
  w.close();
  w.close();
  w.close();
  w.close();
}

void write_standard(Writer& w, const FrameworkStandard& standard, bool judged, const DomainRules& rules) {
  const KeyMap& keys_of = keys("standard");
  w.item();
  w.value(keys_of.key("number"), number_text(standard.number));
  if (judged) {
    // Judged standards' key questions are headings the templates print; the rating is the
    // inspectors', so they carry no "% yes".
    std::string kqs;
    for (const auto& kq : standard.key_questions) kqs += (kqs.empty() ? "" : ", ") + kq;
    const char* noun = standard.key_questions.size() == 1 ? "key question " : "key questions ";
    w.comment(noun + kqs + ": judged, so no % yes to write");
    KeyDef rating = keys_of.key("rating");
    rating.stand_in = rules.scale.at(rules.scale.size() / 2);
    rating.description = "one of the scale: " + [&] {
      std::string words;
      for (const auto& s : rules.scale) words += (words.empty() ? "" : ", ") + s;
      return words;
    }();
    w.todo(rating, "standard " + standard.number + ": rating");
  } else {
    w.open(keys_of.key("key_questions"));
    for (const auto& kq : standard.key_questions)
      w.todo(KeyDef{number_text(kq), true, KeyKind::whole_number, "", "0"}, "key question " + kq);
    w.close();
  }
  w.todo(keys_of.key("narrative"), "standard " + standard.number + ": findings");
  w.close();
}

void write_domains(Writer& w, const DomainRules& rules) {
  const KeyMap& domain = keys("domain");
  const KeyMap& summary = keys("summary");
  w.open(keys("top").key("domains"));
  for (const auto& d : rules.domains) {
    w.item();
    w.value(domain.key("number"), std::to_string(d.number));
    w.todo(domain.key("key_findings"), "domain " + std::to_string(d.number) + ": a key finding");
    w.open(domain.key("standards"));
    for (const auto& s : d.standards) write_standard(w, s, s.judged, rules);
    w.close();
    w.open(domain.key("summary"));
    w.todo(summary.key("strengths"), "domain " + std::to_string(d.number) + ": a strength");
    w.todo(summary.key("improvements"), "domain " + std::to_string(d.number) + ": an area for improvement");
    w.close();
    w.close();
  }
  w.close();
}

// The methodology with one entry per case sample the rules' domains name.
void write_methodology(Writer& w, const DomainRules& rules) {
  const KeyMap& m = keys("methodology");
  const KeyMap& sample = keys("sample");
  w.open(keys("top").key("methodology"));
  w.todo(m.key("organisational_delivery"), "methodology: organisational delivery");
  std::set<std::string> written;  // a sample two domains share is written once
  for (const auto& domain : rules.domains)
    for (const std::string& key : domain.samples) {
      if (!written.insert(key).second) continue;
      bool described = false;
      for (const KeyDef& k : m.keys) described = described || k.name == key;
      w.open(described ? m.key(key) : KeyDef{key, true, KeyKind::map, "the " + key + " cases inspected"});
      for (const KeyDef& k : sample.keys)
        // A judged domain's sample prints only its cases ("We examined 2 resettlement cases"): its
        // optional share would print nowhere, and two trial inspectors filled it in as 100%.
        if (k.required || !domain.judged) w.todo(k, key + ": " + k.name);
      w.close();
    }
  w.close();
}

}  // namespace

}  // namespace quire::scaffold

namespace quire {

bool DomainRatedFamily::write_scaffold(scaffold::Writer& w, const std::filesystem::path& rules_file,
                             const scaffold::Request& request, scaffold::Written& written, Diagnostics& diags) {
  using namespace scaffold;
  const auto rules = load_domain_rules(rules_file, diags);
  if (!rules || diags.has_errors()) return false;
  const KeyMap& top = keys("top");
  const std::string source = "key-facts-source";
  written.footnotes.push_back(source);
  write_report(w, request);
  w.comment(top.key("overall_rating").name + ": " + top.key("overall_rating").description + " (optional)");
  w.todo(top.key("foreword"), "foreword");
  write_recommendations(w, top.key("recommendations"));
  w.todo(top.key("introduction"), "introduction: the local context");
  write_key_facts(w, source);
  write_domains(w, *rules);
  write_methodology(w, *rules);
  return true;
}

}  // namespace quire
