// Reads data/rules/cci-*.yaml: comment bands, sections, criteria, questions and headlines.
#include "families/cci/read_rules.hpp"

#include <algorithm>
#include <set>

#include "load/yaml_file.hpp"
#include "load/yaml_reader.hpp"

namespace quire {

using load_detail::YamlNode;
using load_detail::YamlReader;

namespace {

void read_comments(YamlReader& r, const YamlNode& node, CciRules& rules) {
  if (!r.check_map(node, "'comments'", {"words", "bands"}, {"words", "bands"})) return;
  rules.words = load_detail::provenance_in(r, node["words"]);
  if (!r.check_sequence(node["bands"], "'bands'")) return;
  for (const auto& b : node["bands"]) {
    if (!r.check_map(b, "a comment band", {"comment", "min_percent", "provenance"},
                     {"comment", "min_percent", "provenance"}))
      continue;
    CommentBand band;
    if (auto c = r.text(b, "comment")) band.comment = c->value;
    if (auto m = r.integer(b, "min_percent", 0, 100)) band.min_percent = m->value;
    band.provenance = load_detail::read_provenance(r, b);
    if (!rules.comments.empty() && band.min_percent >= rules.comments.back().min_percent)
      r.error(b, "bands-out-of-order", "comment bands must be listed highest first, each below the one before");
    for (const auto& earlier : rules.comments)
      if (earlier.comment == band.comment) r.error(b, "duplicate-band", "comment '" + band.comment + "' appears twice");
    rules.comments.push_back(band);
  }
  if (rules.comments.empty() || rules.comments.back().min_percent != 0)
    r.error(node["bands"], "bands-incomplete", "the lowest comment band must start at 0 so every score has a comment");
}

CciCriterionRule read_criterion(YamlReader& r, const YamlNode& node, int section, std::set<std::string>& seen) {
  CciCriterionRule c;
  if (!r.check_map(node, "a general criterion", {"number", "questions"}, {"number", "questions"})) return c;
  if (auto n = r.text(node, "number")) {
    c.number = n->value;
    if (c.number.rfind(std::to_string(section) + ".", 0) != 0)
      r.error_at(n->pos, "criterion-in-wrong-section",
                 "criterion " + c.number + " is listed under section " + std::to_string(section));
  }
  if (!r.check_sequence(node["questions"], "'questions'")) return c;
  for (const auto& q : node["questions"]) {
    if (!r.check_map(q, "a question", {"id", "about", "informs"}, {"id", "about"})) continue;
    CciQuestion question;
    if (auto id = r.text(q, "id")) {
      question.id = id->value;
      if (question.id.rfind(c.number + ".", 0) != 0)
        r.error_at(id->pos, "question-in-wrong-criterion", "question " + question.id + " is listed under " + c.number);
      if (!seen.insert(question.id).second)
        r.error_at(id->pos, "duplicate-question", "question " + question.id + " appears twice");
    }
    if (auto a = r.text(q, "about")) question.about = a->value;
    if (q["informs"]) question.informs = r.string_list(q, "informs");
    c.questions.push_back(std::move(question));
  }
  if (c.questions.empty()) r.error(node, "empty-list", "criterion " + c.number + " has no questions");
  return c;
}

CciSectionRule read_section(YamlReader& r, const YamlNode& node, std::set<std::string>& seen) {
  CciSectionRule s;
  if (!r.check_map(node, "a section", {"number", "key", "criteria"}, {"number", "key", "criteria"})) return s;
  if (auto n = r.integer(node, "number", 1, 9)) s.number = n->value;
  if (auto k = r.text(node, "key")) s.key = k->value;
  if (r.check_sequence(node["criteria"], "'criteria'"))
    for (const auto& c : node["criteria"]) s.criteria.push_back(read_criterion(r, c, s.number, seen));
  return s;
}

// Every headline a question informs is declared, and every declared headline is informed.
void check_headlines(YamlReader& r, const YamlNode& root, const CciRules& rules) {
  std::set<std::string> informed;
  for (const auto& s : rules.sections)
    for (const auto& c : s.criteria)
      for (const auto& q : c.questions)
        for (const auto& h : q.informs) {
          informed.insert(h);
          if (!rules.find_headline(h))
            r.error(root["sections"], "unknown-headline", "question " + q.id + " informs '" + h + "', not a headline");
        }
  for (const auto& h : rules.headlines)
    if (!informed.count(h.key))
      r.error(root["headlines"], "headline-without-questions", "no question informs the headline '" + h.key + "'");
}

void read_body(YamlReader& r, const YamlNode& root, CciRules& rules) {
  if (auto v = r.text(root, "name")) rules.name = v->value;
  if (auto v = r.text(root, "family")) rules.family = v->value;
  if (auto v = r.text(root, "title")) rules.title = v->value;
  if (const YamlNode p = root["pooling"]; p && r.check_map(p, "'pooling'", {"provenance"}, {"provenance"}))
    rules.pooling = load_detail::read_provenance(r, p);
  if (root["comments"]) read_comments(r, root["comments"], rules);
  if (const YamlNode f = root["foreword"];
      f && r.check_map(f, "'foreword'", {"stress_below_percent", "provenance"}, {"stress_below_percent", "provenance"})) {
    if (auto v = r.integer(f, "stress_below_percent", 0, 100)) rules.foreword.stress_below_percent = v->value;
    rules.foreword.provenance = load_detail::read_provenance(r, f);
  }
  if (const YamlNode m = root["sample"]; m && r.check_map(m, "'sample'", {"min_cases", "max_cases", "provenance"},
                                                             {"min_cases", "max_cases", "provenance"})) {
    if (auto v = r.integer(m, "min_cases", 1, 100000)) rules.sample.min_cases = v->value;
    if (auto v = r.integer(m, "max_cases", 1, 100000)) rules.sample.max_cases = v->value;
    if (rules.sample.max_cases < rules.sample.min_cases)
      r.error(m, "bad-range", "'sample': max_cases is below min_cases");
    rules.sample.provenance = load_detail::read_provenance(r, m);
  }
  if (const YamlNode c = root["comparison"];
      c && r.check_map(c, "'comparison'", {"scope", "provenance"}, {"scope", "provenance"})) {
    if (auto s = r.text(c, "scope")) {
      rules.comparison.scope = s->value;
      if (s->value != "published_before" && s->value != "published_up_to")
        r.error_at(s->pos, "unknown-scope",
                   "expected 'published_before' or 'published_up_to' for 'scope', found '" + s->value + "'");
    }
    rules.comparison.provenance = load_detail::read_provenance(r, c);
  }
  if (const YamlNode hs = root["headlines"]; hs && r.check_sequence(hs, "'headlines'"))
    for (const auto& h : hs) {
      if (!r.check_map(h, "a headline", {"key", "provenance"}, {"key", "provenance"})) continue;
      CciHeadlineRule headline;
      if (auto k = r.text(h, "key")) headline.key = k->value;
      headline.provenance = load_detail::read_provenance(r, h);
      rules.headlines.push_back(headline);
    }
  std::set<std::string> seen;
  if (const YamlNode ss = root["sections"]; ss && r.check_sequence(ss, "'sections'"))
    for (const auto& s : ss) rules.sections.push_back(read_section(r, s, seen));
}

}  // namespace

std::optional<CciRules> load_cci_rules(const std::filesystem::path& path, Diagnostics& diags, const SourcePos& named_at) {
  const std::string file = path.string();
  auto yaml = load_detail::open_yaml(path, diags);
  if (!yaml) return std::nullopt;
  const YamlNode* root = &yaml->root;
  YamlReader r(file, yaml->source, diags);
  // Another family's rules fail every check below; say the one thing that matters instead.
  if (root->IsMap() && (*root)["family"] && (*root)["family"].IsScalar() && (*root)["family"].Scalar() != "cci") {
    const std::string name = (*root)["name"] && (*root)["name"].IsScalar() ? (*root)["name"].Scalar() : path.stem().string();
    diags.error(named_at.file.empty() ? r.pos((*root)["family"]) : named_at, "rules-for-other-family",
                "rules '" + name + "' are for family '" + (*root)["family"].Scalar() + "', not 'cci'");
    return std::nullopt;
  }
  const std::vector<std::string> keys = {"name",       "family",    "title",    "pooling", "comments",
                                         "foreword",   "comparison", "headlines", "sections", "sample"};
  const std::size_t before = diags.error_count();
  if (!r.check_map(*root, "the rules", keys, keys)) return std::nullopt;
  CciRules rules;
  rules.file = file;
  read_body(r, *root, rules);
  check_headlines(r, *root, rules);
  if (diags.error_count() > before) return std::nullopt;
  return rules;
}

}  // namespace quire
