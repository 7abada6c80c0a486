// Reads the fji family's own content. The schema is documented in the README.
#include "families/fji/family.hpp"
#include "families/fji/read.hpp"
#include "load/family_readers.hpp"
#include "load/key_check.hpp"

namespace quire::load_detail {

namespace {

FjiReportInfo read_report(YamlReader& r, const YamlNode& node) {
  FjiReportInfo info;
  if (!check_keys(r, node, "'report'", "fji", "report")) return info;
  if (auto v = r.text(node, "area")) info.area = v->value;
  if (auto v = r.text(node, "isbn")) info.isbn = v->value;
  if (auto v = r.text(node, "chief_inspector")) info.chief_inspector = v->value;
  if (auto d = r.year_month(node, "published")) info.published = *d;
  if (node["contact"]) info.contact = read_address(r, node["contact"], "'contact'");
  if (node["back_cover"]) info.back_cover = read_address(r, node["back_cover"], "'back_cover'");
  return info;
}

// Appendix 2: how many cases were inspected, and this inspection's note on its consultation.
void read_case_sample(YamlReader& r, const YamlNode& node, FjiReport& out) {
  if (!check_keys(r, node, "'case_sample'", "fji", "case_sample")) return;
  if (auto c = r.integer(node, "cases", 1, 100000)) out.cases_inspected = *c;
  if (node["note"]) out.sample_note = r.markdown(node, "note");
}

void read_themes(YamlReader& r, const YamlNode& node, FjiReport& out) {
  out.themes_pos = r.pos(node);
  if (!r.check_sequence(node, "'themes'")) return;
  for (const auto& t : node) out.themes.push_back(read_fji_theme(r, t));
  if (out.themes.empty()) r.error(node, "empty-list", "'themes' lists no theme");
}

}  // namespace

}  // namespace quire::load_detail

namespace quire {

void FjiFamily::read(load_detail::YamlReader& r, const load_detail::YamlNode& root, Report& out) {
  using namespace load_detail;
  if (root["report"]) out.report = read_report(r, root["report"]);
  out.foreword = r.markdown(root, "foreword");
  if (root["recommendations"]) out.recommendations = read_recommendations(r, root["recommendations"]);
  if (root["themes"]) read_themes(r, root["themes"], out);
  out.area_context = r.markdown(root, "area_context");
  if (root["indicators"]) out.indicators = read_fji_indicators(r, root["indicators"]);
  if (root["case_sample"]) read_case_sample(r, root["case_sample"], out);
  if (root["acknowledgements"]) out.acknowledgements = read_fji_acknowledgements(r, root["acknowledgements"]);
  if (root["fieldwork"]) out.fieldwork = read_fji_fieldwork(r, root["fieldwork"]);
}

}  // namespace quire
