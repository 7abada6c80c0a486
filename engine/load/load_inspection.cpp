// Reads an inspection's YAML into the model. The schema is documented in the README.
#include <filesystem>

#include "base/files.hpp"
#include "base/text.hpp"
#include "load/case_csv.hpp"
#include "load/load.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlReader;
namespace fs = std::filesystem;

namespace {

PostalAddress read_address(YamlReader& r, const YAML::Node& node, std::string_view what) {
  PostalAddress address;
  if (!r.check_map(node, what, {"name", "address"}, {"name", "address"})) return address;
  if (auto name = r.text(node, "name")) address.name = name->value;
  address.lines = r.string_list(node, "address");
  return address;
}

ReportInfo read_report(YamlReader& r, const YAML::Node& node) {
  ReportInfo info;
  const std::vector<std::string> keys = {"area", "service", "service_kind", "published", "fieldwork_started",
                                         "isbn", "lead_inspector", "programme_head", "joint_inspectorates",
                                         "chief_inspector", "publisher", "back_cover"};
  if (!r.check_map(node, "'report'", keys, keys)) return info;
  auto text = [&](const char* key, std::string& out) {
    if (auto v = r.text(node, key)) out = v->value;
  };
  text("area", info.area);
  text("service", info.service);
  text("service_kind", info.service_kind);
  text("isbn", info.isbn);
  text("lead_inspector", info.lead_inspector);
  text("programme_head", info.programme_head);
  text("chief_inspector", info.chief_inspector);
  if (auto d = r.year_month(node, "published")) info.published = *d;
  if (auto d = r.year_month(node, "fieldwork_started")) info.fieldwork_started = *d;
  info.joint_inspectorates = r.string_list(node, "joint_inspectorates");
  if (node["publisher"]) info.publisher = read_address(r, node["publisher"], "'publisher'");
  if (node["back_cover"]) info.back_cover = read_address(r, node["back_cover"], "'back_cover'");
  return info;
}

std::vector<RecommendationGroup> read_recommendations(YamlReader& r, const YAML::Node& node) {
  std::vector<RecommendationGroup> groups;
  if (!r.check_sequence(node, "'recommendations'")) return groups;
  for (const auto& item : node) {
    RecommendationGroup group;
    if (!r.check_map(item, "a recommendation group", {"owner", "actions"}, {})) continue;
    if (auto owner = r.text(item, "owner", false)) {
      group.owner = *owner;
      if (trim(owner->value).empty())
        r.error_at(owner->pos, "recommendation-without-owner", "a recommendation group's 'owner' is empty");
    } else {
      r.error(item, "recommendation-without-owner",
              "recommendations must name who is responsible: add 'owner' (e.g. 'The Management Board')");
    }
    group.actions = r.markdown_list(item, "actions");
    if (item["actions"] && group.actions.empty())
      r.error(item["actions"], "empty-list", "a recommendation group needs at least one action");
    groups.push_back(std::move(group));
  }
  return groups;
}

ComparedFigure read_compared(YamlReader& r, const YAML::Node& map, const std::string& key, bool percent) {
  ComparedFigure figure;
  const YAML::Node node = map[key];
  if (!node.IsDefined()) {
    r.error(map, "missing-key", "missing required key '" + key + "'");
    return figure;
  }
  if (!r.check_map(node, "'" + key + "'", {"area", "national", "source"}, {"area", "national", "source"}))
    return figure;
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

CaseloadTable read_caseload_table(YamlReader& r, const YAML::Node& node, const std::string& dimension,
                                  const std::vector<std::string>& groups) {
  CaseloadTable table;
  table.dimension = dimension;
  if (!r.check_map(node, "'caseload." + dimension + "'", groups, groups)) return table;
  for (const auto& group : groups) {
    const YAML::Node pair = node[group];
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
void check_caseload_total(YamlReader& r, const CaseloadTable& table, const YAML::Node& node) {
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

KeyFacts read_key_facts(YamlReader& r, const YAML::Node& node) {
  KeyFacts facts;
  const std::vector<std::string> keys = {"first_time_entrants", "reoffending", "caseload", "population"};
  if (!r.check_map(node, "'key_facts'", keys, keys)) return facts;
  facts.first_time_entrants = read_compared(r, node, "first_time_entrants", false);
  facts.reoffending = read_compared(r, node, "reoffending", true);
  if (const YAML::Node caseload = node["caseload"];
      caseload && r.check_map(caseload, "'caseload'", {"source", "age", "ethnicity", "gender"},
                              {"source", "age", "ethnicity", "gender"})) {
    if (auto s = r.text(caseload, "source")) facts.caseload_source = *s;
    const std::pair<const char*, std::vector<std::string>> dimensions[] = {
        {"age", {"10-14", "15-17"}}, {"ethnicity", {"white", "bme"}}, {"gender", {"male", "female"}}};
    for (const auto& [dimension, groups] : dimensions) {
      if (!caseload[dimension]) continue;
      facts.caseload.push_back(read_caseload_table(r, caseload[dimension], dimension, groups));
      check_caseload_total(r, facts.caseload.back(), caseload[dimension]);
    }
  }
  if (const YAML::Node population = node["population"];
      population && r.check_map(population, "'population'", {"sources", "areas"}, {"sources", "areas"})) {
    if (population["sources"] && r.check_sequence(population["sources"], "'sources'"))
      for (const auto& s : population["sources"])
        if (auto t = r.text_of(s, "a population source")) facts.population_sources.push_back(*t);
    if (population["areas"] && r.check_sequence(population["areas"], "'areas'")) {
      for (const auto& a : population["areas"]) {
        const std::vector<std::string> fields = {"name", "total", "youth_percent", "bme_youth_percent"};
        if (!r.check_map(a, "a population area", fields, fields)) continue;
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

std::vector<Footnote> read_footnotes(YamlReader& r, const YAML::Node& node) {
  std::vector<Footnote> notes;
  if (!node.IsMap()) {
    r.error(node, "wrong-type", "expected a map of footnote ids to text for 'footnotes', found " +
                                    load_detail::describe_node(node));
    return notes;
  }
  for (const auto& entry : node) {
    Footnote note;
    note.id = entry.first.Scalar();
    note.text = r.markdown_of(entry.second, "footnote '" + note.id + "'");
    notes.push_back(std::move(note));
  }
  return notes;
}

StandardData read_standard(YamlReader& r, const YAML::Node& node) {
  StandardData standard;
  if (!r.check_map(node, "a standard", {"number", "rating", "key_questions", "discretion", "narrative"},
                   {"number", "narrative"}))
    return standard;
  if (auto n = r.text(node, "number")) standard.number = *n;
  if (auto rating = r.text(node, "rating", false)) standard.rating = *rating;
  if (const YAML::Node kqs = node["key_questions"]) {
    if (kqs.IsMap()) {
      for (const auto& entry : kqs)
        if (auto p = r.integer_of(entry.second, "the '% yes' of " + entry.first.Scalar(), 0, 100))
          standard.published_percent[entry.first.Scalar()] = *p;
    } else {
      r.error(kqs, "wrong-type",
              "expected a map of key question to '% yes' for 'key_questions', found " + load_detail::describe_node(kqs));
    }
  }
  if (node["discretion"]) standard.discretion = r.markdown(node, "discretion");
  standard.narrative = r.markdown(node, "narrative");
  return standard;
}

DomainData read_domain(YamlReader& r, const YAML::Node& node) {
  DomainData domain;
  const std::vector<std::string> keys = {"number", "key_findings", "standards", "summary"};
  if (!r.check_map(node, "a domain", keys, keys)) return domain;
  if (auto n = r.integer(node, "number", 1, 9)) domain.number = *n;
  domain.key_findings = r.markdown_list(node, "key_findings");
  if (const YAML::Node standards = node["standards"]; standards && r.check_sequence(standards, "'standards'"))
    for (const auto& s : standards) domain.standards.push_back(read_standard(r, s));
  if (const YAML::Node summary = node["summary"];
      summary && r.check_map(summary, "'summary'", {"strengths", "improvements"}, {"strengths", "improvements"})) {
    domain.summary.strengths = r.markdown_list(summary, "strengths");
    domain.summary.improvements = r.markdown_list(summary, "improvements");
  }
  return domain;
}

CaseSample read_sample(YamlReader& r, const YAML::Node& map, const std::string& key) {
  CaseSample sample;
  const YAML::Node node = map[key];
  if (!node.IsDefined()) return sample;
  if (!r.check_map(node, "'" + key + "'", {"cases", "sample_percent"}, {"cases", "sample_percent"})) return sample;
  if (auto c = r.integer(node, "cases", 0, 100000)) sample.cases = *c;
  if (auto p = r.integer(node, "sample_percent", 0, 100)) sample.sample_percent = *p;
  return sample;
}

Methodology read_methodology(YamlReader& r, const YAML::Node& node) {
  Methodology m;
  const std::vector<std::string> keys = {"organisational_delivery", "court_disposals", "out_of_court_disposals"};
  if (!r.check_map(node, "'methodology'", keys, keys)) return m;
  m.organisational_delivery = r.markdown(node, "organisational_delivery");
  m.court_disposals = read_sample(r, node, "court_disposals");
  m.out_of_court_disposals = read_sample(r, node, "out_of_court_disposals");
  return m;
}

const std::vector<std::string> kTopLevelKeys = {
    "family", "rules", "cases", "report", "overall_rating", "foreword", "recommendations", "introduction",
    "key_facts", "footnotes", "domains", "methodology", "glossary"};
const std::vector<std::string> kRequiredKeys = {
    "family", "rules", "report", "foreword", "recommendations", "introduction", "key_facts", "domains",
    "methodology", "glossary"};

void read_body(YamlReader& r, const YAML::Node& root, Inspection& in) {
  if (auto rules = r.text(root, "rules")) in.rules = *rules;
  if (root["report"]) in.report = read_report(r, root["report"]);
  if (auto rating = r.text(root, "overall_rating", false)) in.overall_rating = *rating;
  in.foreword = r.markdown(root, "foreword");
  if (root["recommendations"]) in.recommendations = read_recommendations(r, root["recommendations"]);
  in.introduction = r.markdown(root, "introduction");
  if (root["key_facts"]) in.key_facts = read_key_facts(r, root["key_facts"]);
  if (root["footnotes"]) in.footnotes = read_footnotes(r, root["footnotes"]);
  if (const YAML::Node domains = root["domains"]; domains && r.check_sequence(domains, "'domains'"))
    for (const auto& d : domains) in.domains.push_back(read_domain(r, d));
  if (root["methodology"]) in.methodology = read_methodology(r, root["methodology"]);
  if (const YAML::Node glossary = root["glossary"]; glossary && r.check_sequence(glossary, "'glossary'"))
    for (const auto& g : glossary)
      if (auto id = r.text_of(g, "a glossary id")) in.glossary.push_back(*id);
}

}  // namespace

std::optional<Inspection> load_inspection(const fs::path& path, Diagnostics& diags) {
  const std::string file = path.string();
  std::string source;
  try {
    source = read_file(path);
  } catch (const FileError& e) {
    diags.error(SourcePos{file, 0, 0}, "cannot-read", e.what());
    return std::nullopt;
  }
  if (auto bad = find_invalid_utf8(source)) {
    const LineColumn lc = line_column_at(source, *bad);
    diags.error(SourcePos{file, lc.line, lc.column}, "invalid-utf8",
                "invalid UTF-8 at byte " + std::to_string(*bad) + "; save the file as UTF-8");
    return std::nullopt;
  }
  auto root = load_detail::parse_yaml(file, source, diags);
  if (!root) return std::nullopt;
  YamlReader r(file, source, diags);
  if (!r.check_map(*root, "the inspection", kTopLevelKeys, kRequiredKeys)) return std::nullopt;

  Inspection in;
  in.source_file = file;
  if (auto family = r.text(*root, "family")) {
    if (auto f = family_from_name(family->value)) {
      in.family = *f;
      if (*f != Family::domain_rated)
        r.error_at(family->pos, "family-not-supported",
                   "family '" + family->value + "' is not supported yet; this version renders 'domain-rated'");
    } else {
      r.error_at(family->pos, "unknown-family",
                 "unknown family '" + family->value + "'; expected one of fji, sqs, cci, domain-rated");
    }
  }
  read_body(r, *root, in);
  if (auto cases = r.text(*root, "cases", false)) {
    in.cases_file = *cases;
    const fs::path csv = path.parent_path() / cases->value;
    in.cases = load_case_answers(csv, cases->pos, diags);
  }
  return in;
}

}  // namespace quire
