// The view of a domain-rated report (templates/domain-rated/).
#include "render_md/contents.hpp"
#include "render_md/markdown_escape.hpp"
#include "render_md/views.hpp"

namespace quire::render_detail {

namespace {

const DomainRun& domain_run(const ViewHelpers& h) { return std::get<DomainRun>(h.in().run); }
const DomainRatedReport& domain_report(const ViewHelpers& h) {
  return std::get<DomainRatedReport>(h.in().inspection.body);
}

// "discretion-2-1": footnote ids carry no dots.
std::string footnote_id(const std::string& prefix, const std::string& number) {
  std::string id = prefix + number;
  for (char& c : id)
    if (c == '.') c = '-';
  return id;
}
std::string discretion_footnote_id(const std::string& standard) { return footnote_id("discretion-", standard); }
// The footnote saying a standard does not count towards the overall rating (its label's words).
std::string not_counted_footnote_id(const std::string& standard) { return footnote_id("not-counted-", standard); }
// The footnote giving why a domain was not rated.
std::string not_rated_footnote_id(int domain) { return footnote_id("not-rated-", std::to_string(domain)); }

Data address(const PostalAddress& a) {
  Data d;
  d.set("name", a.name);
  Data lines{Data::type::list};
  for (const auto& line : a.lines) lines.push_back(Data("line", line));
  d.set("lines", lines);
  return d;
}

void add_report_info(const ViewHelpers& h, Data& view) {
  const Catalogue& labels = h.in().labels;
  const ReportInfo& r = domain_report(h).report;
  view.set("area", r.area);
  view.set("service", r.service);
  view.set("service_kind", r.service_kind);
  view.set("published_month_year", labels.month_year(r.published.value.year, r.published.value.month));
  view.set("published_year", std::to_string(r.published.value.year));
  view.set("fieldwork_started_month_year",
           labels.month_year(r.fieldwork_started.value.year, r.fieldwork_started.value.month));
  view.set("isbn", r.isbn);
  view.set("lead_inspector", r.lead_inspector);
  view.set("programme_head", r.programme_head);
  view.set("joint_inspectorates", labels.join_and(r.joint_inspectorates));
  view.set("chief_inspector", r.chief_inspector);
  view.set("publisher", address(r.publisher));
  view.set("back_cover", address(r.back_cover));
}

Data key_question_rows(const ViewHelpers& h, const StandardScore& score, const FrameworkStandard& fs) {
  Data rows{Data::type::list};
  for (const auto& id : fs.key_questions) {
    Data row;
    row.set("id", id);
    row.set("text", markdown_for_table_cell(h.label("key_question." + id)));
    const KeyQuestionScore* k = score.find(id);
    row.set("has_percent", k != nullptr);
    row.set("percent", k ? std::to_string(k->percent) + "%" : std::string());
    rows.push_back(row);
  }
  return rows;
}

// A standard as the tables and its chapter show it. A standard of a domain not rated has no data:
// its rating reads "Not rated", with the domain's reason as a footnote.
Data standard_view(const ViewHelpers& h, const FrameworkStandard& fs, const StandardData* data,
                   const StandardScore& score) {
  Data s;
  s.set("number", fs.number);
  s.set("title", h.label("standard." + fs.number + ".title"));
  s.set("statement", h.label("standard." + fs.number + ".statement"));
  s.set("has_percentages", !fs.judged && !score.not_rated);
  if (score.not_rated) {
    s.set("rating_word", h.label("domain_rated.not_rated"));
    s.set("discretion_ref", ViewHelpers::footnote_ref(not_rated_footnote_id(score.domain)));
  } else {
    s.set("rating_word", h.rating_word(score.final_rating));
    s.set("discretion_ref", score.discretion ? ViewHelpers::footnote_ref(discretion_footnote_id(fs.number)) : "");
  }
  const bool show_not_counted = !fs.counts_to_overall && !score.not_rated;
  s.set("not_counted_ref", show_not_counted ? ViewHelpers::footnote_ref(not_counted_footnote_id(fs.number)) : "");
  s.set("narrative", data ? data->narrative.text : std::string());
  s.set("key_questions", key_question_rows(h, score, fs));
  return s;
}

Data domain_view(const ViewHelpers& h, const FrameworkDomain& fd, const DomainData* data) {
  Data d;
  d.set("number", std::to_string(fd.number));
  d.set("name", h.label("domain." + fd.key + ".name"));
  d.set("in_sentence", h.label("domain." + fd.key + ".in_sentence"));
  d.set("intro", h.label("domain." + fd.key + ".intro"));
  const bool not_rated = data && data->not_rated;
  d.set("not_rated", not_rated);
  d.set("not_rated_reason", not_rated ? data->not_rated->text : std::string());
  bool any_case_based = false;
  for (const auto& fs : fd.standards) any_case_based = any_case_based || !fs.judged;
  d.set("has_percentages", any_case_based && !not_rated);
  d.set("key_findings", h.markdown_items(data ? data->key_findings : std::vector<MarkdownText>{}));
  d.set("strengths", h.markdown_items(data ? data->summary.strengths : std::vector<MarkdownText>{}));
  d.set("improvements", h.markdown_items(data ? data->summary.improvements : std::vector<MarkdownText>{}));
  // An empty list leaves out its lead-in ("Strengths:"), which would announce nothing.
  d.set("has_strengths", data && !data->summary.strengths.empty());
  d.set("has_improvements", data && !data->summary.improvements.empty());
  Data standards{Data::type::list};
  for (const auto& fs : fd.standards) {
    const StandardScore* score = domain_run(h).scores.find(fs.number);
    const StandardData* sd = nullptr;
    if (data)
      for (const auto& candidate : data->standards)
        if (candidate.number.value == fs.number) sd = &candidate;
    if (score && (sd || score->not_rated)) standards.push_back(standard_view(h, fs, sd, *score));
  }
  d.set("standards", standards);
  return d;
}

Data domains(const ViewHelpers& h) {
  Data list{Data::type::list};
  for (const auto& fd : domain_run(h).rules.domains) {
    const DomainData* data = nullptr;
    for (const auto& candidate : domain_report(h).domains)
      if (candidate.number.value == fd.number) data = &candidate;
    list.push_back(domain_view(h, fd, data));
  }
  return list;
}

// Recommendations are numbered continuously across the owners' groups.
Data recommendation_groups(const DomainRatedReport& in) {
  Data groups{Data::type::list};
  int number = 0;
  for (const auto& g : in.recommendations) {
    Data group;
    group.set("owner", g.owner.value);
    Data actions{Data::type::list};
    for (const auto& a : g.actions) {
      Data action;
      action.set("number", std::to_string(++number));
      action.set("text", a.text);
      actions.push_back(action);
    }
    group.set("actions", actions);
    groups.push_back(group);
  }
  return groups;
}

Data compared(const ComparedFigure& f, bool percent) {
  Data d;
  const std::string unit = percent ? "%" : "";
  d.set("area", ViewHelpers::decimal(f.area) + unit);
  d.set("national", ViewHelpers::decimal(f.national) + unit);
  d.set("source_ref", ViewHelpers::footnote_ref(f.source.value));
  return d;
}

Data key_facts(const ViewHelpers& h) {
  const KeyFacts& k = domain_report(h).key_facts;
  Data d;
  d.set("first_time_entrants", compared(k.first_time_entrants, false));
  d.set("reoffending", compared(k.reoffending, true));
  d.set("caseload_source_ref", ViewHelpers::footnote_ref(k.caseload_source.value));
  Data tables{Data::type::list};
  for (const auto& t : k.caseload) {
    Data table;
    table.set("dimension", h.label("domain_rated.key_facts.dimension." + t.dimension));
    Data rows{Data::type::list};
    for (const auto& row : t.rows) {
      Data r;
      const Label* group = h.in().labels.find("domain_rated.key_facts.group." + row.group);
      r.set("group", group ? group->text : row.group);  // age bands print as written
      r.set("area", ViewHelpers::decimal(row.area.value) + "%");
      r.set("national", ViewHelpers::decimal(row.national.value) + "%");
      rows.push_back(r);
    }
    table.set("rows", rows);
    tables.push_back(table);
  }
  d.set("caseload", tables);
  std::string refs;
  for (const auto& s : k.population_sources) refs += ViewHelpers::footnote_ref(s.value);
  d.set("population_source_refs", refs);
  Data areas{Data::type::list};
  for (const auto& a : k.population) {
    Data area;
    area.set("name", a.name);
    area.set("total", group_thousands(a.total, ","));
    area.set("youth", ViewHelpers::decimal(a.youth_percent.value) + "%");
    area.set("bme_youth", ViewHelpers::decimal(a.bme_youth_percent.value) + "%");
    areas.push_back(area);
  }
  d.set("population", areas);
  return d;
}

// One case sample of the methodology: its count and, where given, its share in words.
Data sample(const ViewHelpers& h, const CaseSample& s) {
  Data d;
  d.set("cases", std::to_string(s.cases.value));
  d.set("has_sample_percent", s.sample_percent.has_value());
  d.set("sample_percent_words",
        s.sample_percent ? capitalise_first(h.in().labels.number_in_words(s.sample_percent->value)) : std::string());
  return d;
}

// Each sample the framework names, as KEY_sample (court_disposals_sample): an empty list where
// the data gives none or no cases (a domain not rated), so the template's section shows nothing.
void add_samples(const ViewHelpers& h, const Methodology& m, Data& view) {
  for (const auto& key : domain_run(h).rules.sample_keys()) {
    const CaseSample* s = m.find(key);
    view.set(key + "_sample", s && s->cases.value > 0 ? sample(h, *s) : Data{Data::type::list});
  }
}

// Data footnotes in the order given, then each discretion footnote.
Data footnotes(const ViewHelpers& h) {
  Data list{Data::type::list};
  auto add = [&](const std::string& id, const std::string& text) {
    Data note;
    note.set("id", id);
    note.set("text", text);
    list.push_back(note);
  };
  for (const auto& s : domain_run(h).scores.standards)
    if (s.discretion) add(discretion_footnote_id(s.number), *s.discretion);
  for (const auto& s : domain_run(h).scores.standards)
    if (!s.counts_to_overall && !s.not_rated) add(not_counted_footnote_id(s.number), h.label("standard." + s.number + ".not_counted"));
  for (const auto& d : domain_run(h).scores.not_rated) add(not_rated_footnote_id(d.number), d.reason);
  for (const auto& f : h.in().inspection.footnotes) add(f.id, f.text.text);
  return list;
}

// The contents in the order the report prints its sections.
Data contents(const ViewHelpers& h) {
  ContentsBuilder toc;
  for (const char* key : {"common.foreword", "domain_rated.overall_findings.heading",
                          "domain_rated.ratings_summary.heading", "common.recommendations",
                          "domain_rated.introduction.heading", "domain_rated.key_facts.heading"})
    toc.add(1, h.label(key));
  for (const auto& fd : domain_run(h).rules.domains) {
    toc.add(1, std::to_string(fd.number) + ". " + h.label("domain." + fd.key + ".name"));
    if (domain_run(h).scores.not_rated_domain(fd.number)) continue;  // its chapter has no standards
    for (const auto& fs : fd.standards) toc.add(2, fs.number + " " + h.label("standard." + fs.number + ".title"));
  }
  toc.add(1, h.label("domain_rated.annex.methodology"));
  toc.add(1, h.label("domain_rated.annex.results"));
  // A new inspection selects no glossary terms at first: no annex then, not a heading over nothing.
  if (!h.in().inspection.glossary.empty()) toc.add(1, h.label("domain_rated.annex.glossary"));
  return toc.entries();
}

}  // namespace

Data family_view(const ViewHelpers& h, const DomainRun& run) {
  const DomainRatedReport& in = std::get<DomainRatedReport>(h.in().inspection.body);
  Data view;
  add_report_info(h, view);
  view.set("contents", contents(h));
  view.set("foreword", in.foreword.text);
  view.set("overall_rating_word", h.rating_word(run.scores.overall.rating));
  // A framework's overall findings count the domains inspected; one not rated is not among them.
  bool some_domain_not_rated = false;
  for (const auto& fd : run.rules.domains) some_domain_not_rated |= run.scores.not_rated_domain(fd.number) != nullptr;
  view.set("some_domain_not_rated", some_domain_not_rated);
  view.set("domains", domains(h));
  view.set("recommendation_groups", recommendation_groups(in));
  view.set("introduction", in.introduction.text);
  view.set("key_facts", key_facts(h));
  view.set("methodology_organisational_delivery", in.methodology.organisational_delivery.text);
  add_samples(h, in.methodology, view);
  view.set("has_glossary", !h.in().inspection.glossary.empty());
  view.set("glossary", h.glossary_rows());
  view.set("footnotes", footnotes(h));
  return view;
}

}  // namespace quire::render_detail
