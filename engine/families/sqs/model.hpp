// The SQS family's content (Short Quality Screening letter; references: Nottingham City 2016, Bolton 2015).
// A letter, not a book: who it is to and from, the reoffending figures the summary compares, the
// commentary in four numbered sections, strengths, improvements and the copy list. The words that
// every letter shares (letterhead, context, notes) are labels, not data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/common.hpp"

namespace quire {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

// True when `a` falls before `b`.
bool precedes(const CalendarDate& a, const CalendarDate& b);
bool precedes(const YearMonth& a, const YearMonth& b);

// A figure exactly as published, so that comparisons never meet floating-point error:
// "37.2" is 3720 hundredths written with one decimal place.
struct DecimalFigure {
  std::int64_t hundredths = 0;
  int decimals = 0;  // as written: "36.0" keeps its one decimal place when printed

  // The figure as written: 3600 with one decimal place is "36.0".
  std::string text() const;
};

// The published reoffending rate and what the summary compares it with.
struct ReoffendingFigures {
  Located<DecimalFigure> rate;           // the area's rate, per cent
  Located<DecimalFigure> previous_year;  // the area's rate for the cohort a year earlier
  Located<DecimalFigure> national;       // the England and Wales average
  Located<YearMonth> published;          // when the Ministry of Justice published the rate
  Located<YearMonth> cohort_from;        // the cohort whose reoffending was measured
  Located<YearMonth> cohort_to;
  std::string source;                    // "Ministry of Justice"
  // The letter's own words for each comparison ("worse", "slightly_better"), checked against the figures.
  std::optional<Located<std::string>> stated_previous_year;
  std::optional<Located<std::string>> stated_national;
};

// Who to contact about the letter: "She can be contacted at ...".
struct LeadInspector {
  std::string name;
  Located<std::string> pronoun;  // "she", "he" or "they": picks the label that opens the sentence
  std::string email;
  std::string telephone;
};

struct LetterInfo {
  std::string area;         // "Bolton"
  std::string yot;          // "Bolton Youth Offending Team"
  std::string to;           // the addressee and their role, as the To: line prints them
  std::string from;         // the sender and their title
  Located<CalendarDate> published;
  Located<CalendarDate> inspected_from;
  Located<CalendarDate> inspected_to;
  Located<int> cases_examined;
  LeadInspector lead_inspector;
  // Which year's standard wording the letter uses (labels sqs.wording.YEAR.*): the inspectorate
  // rewrote the letter's fixed text between Bolton (2015) and Nottingham City (2016).
  Located<std::string> wording;
};

// One commentary section's numbered paragraphs; the rules give its number and print order.
struct CommentarySection {
  Located<std::string> key;  // "reducing_reoffending"
  std::vector<MarkdownText> paragraphs;
};

// One row of the copy list: a role and who holds it.
struct CopyRecipient {
  std::string role;
  std::vector<std::string> names;
};

struct SqsLetter {
  LetterInfo letter;
  ReoffendingFigures reoffending;
  MarkdownText summary;  // the narrative after the reoffending sentence
  std::vector<CommentarySection> commentary;
  SourcePos commentary_pos;  // where 'commentary' is written, for a section it lacks
  MarkdownText operational_management;
  std::vector<MarkdownText> strengths;
  std::vector<MarkdownText> improvements;
  std::vector<CopyRecipient> copy_to;

  // The commentary section with this key, or nullptr.
  const CommentarySection* find_section(const std::string& key) const;
};

// Every narrative field, for checks that scan all text.
void collect_narrative(const SqsLetter& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields: none (the reoffending footnote is the template's own).
void collect_citations(const SqsLetter& report, std::vector<Located<std::string>>& out);
// Who the recommendations make responsible: none (a letter makes no recommendations).
void collect_owners(const SqsLetter& report, std::vector<std::string>& out);

}  // namespace quire
