// The view of an FJI report (templates/fji/): report details, foreword, recommendations, contents
// and the appendices' data; the themes are built in fji_themes.cpp.
#include "families/fji/view.hpp"
#include "render_md/contents.hpp"
#include "render_md/markdown_escape.hpp"

namespace quire::render_detail {

const FjiRun& fji_run(const ViewHelpers& h) { return std::get<FjiRun>(h.in().run); }
const FjiReport& fji_report(const ViewHelpers& h) { return std::get<FjiReport>(h.in().inspection.body); }

std::string fill_label(const ViewHelpers& h, const std::string& key,
                       const std::vector<std::pair<std::string, std::string>>& values) {
  Data context;
  for (const auto& [name, value] : values) context.set(name, value);
  kainjow::mustache::mustache tmpl(h.label(key));
  tmpl.set_custom_escape([](const std::string& s) { return escape_markdown(s); });
  const TemplateSet no_templates;
  StrictContext strict(&context, no_templates, h.in().labels);
  std::string out = tmpl.render(strict);
  const SourcePos where{h.in().labels.file(), 0, 0};
  if (!tmpl.is_valid())
    h.diags().error(where, "template-syntax", "label '" + key + "' is not a valid template: " + tmpl.error_message());
  for (const auto& missing : strict.missing_keys())
    h.diags().error(where, "template-missing-key",
                    "label '" + key + "' names '" + missing + "', which is not available where it is used");
  return out;
}

namespace {

Data address(const PostalAddress& a) {
  Data d;
  d.set("name", a.name);
  Data lines{Data::type::list};
  for (const auto& line : a.lines) lines.push_back(Data("line", line));
  d.set("lines", lines);
  return d;
}

void add_report_info(const ViewHelpers& h, Data& view) {
  const FjiReportInfo& r = fji_report(h).report;
  view.set("area", r.area);
  view.set("published_month_year", h.in().labels.month_year(r.published.value.year, r.published.value.month));
  view.set("isbn", r.isbn);
  view.set("chief_inspector", r.chief_inspector);
  view.set("contact", address(r.contact));
  view.set("back_cover", address(r.back_cover));
}

// Numbered continuously in the order given, each followed by who is responsible.
Data recommendations(const FjiReport& report) {
  Data list{Data::type::list};
  int number = 0;
  for (const auto& g : report.recommendations)
    for (const auto& a : g.actions) {
      Data item;
      item.set("number", std::to_string(++number));
      item.set("text", a.text);
      item.set("owner", g.owner.value);
      list.push_back(item);
    }
  return list;
}

Data contents(const ViewHelpers& h, const std::vector<std::pair<std::string, std::string>>& appendices) {
  ContentsBuilder toc;
  for (const char* key : {"common.foreword", "fji.summary.heading", "common.recommendations", "common.contents"})
    toc.add(1, h.label(key));
  for (const auto& rule : fji_run(h).rules.themes) toc.add(1, fji_theme_heading(h, rule));
  for (const auto& [key, heading] : appendices) toc.add(1, heading);
  return toc.entries();
}

// The scored themes' names for the appendices' lists, the last marked (it ends the sentence).
Data core_themes(const ViewHelpers& h) {
  Data list{Data::type::list};
  std::vector<const FjiThemeRule*> scored;
  for (const auto& rule : fji_run(h).rules.themes)
    if (!rule.judged) scored.push_back(&rule);
  for (std::size_t i = 0; i < scored.size(); ++i) {
    Data item;
    item.set("name", h.label("fji.theme." + scored[i]->key + ".name"));
    item.set("core", h.label("fji.theme." + scored[i]->key + ".core"));
    item.set("last", i + 1 == scored.size());
    list.push_back(item);
  }
  return list;
}

Data footnotes(const ViewHelpers& h) {
  Data list{Data::type::list};
  for (const auto& f : h.in().inspection.footnotes) {
    Data note;
    note.set("id", f.id);
    note.set("text", f.text.text);
    list.push_back(note);
  }
  return list;
}

void add_appendices(const ViewHelpers& h, Data& view, const std::vector<std::pair<std::string, std::string>>& headings) {
  const FjiReport& report = fji_report(h);
  Data appendix;
  for (const auto& [key, heading] : headings) appendix.set(key, heading);
  view.set("appendix", appendix);
  view.set("area_context", report.area_context.text);
  view.set("indicators", fji_indicators(h));
  view.set("cases", std::to_string(report.cases_inspected.value));
  view.set("has_sample_note", report.sample_note.has_value());
  view.set("sample_note", report.sample_note ? report.sample_note->text : std::string());
  view.set("acknowledgements", fji_acknowledgements(h));
  view.set("fieldwork", fji_fieldwork(h));
  view.set("core_themes", core_themes(h));
  view.set("scoring_rows", fji_scoring_rows(h));
  view.set("has_glossary", !h.in().inspection.glossary.empty());
  view.set("glossary", h.glossary_rows());
}

}  // namespace

Data family_view(const ViewHelpers& h, const FjiRun& /*run*/) {
  const FjiReport& report = fji_report(h);
  const auto appendices = fji_appendix_headings(h);
  Data view;
  add_report_info(h, view);
  view.set("foreword", report.foreword.text);
  view.set("recommendations", recommendations(report));
  view.set("contents", contents(h, appendices));
  view.set("themes", fji_themes(h));
  add_appendices(h, view, appendices);
  view.set("footnotes", footnotes(h));
  return view;
}

}  // namespace quire::render_detail
