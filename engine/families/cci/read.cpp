// Reads a CCI inspection's own content. The schema is documented in the README.
#include "base/text.hpp"
#include "families/cci/family.hpp"
#include "families/cci/read.hpp"
#include "load/family_readers.hpp"
#include "load/key_check.hpp"

namespace quire::load_detail {

namespace {

CciReportInfo read_report(YamlReader& r, const YamlNode& node) {
  CciReportInfo info;
  if (!check_keys(r, node, "'report'", "cci", "report")) return info;
  auto text = [&](const char* key, std::string& out) {
    if (auto v = r.text(node, key)) out = v->value;
  };
  text("area", info.area);
  if (auto v = r.words(node, "service")) info.service = v->value;
  text("isbn", info.isbn);
  text("chief_inspector", info.chief_inspector);
  if (auto d = r.year_month(node, "published")) info.published = *d;
  if (auto d = r.year_month(node, "fieldwork")) info.fieldwork = *d;
  if (node["contact"]) info.contact = read_address(r, node["contact"], "'contact'");
  return info;
}

// Published headline percentages by headline key; the keys are checked against the rules later.
std::map<std::string, Located<int>> read_headline_scores(YamlReader& r, const YamlNode& node) {
  std::map<std::string, Located<int>> scores;
  if (!node.IsMap()) {
    r.error(node, "wrong-type",
            "expected a map of headline to published percentage for 'headline_scores', found " + describe_node(node));
    return scores;
  }
  for (const auto& entry : node)
    if (auto p = r.integer_of(entry.second, "the headline score '" + entry.first.Scalar() + "'", 0, 100))
      scores[entry.first.Scalar()] = *p;
  return scores;
}

std::vector<AcknowledgementRow> read_acknowledgements(YamlReader& r, const YamlNode& node) {
  std::vector<AcknowledgementRow> rows;
  if (!r.check_sequence(node, "'acknowledgements'")) return rows;
  for (const auto& item : node) {
    if (!check_keys(r, item, "an acknowledgement", "cci", "acknowledgement")) continue;
    AcknowledgementRow row;
    if (auto role = r.words(item, "role")) row.role = role->value;
    row.names = r.string_list(item, "names");
    if (item["names"] && item["names"].IsSequence() && row.names.empty())
      r.error(item["names"], "empty-list", "an acknowledgement needs at least one name");
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<CciRecommendation> read_cci_recommendations(YamlReader& r, const YamlNode& node) {
  std::vector<CciRecommendation> recs;
  if (!r.check_sequence(node, "'recommendations'")) return recs;
  for (const auto& item : node) {
    if (!check_keys(r, item, "a recommendation", "cci", "recommendation")) continue;
    CciRecommendation rec;
    if (auto owner = r.words(item, "owner", false)) {
      rec.owner = *owner;
      if (trim(owner->value).empty())
        r.error_at(owner->pos, "recommendation-without-owner", "a recommendation's 'owner' is empty");
    } else {
      r.error(item, "recommendation-without-owner",
              "a recommendation must name who is responsible: add 'owner' (e.g. 'Head of Service')");
    }
    rec.text = r.markdown(item, "text");
    recs.push_back(std::move(rec));
  }
  // The recommendations page's lead-in ("Changes are necessary ... in a higher proportion of
  // cases:") and the next steps' "addressing the recommendations" need at least one.
  if (recs.empty() && node.size() == 0) r.error(node, "empty-list", "'recommendations' lists no recommendation");
  return recs;
}

CciContext read_context(YamlReader& r, const YamlNode& node) {
  CciContext context;
  if (!check_keys(r, node, "'contextual_information'", "cci", "contextual_information")) return context;
  context.area = r.markdown(node, "area");
  context.service = r.markdown(node, "service");
  return context;
}

CciArrangements read_arrangements(YamlReader& r, const YamlNode& node) {
  CciArrangements a;
  if (!check_keys(r, node, "'arrangements'", "cci", "arrangements")) return a;
  if (auto c = r.integer(node, "cases", 1, 100000)) a.cases = *c;
  if (node["note"]) a.note = r.markdown(node, "note");
  if (node["sample_note"]) a.sample_note = r.markdown(node, "sample_note");
  return a;
}

}  // namespace

}  // namespace quire::load_detail

namespace quire {

void CciFamily::read(load_detail::YamlReader& r, const load_detail::YamlNode& root, Report& out) {
  using namespace load_detail;
  if (root["report"]) out.report = read_report(r, root["report"]);
  out.foreword = r.markdown(root, "foreword");
  if (root["headline_scores"]) {
    out.headline_scores = read_headline_scores(r, root["headline_scores"]);
    out.headline_scores_pos = r.pos(root["headline_scores"]);
  }
  if (root["programme"]) out.programme = read_programme(r, root["programme"]);
  if (root["acknowledgements"]) out.acknowledgements = read_acknowledgements(r, root["acknowledgements"]);
  if (root["recommendations"]) out.recommendations = read_cci_recommendations(r, root["recommendations"]);
  if (root["next_steps"]) out.next_steps = r.markdown(root, "next_steps");
  if (root["making_a_difference"]) out.practice_examples = read_practice_examples(r, root["making_a_difference"]);
  if (root["service_users"]) read_service_users(r, root["service_users"], out);
  if (root["sections"]) {
    out.sections = read_cci_sections(r, root["sections"]);
    if (root["sections"].IsSequence()) out.sections_pos = r.pos(root["sections"]);
  }
  if (root["contextual_information"]) out.context = read_context(r, root["contextual_information"]);
  if (root["arrangements"]) out.arrangements = read_arrangements(r, root["arrangements"]);
  if (root["case_characteristics"]) out.case_characteristics = r.markdown(root, "case_characteristics");
}

}  // namespace quire
