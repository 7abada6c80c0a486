// The view of a CCI report (templates/cci/): the front matter, scores and appendices' data.
#include "families/cci/view.hpp"

namespace quire::render_detail {

const CciRun& cci_run(const ViewHelpers& h) { return std::get<CciRun>(h.in().run); }
const CciReport& cci_report(const ViewHelpers& h) { return std::get<CciReport>(h.in().inspection.body); }

std::string percent_text(int percent) { return std::to_string(percent) + "%"; }

std::string comment_word(const ViewHelpers& h, const CciScore& score) { return h.label("cci.comment." + score.comment); }

namespace {

void add_report_info(const ViewHelpers& h, Data& view) {
  const Catalogue& labels = h.in().labels;
  const CciReportInfo& r = cci_report(h).report;
  view.set("area", r.area);
  view.set("service", r.service);
  view.set("isbn", r.isbn);
  view.set("chief_inspector", r.chief_inspector);
  view.set("published_year", std::to_string(r.published.value.year));
  view.set("published_month_year", labels.month_year(r.published.value.year, r.published.value.month));
  view.set("fieldwork_month_year", labels.month_year(r.fieldwork.value.year, r.fieldwork.value.month));
  Data contact;
  contact.set("name", r.contact.name);
  Data lines{Data::type::list};
  for (const auto& line : r.contact.lines) lines.push_back(Data("line", line));
  contact.set("lines", lines);
  view.set("contact", contact);
}

// Each headline twice: as a list in the rules' order, and by key for sentences that name one.
void add_headlines(const ViewHelpers& h, Data& view) {
  const CciRun& run = cci_run(h);
  Data list{Data::type::list};
  Data by_key;
  for (const auto& score : run.scores.headlines) {
    const std::string prefix = "cci.headline." + score.id;
    Data d;
    d.set("key", score.id);
    d.set("summary_title", h.label(prefix + ".summary_title"));
    d.set("summary_text", h.label(prefix + ".summary_text"));
    d.set("percent", percent_text(score.percent));
    d.set("comment_word", comment_word(h, score));
    d.set("stressed", !at_least_percent(score.exact, run.rules.foreword.stress_below_percent));
    list.push_back(d);
    by_key.set(score.id, d);
  }
  view.set("headlines", list);
  view.set("headline", by_key);
}

void add_comparison(const ViewHelpers& h, Data& view) {
  const CciRun& run = cci_run(h);
  const auto& comparison = run.scores.comparison;
  view.set("has_comparison", comparison.has_value());
  Data rows{Data::type::list};
  if (comparison)
    for (const auto& row : comparison->rows) {
      const CciScore* own = run.scores.find_headline(row.headline);
      Data d;
      d.set("label", h.label("cci.headline." + row.headline + ".comparison"));
      d.set("lowest", percent_text(row.lowest));
      d.set("highest", percent_text(row.highest));
      d.set("average", percent_text(row.average.rounded_percent()));
      d.set("area_score", own ? percent_text(own->percent) : std::string());
      rows.push_back(d);
    }
  Data table;
  table.set("rows", rows);
  view.set("comparison", table);
}

Data acknowledgements(const ViewHelpers& h) {
  const std::string separator = h.label("cci.acknowledgements.separator");
  Data rows{Data::type::list};
  for (const auto& row : cci_report(h).acknowledgements) {
    std::string names;
    for (const auto& name : row.names) names += (names.empty() ? "" : separator) + name;
    Data d;
    d.set("role", row.role);
    d.set("names", names);
    rows.push_back(d);
  }
  return rows;
}

Data recommendations(const CciReport& report) {
  Data list{Data::type::list};
  for (std::size_t i = 0; i < report.recommendations.size(); ++i) {
    const auto& rec = report.recommendations[i];
    Data d;
    d.set("number", std::to_string(i + 1));
    d.set("text", rec.text.text);
    d.set("owner", rec.owner.value);
    d.set("last", i + 1 == report.recommendations.size());
    list.push_back(d);
  }
  return list;
}

Data practice_examples(const ViewHelpers& h) {
  Data list{Data::type::list};
  for (const auto& e : cci_report(h).practice_examples) {
    const CciSectionRule* section = cci_run(h).rules.find_section(e.section.value);
    Data d;
    d.set("section_name", section ? h.label("cci.section." + section->key + ".name") : std::string());
    d.set("criterion", e.criterion.value);
    d.set("text", e.text.text);
    d.set("quoted_text", ViewHelpers::block_quoted(e.text.text));
    list.push_back(d);
  }
  return list;
}

void add_service_users(const ViewHelpers& h, Data& view) {
  const CciReport& r = cci_report(h);
  const Catalogue& labels = h.in().labels;
  view.set("young_people_count_words", capitalise_first(labels.number_in_words(r.young_people.questionnaires.value)));
  view.set("young_people_findings", h.markdown_items(r.young_people.findings));
  view.set("victims_count_words", capitalise_first(labels.number_in_words(r.victims.questionnaires.value)));
  view.set("victims_findings", h.markdown_items(r.victims.findings));
}

// An optional Markdown field as a flag and its text.
void add_optional(Data& view, const std::string& key, const std::optional<MarkdownText>& text) {
  view.set("has_" + key, text.has_value());
  view.set(key, text ? text->text : std::string());
}

// The financial year (April to March) a month falls in: March 2012 -> "2011/2012".
std::string financial_year(const YearMonth& month) {
  const int start = month.month >= 4 ? month.year : month.year - 1;
  return std::to_string(start) + "/" + std::to_string(start + 1);
}

void add_appendices(const ViewHelpers& h, Data& view) {
  const CciReport& r = cci_report(h);
  view.set("context_area", r.context.area.text);
  view.set("context_service", r.context.service.text);
  view.set("cases", std::to_string(r.arrangements.cases.value));
  add_optional(view, "arrangements_note", r.arrangements.note);
  add_optional(view, "sample_note", r.arrangements.sample_note);
  add_optional(view, "case_characteristics", r.case_characteristics);
  // Facts the methodology and the indicators' heading state come from the rules and the report's date.
  view.set("sample_min", std::to_string(cci_run(h).rules.sample.min_cases));
  view.set("sample_max", std::to_string(cci_run(h).rules.sample.max_cases));
  view.set("indicators_years", financial_year(r.report.published.value));
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

}  // namespace

Data family_view(const ViewHelpers& h, const CciRun& /*run*/) {
  const CciReport& report = cci_report(h);
  Data view;
  add_report_info(h, view);
  view.set("foreword", report.foreword.text);
  add_headlines(h, view);
  add_comparison(h, view);
  view.set("acknowledgements", acknowledgements(h));
  view.set("contents", cci_contents(h));
  const bool glossary = !h.in().inspection.glossary.empty();
  for (const auto& [key, number] : cci_appendix_numbers(report, glossary)) view.set(key, number);
  view.set("has_glossary", glossary);
  view.set("recommendations", recommendations(report));
  add_optional(view, "next_steps", report.next_steps);
  view.set("practice_examples", practice_examples(h));
  add_service_users(h, view);
  view.set("sections", cci_sections(h));
  add_appendices(h, view);
  view.set("glossary", h.glossary_rows());
  view.set("footnotes", footnotes(h));
  return view;
}

}  // namespace quire::render_detail
