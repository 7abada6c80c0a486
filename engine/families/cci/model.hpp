// The CCI family's content (Core Case Inspection; reference: Wandsworth 2012).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"

namespace quire {

struct CciReportInfo {
  std::string area;     // "Wandsworth"
  std::string service;  // the service as the text names it: "Wandsworth YOS"
  Located<YearMonth> published;
  Located<YearMonth> fieldwork;
  std::string isbn;
  std::string chief_inspector;
  PostalAddress contact;  // where comments on the inspection go (Appendix 7)
};

// One row of the acknowledgements table: a role and who held it.
struct AcknowledgementRow {
  std::string role;
  std::vector<std::string> names;
};

// CCI recommendations are numbered (1), (2) ... and each names one owner, in brackets.
struct CciRecommendation {
  Located<std::string> owner;
  MarkdownText text;
};

// A "making a difference" example: the section and general criterion it illustrates.
// The section is stated, not derived: the reference ties one criterion 1.2 example to section 2.
struct PracticeExample {
  Located<int> section;
  Located<std::string> criterion;
  MarkdownText text;
};

// What one group of service users said in the inspection's questionnaires.
struct QuestionnaireGroup {
  Located<int> questionnaires;  // how many were completed
  std::vector<MarkdownText> findings;
};

struct CriterionData {
  Located<std::string> number;     // "1.2"
  std::optional<Located<int>> score;  // as published; checked against the case answers
  std::vector<MarkdownText> strengths;
  std::vector<MarkdownText> improvements;
};

struct SectionData {
  Located<int> number;
  std::optional<Located<int>> score;  // the published "OVERALL SCORE"
  std::vector<CriterionData> criteria;
  SourcePos criteria_pos;  // the 'criteria' list: where a criterion it lacks is shown
  MarkdownText commentary;
};

// One earlier inspection of the programme, for the foreword's comparison table.
struct ProgrammeInspection {
  Located<std::string> area;
  std::string country;  // "england" or "wales"
  Located<YearMonth> published;
  std::map<std::string, Located<int>> scores;  // headline key -> published percentage
  SourcePos pos;
};

// The programme's inspections so far, read from the file the inspection names.
struct ProgrammeData {
  Located<std::string> file;  // as written in the inspection
  std::string name;
  std::string source;  // where the figures come from
  std::vector<ProgrammeInspection> inspections;
};

struct CciArrangements {
  Located<int> cases;                      // cases examined
  std::optional<MarkdownText> note;        // local circumstances of the fieldwork
  std::optional<MarkdownText> sample_note;  // why the sample differs from the usual one
};

struct CciContext {
  MarkdownText area;
  MarkdownText service;
};

struct CciReport {
  CciReportInfo report;
  MarkdownText foreword;  // the overall view; the headline scores' sentences are computed
  std::map<std::string, Located<int>> headline_scores;  // published; checked against the cases
  SourcePos headline_scores_pos;  // where a headline it lacks is shown (none: the inspection's map)
  std::optional<ProgrammeData> programme;
  std::vector<AcknowledgementRow> acknowledgements;
  std::vector<CciRecommendation> recommendations;
  std::optional<MarkdownText> next_steps;  // local text after the boilerplate
  std::vector<PracticeExample> practice_examples;
  QuestionnaireGroup young_people;
  QuestionnaireGroup victims;
  std::vector<SectionData> sections;
  SourcePos sections_pos;  // the 'sections' list: where a section it lacks is shown
  CciContext context;
  CciArrangements arrangements;
  std::optional<MarkdownText> case_characteristics;  // Appendix 4, when its figures are known

  const SectionData* find_section(int number) const;
  const CriterionData* find_criterion(const std::string& number) const;
};

// Every narrative field, for checks that scan all text.
void collect_narrative(const CciReport& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields (not by [^id] in narrative).
void collect_citations(const CciReport& report, std::vector<Located<std::string>>& out);
// Who the recommendations make responsible, as written ("... Health Board (ABMUHB)"): bodies
// spelled out there define acronyms.
void collect_owners(const CciReport& report, std::vector<std::string>& out);

}  // namespace quire
