// The inspection as data: plain types, no YAML and no I/O. Every value a user wrote keeps its
// position, so later stages (scoring, templates) can point at the line that caused a problem.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace quire {

enum class Family { fji, sqs, cci, domain_rated };

// "domain-rated" -> Family::domain_rated; nothing for an unknown name.
std::optional<Family> family_from_name(const std::string& name);
std::string family_name(Family family);

// A value together with where the user wrote it.
template <typename T>
struct Located {
  T value{};
  SourcePos pos;
};

// Narrative text in Markdown, with the position of its first character.
struct MarkdownText {
  std::string text;
  SourcePos pos;
  bool block = false;  // a YAML literal block: text line k sits on source line pos.line + k
};

struct YearMonth {
  int year = 0;
  int month = 0;  // 1-12
};

struct PostalAddress {
  std::string name;
  std::vector<std::string> lines;
};

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

struct RecommendationGroup {
  Located<std::string> owner;
  std::vector<MarkdownText> actions;
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

struct Footnote {
  std::string id;
  MarkdownText text;
};

struct StandardData {
  Located<std::string> number;  // "2.1"
  std::optional<Located<std::string>> rating;          // as published (required where judged)
  std::map<std::string, Located<int>> published_percent;  // key question id -> "% yes"
  std::optional<MarkdownText> discretion;               // reason for a moved rating
  MarkdownText narrative;
};

struct DomainSummary {
  std::vector<MarkdownText> strengths;
  std::vector<MarkdownText> improvements;
};

struct DomainData {
  Located<int> number;
  std::vector<MarkdownText> key_findings;
  std::vector<StandardData> standards;
  DomainSummary summary;
};

struct CaseSample {
  Located<int> cases;
  Located<int> sample_percent;  // share of the selected cases that came from this disposal type
};

struct Methodology {
  MarkdownText organisational_delivery;
  CaseSample court_disposals;
  CaseSample out_of_court_disposals;
};

enum class Answer { yes, no, not_applicable };

// One answer from the case assessment tool: case, key question, answer.
struct CaseAnswer {
  std::string case_id;
  std::string question;  // "2.1.1"
  Answer answer = Answer::not_applicable;
  SourcePos pos;
};

struct Inspection {
  std::string source_file;
  Family family = Family::domain_rated;
  Located<std::string> rules;  // rules file name under data/rules/
  ReportInfo report;
  std::optional<Located<std::string>> overall_rating;  // as published; checked
  MarkdownText foreword;
  std::vector<RecommendationGroup> recommendations;
  MarkdownText introduction;
  KeyFacts key_facts;
  std::vector<Footnote> footnotes;
  std::vector<DomainData> domains;
  Methodology methodology;
  std::vector<Located<std::string>> glossary;
  std::optional<Located<std::string>> cases_file;
  std::vector<CaseAnswer> cases;
};

}  // namespace quire
