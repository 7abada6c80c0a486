// The FJI family's content (Full Joint Inspection; reference: Rochdale 2013). Fixed wording (what
// we expect to see, the appendices' boilerplate, headings) lives in templates/fji and the catalogue;
// this holds what differs between inspections: narrative, figures, people and dates.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/common.hpp"

namespace quire {

// A calendar date, as YYYY-MM-DD in the data.
struct FjiDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

struct FjiReportInfo {
  std::string area;
  Located<YearMonth> published;
  std::string isbn;
  std::string chief_inspector;
  PostalAddress contact;     // where comments on an inspection go (role of HMI Probation)
  PostalAddress back_cover;  // the inspectorate's address on the back cover
};

// The kinds of box the report sets beside its paragraphs; each kind has its own heading label.
enum class CalloutKind { effective_practice, young_person, case_illustration, quotes };

// A call-out: an effective practice example, a young person's comment, a case illustration or
// quotes. `title` adds to (or, for quotes, is) the heading the kind gives it.
struct FjiCallout {
  CalloutKind kind = CalloutKind::quotes;
  SourcePos pos;
  std::optional<Located<std::string>> title;
  MarkdownText text;
};

// One block of an explanation subsection: a numbered paragraph, or a call-out standing after
// the paragraph it is printed beside.
using FjiBlock = std::variant<MarkdownText, FjiCallout>;

struct FjiSubsection {
  SourcePos pos;
  std::vector<FjiBlock> blocks;
};

struct FjiThemeData {
  Located<int> number;
  std::optional<Located<int>> case_score;                // published "overall N%"; checked
  std::map<std::string, Located<int>> question_scores;  // published per question; checked
  std::optional<Located<std::string>> descriptor;        // the final descriptor as published
  std::optional<MarkdownText> moderation;               // why it differs from the computed one
  std::optional<MarkdownText> overview;  // the front summary, where it words the theme differently
  std::vector<MarkdownText> key_findings;
  std::vector<FjiSubsection> explanation;  // one per subsection the rules name for the theme
  SourcePos explanation_pos;
  MarkdownText summary;  // follows the computed "Overall, ... was good." sentence

  // The front summary's text: the overview when given, else the theme's own summary.
  const MarkdownText& front_summary() const { return overview ? *overview : summary; }
};

// An area's figure beside the England and Wales one.
struct FjiComparedFigure {
  Located<double> area;
  Located<double> national;
};

struct FjiCohort {
  Located<YearMonth> from;
  Located<YearMonth> to;
};

// The Youth Justice Board's national indicators, each with its cohort period.
struct FjiIndicators {
  FjiComparedFigure reoffending_proportion;  // per cent who reoffend
  FjiComparedFigure reoffending_frequency;   // reoffences per reoffender
  FjiCohort reoffending_cohort;
  FjiComparedFigure first_time_entrants;  // per 100,000 10-17 year olds
  FjiCohort first_time_entrants_cohort;
  FjiComparedFigure custody;  // per 1,000 10-17 year olds
  FjiCohort custody_cohort;
};

struct FjiPerson {
  std::string name;
  std::string organisation;
};

// One role of the acknowledgements table and who held it.
struct FjiAcknowledgement {
  std::string role;
  std::vector<FjiPerson> people;
};

struct FjiFieldworkWeek {
  Located<FjiDate> start;
  Located<FjiDate> end;
};

struct FjiReport {
  FjiReportInfo report;
  MarkdownText foreword;
  std::vector<RecommendationGroup> recommendations;  // numbered continuously, owner after each
  std::vector<FjiThemeData> themes;
  SourcePos themes_pos;  // the 'themes' list: where a theme it lacks is reported
  MarkdownText area_context;  // Appendix 1: the area against England and Wales
  FjiIndicators indicators;
  Located<int> cases_inspected;            // Appendix 2; checked against the case answers
  std::optional<MarkdownText> sample_note;  // Appendix 2: this inspection's consultation
  std::vector<FjiAcknowledgement> acknowledgements;
  std::vector<FjiFieldworkWeek> fieldwork;

  const FjiThemeData* find_theme(int number) const;
};

// Every narrative field, for checks that scan all text.
void collect_narrative(const FjiReport& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields (not by [^id] in narrative).
void collect_citations(const FjiReport& report, std::vector<Located<std::string>>& out);
// Who the recommendations make responsible, as written ("... Health Board (ABMUHB)"): bodies
// spelled out there define acronyms.
void collect_owners(const FjiReport& report, std::vector<std::string>& out);

}  // namespace quire
