// The domain-rated family's content (2018 framework; reference: Western Bay 2019).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"

namespace quire {

struct ReportInfo {
  std::string area;
  std::string service;
  std::string service_kind;  // e.g. "youth justice and early intervention service"
  Located<YearMonth> published;
  Located<YearMonth> fieldwork_started;
  std::string isbn;
  std::string lead_inspector;
  std::string programme_head;
  std::vector<std::string> joint_inspectorates;
  std::string chief_inspector;
  PostalAddress publisher;
  PostalAddress back_cover;
};

// An area figure beside its England and Wales comparator, with the footnote naming its source.
struct ComparedFigure {
  double area = 0;
  double national = 0;
  Located<std::string> source;
};

// One row of a caseload table: the area's and the national percentage for one group.
struct CaseloadRow {
  std::string group;  // label key, e.g. "10-14", "white"
  Located<double> area;
  Located<double> national;
};

struct CaseloadTable {
  std::string dimension;  // "age", "ethnicity", "gender"
  std::vector<CaseloadRow> rows;
};

struct PopulationArea {
  std::string name;
  long total = 0;
  Located<double> youth_percent;
  Located<double> bme_youth_percent;
};

struct KeyFacts {
  ComparedFigure first_time_entrants;  // rate per 100,000
  ComparedFigure reoffending;          // per cent
  Located<std::string> caseload_source;
  std::vector<CaseloadTable> caseload;
  std::vector<Located<std::string>> population_sources;
  std::vector<PopulationArea> population;
};

struct StandardData {
  Located<std::string> number;  // "2.1"
  std::optional<Located<std::string>> rating;          // as published (required where judged)
  std::map<std::string, Located<int>> published_percent;  // key question id -> "% yes"
  bool figures_refused = false;  // the loader refused a "% yes" (reported there): the standard is not scored
  std::optional<MarkdownText> discretion;               // reason for a moved rating
  MarkdownText narrative;
};

struct DomainSummary {
  std::vector<MarkdownText> strengths;
  std::vector<MarkdownText> improvements;
};

struct DomainData {
  Located<int> number;
  // Why the domain was not rated, where the rules allow that ("there were no resettlement cases
  // to inspect"); its standards are then absent.
  std::optional<MarkdownText> not_rated;
  std::vector<MarkdownText> key_findings;
  std::vector<StandardData> standards;
  SourcePos standards_pos;  // the 'standards' list: where a standard it lacks is reported
  DomainSummary summary;
};

struct CaseSample {
  Located<std::string> key;  // the sample's name in the rules ("court_disposals")
  Located<int> cases;
  std::optional<Located<int>> sample_percent;  // share of the selected cases that came from this disposal type
};

struct Methodology {
  SourcePos pos;  // the 'methodology' map: where a sample it lacks is shown
  MarkdownText organisational_delivery;
  std::vector<CaseSample> samples;  // in the order written; the rules say which a framework has

  // The sample named `key`, or nullptr.
  const CaseSample* find(const std::string& key) const;
};

struct DomainRatedReport {
  ReportInfo report;
  std::optional<Located<std::string>> overall_rating;  // as published; checked
  MarkdownText foreword;
  std::vector<RecommendationGroup> recommendations;
  MarkdownText introduction;
  KeyFacts key_facts;
  std::vector<DomainData> domains;
  SourcePos domains_pos;  // the 'domains' list: where a domain it lacks is reported
  Methodology methodology;
};

// Every narrative field, for checks that scan all text.
void collect_narrative(const DomainRatedReport& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields: the key facts' sources.
void collect_citations(const DomainRatedReport& report, std::vector<Located<std::string>>& out);
// Who the recommendations make responsible, as written ("... Health Board (ABMUHB)"): bodies
// spelled out there define acronyms.
void collect_owners(const DomainRatedReport& report, std::vector<std::string>& out);

}  // namespace quire
