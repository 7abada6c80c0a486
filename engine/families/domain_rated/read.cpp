// Reads a domain-rated inspection's own content. The schema is documented in the README.
#include "families/domain_rated/family.hpp"
#include "load/family_readers.hpp"
#include "load/keys.hpp"

namespace quire::load_detail {

namespace {

// The family's key tables (keys.cpp): what each map allows and requires.
const KeyMap& keys(std::string_view map) { return family_keys("domain-rated", map); }

bool check(YamlReader& r, const YamlNode& node, std::string_view what, std::string_view map) {
  return r.check_map(node, what, keys(map).allowed(), keys(map).required());
}

ReportInfo read_report(YamlReader& r, const YamlNode& node) {
  ReportInfo info;
  if (!check(r, node, "'report'", "report")) return info;
  auto text = [&](const char* key, std::string& out) {
    if (auto v = r.text(node, key)) out = v->value;
  };
  // A name (an area, a person) is written once when both languages spell it alike; the service and
  // its kind are words, which a Welsh edition needs in Welsh.
  auto words = [&](const char* key, std::string& out) {
    if (auto v = r.words(node, key)) out = v->value;
  };
  text("area", info.area);
  words("service", info.service);
  words("service_kind", info.service_kind);
  text("isbn", info.isbn);
  text("lead_inspector", info.lead_inspector);
  text("programme_head", info.programme_head);
  text("chief_inspector", info.chief_inspector);
  if (auto d = r.year_month(node, "published")) info.published = *d;
  if (auto d = r.year_month(node, "fieldwork_started")) info.fieldwork_started = *d;
  info.joint_inspectorates = r.string_list(node, "joint_inspectorates", true, &YamlReader::words_of);
  if (node["publisher"]) info.publisher = read_address(r, node["publisher"], "'publisher'");
  if (node["back_cover"]) info.back_cover = read_address(r, node["back_cover"], "'back_cover'");
  return info;
}

ComparedFigure read_compared(YamlReader& r, const YamlNode& map, const std::string& key, bool percent) {
  ComparedFigure figure;
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    r.report_missing(map, key);
    return figure;
  }
  if (!check(r, node, "'" + key + "'", "compared")) return figure;
  auto read = [&](const char* field) {
    return percent ? r.percent_of(node[field], key + "." + field) : r.number_of(node[field], key + "." + field);
  };
  if (node["area"])
    if (auto v = read("area")) figure.area = v->value;
  if (node["national"])
    if (auto v = read("national")) figure.national = v->value;
  if (auto s = r.text(node, "source", false)) figure.source = *s;
  return figure;
}

CaseloadTable read_caseload_table(YamlReader& r, const YamlNode& node, const std::string& dimension) {
  CaseloadTable table;
  table.dimension = dimension;
  const std::vector<std::string> groups = keys("caseload_" + dimension).allowed();
  if (!r.check_map(node, "'caseload." + dimension + "'", groups, groups)) return table;
  for (const auto& group : groups) {
    const YamlNode pair = node[group];
    if (!pair.IsDefined()) continue;
    if (!pair.IsSequence() || pair.size() != 2) {
      r.error(pair, "wrong-type",
              "expected [area %, national %] for caseload " + dimension + " '" + group + "', found " +
                  load_detail::describe_node(pair));
      continue;
    }
    CaseloadRow row;
    row.group = group;
    if (auto v = r.percent_of(pair[0], "the area's " + group + " share")) row.area = *v;
    if (auto v = r.percent_of(pair[1], "the national " + group + " share")) row.national = *v;
    table.rows.push_back(row);
  }
  return table;
}

// Every dimension's shares of one caseload may fall short of 100% (unrecorded groups), never exceed it.
void check_caseload_total(YamlReader& r, const CaseloadTable& table, const YamlNode& node) {
  double area = 0, national = 0;
  for (const auto& row : table.rows) {
    area += row.area.value;
    national += row.national.value;
  }
  if (area > 100.5 || national > 100.5)
    r.error(node, "shares-exceed-total",
            "caseload " + table.dimension + " shares add up to more than 100% (area " + std::to_string(area) +
                ", national " + std::to_string(national) + ")");
}

KeyFacts read_key_facts(YamlReader& r, const YamlNode& node) {
  KeyFacts facts;
  if (!check(r, node, "'key_facts'", "key_facts")) return facts;
  facts.first_time_entrants = read_compared(r, node, "first_time_entrants", false);
  facts.reoffending = read_compared(r, node, "reoffending", true);
  if (const YamlNode caseload = node["caseload"];
      caseload && check(r, caseload, "'caseload'", "caseload")) {
    if (auto s = r.text(caseload, "source")) facts.caseload_source = *s;
    for (const std::string dimension : {"age", "ethnicity", "gender"}) {
      if (!caseload[dimension]) continue;
      facts.caseload.push_back(read_caseload_table(r, caseload[dimension], dimension));
      check_caseload_total(r, facts.caseload.back(), caseload[dimension]);
    }
  }
  if (const YamlNode population = node["population"];
      population && check(r, population, "'population'", "population")) {
    if (population["sources"] && r.check_sequence(population["sources"], "'sources'"))
      for (const auto& s : population["sources"])
        if (auto t = r.text_of(s, "a population source")) facts.population_sources.push_back(*t);
    if (population["areas"] && r.check_sequence(population["areas"], "'areas'")) {
      for (const auto& a : population["areas"]) {
        if (!check(r, a, "a population area", "population_area")) continue;
        PopulationArea area;
        if (auto n = r.text(a, "name")) area.name = n->value;
        if (auto t = r.integer(a, "total", 0, 100000000)) area.total = t->value;
        if (a["youth_percent"])
          if (auto p = r.percent_of(a["youth_percent"], "youth_percent")) area.youth_percent = *p;
        if (a["bme_youth_percent"])
          if (auto p = r.percent_of(a["bme_youth_percent"], "bme_youth_percent")) area.bme_youth_percent = *p;
        facts.population.push_back(area);
      }
    }
  }
  return facts;
}

StandardData read_standard(YamlReader& r, const YamlNode& node) {
  StandardData standard;
  if (!check(r, node, "a standard", "standard")) return standard;
  if (auto n = r.text(node, "number")) standard.number = *n;
  if (auto rating = r.text(node, "rating", false)) standard.rating = *rating;
  if (const YamlNode kqs = node["key_questions"]) {
    if (kqs.IsMap()) {
      for (const auto& entry : kqs)
        if (auto p = r.integer_of(entry.second, "the '% yes' of " + entry.first.Scalar(), 0, 100))
          standard.published_percent[entry.first.Scalar()] = *p;
        else
          standard.figures_refused = true;
    } else {
      standard.figures_refused = true;
      r.error(kqs, "wrong-type",
              "expected a map of key question to '% yes' for 'key_questions', found " + load_detail::describe_node(kqs));
    }
  }
  if (node["discretion"]) standard.discretion = r.markdown(node, "discretion");
  standard.narrative = r.markdown(node, "narrative");
  return standard;
}

DomainData read_domain(YamlReader& r, const YamlNode& node) {
  DomainData domain;
  // A domain not rated has its number and the reason only.
  const bool not_rated = node.IsMap() && node["not_rated"];
  const KeyMap& table = keys("domain");
  const std::vector<std::string> required = not_rated ? std::vector<std::string>{"number"} : table.required();
  if (!r.check_map(node, table.what, table.allowed(), required)) return domain;
  if (auto n = r.integer(node, "number", 1, 9)) domain.number = *n;
  if (not_rated) {
    domain.not_rated = r.markdown(node, "not_rated");
    for (const char* key : {"key_findings", "standards", "summary"})
      if (node[key]) r.error(node[key], "not-rated-with-findings", std::string("a domain that was not rated has no '") + key + "'");
    return domain;
  }
  domain.key_findings = read_items(r, node, "key_findings", "key finding");
  if (const YamlNode standards = node["standards"]; standards && r.check_sequence(standards, "'standards'")) {
    domain.standards_pos = r.pos(standards);
    for (const auto& s : standards) domain.standards.push_back(read_standard(r, s));
  }
  if (const YamlNode summary = node["summary"];
      summary && check(r, summary, "'summary'", "summary")) {
    domain.summary.strengths = r.markdown_list(summary, "strengths");
    domain.summary.improvements = r.markdown_list(summary, "improvements");
    // Either list may be empty (its lead-in is then left out), not both: "Summary" would head nothing.
    if (domain.summary.strengths.empty() && domain.summary.improvements.empty() && summary["strengths"] &&
        summary["improvements"])
      r.error(summary, "empty-list", "'summary' lists neither a strength nor an area for improvement");
  }
  return domain;
}

// One case sample: how many cases were examined and, where the report prints it, what share of
// the selection they were. Which samples a framework has is its rules' business (score/ checks).
CaseSample read_sample(YamlReader& r, const YamlNode& key, const YamlNode& node) {
  CaseSample sample;
  sample.key = {key.Scalar(), r.pos(key)};
  if (!check(r, node, "'" + key.Scalar() + "'", "sample")) return sample;
  if (auto c = r.integer(node, "cases", 0, 100000)) sample.cases = *c;
  if (node["sample_percent"])
    if (auto p = r.integer(node, "sample_percent", 0, 100)) sample.sample_percent = *p;
  return sample;
}

Methodology read_methodology(YamlReader& r, const YamlNode& node) {
  Methodology m;
  // Any key may name a sample here (the rules say which a framework has, and score/ checks them);
  // check_map still reports a key written twice and a missing organisational_delivery.
  std::vector<std::string> allowed = keys("methodology").allowed();
  if (node.IsMap())
    for (const auto& entry : node) allowed.push_back(entry.first.Scalar());
  if (!r.check_map(node, "'methodology'", allowed, keys("methodology").required())) return m;
  m.pos = r.pos(node);
  m.organisational_delivery = r.markdown(node, "organisational_delivery");
  for (const auto& entry : node)
    if (entry.first.Scalar() != "organisational_delivery") m.samples.push_back(read_sample(r, entry.first, entry.second));
  return m;
}

}  // namespace

}  // namespace quire::load_detail

namespace quire {

void DomainRatedFamily::read(load_detail::YamlReader& r, const load_detail::YamlNode& root, Report& out) {
  using namespace load_detail;
  if (root["report"]) out.report = read_report(r, root["report"]);
  if (auto rating = r.text(root, "overall_rating", false)) out.overall_rating = *rating;
  out.foreword = r.markdown(root, "foreword");
  if (root["recommendations"]) out.recommendations = read_recommendations(r, root["recommendations"]);
  out.introduction = r.markdown(root, "introduction");
  if (root["key_facts"]) out.key_facts = read_key_facts(r, root["key_facts"]);
  if (const YamlNode domains = root["domains"]; domains && r.check_sequence(domains, "'domains'")) {
    out.domains_pos = r.pos(domains);
    for (const auto& d : domains) out.domains.push_back(read_domain(r, d));
  }
  if (root["methodology"]) out.methodology = read_methodology(r, root["methodology"]);
}

}  // namespace quire
