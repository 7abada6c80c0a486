// Types every family's data shares: positions kept with values, Markdown text, dates, addresses,
// recommendations, footnotes and case answers.
#pragma once

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
  // The language the text is written in when a draft took it from the other language ("en" in a
  // Welsh draft); empty when it is in the edition's own language.
  std::string language;
};

// Where line `line`, column `column` (1-based) of a Markdown field's text sits in its source file.
// Text after the first line of a value that is not a literal block has no exact place (YAML folded
// its lines), so it is given the field's own position.
SourcePos position_in(const MarkdownText& md, int line, int column);

struct YearMonth {
  int year = 0;
  int month = 0;  // 1-12
};

struct PostalAddress {
  std::string name;
  std::vector<std::string> lines;
};

struct RecommendationGroup {
  Located<std::string> owner;
  std::vector<MarkdownText> actions;
};

struct Footnote {
  std::string id;
  MarkdownText text;
};

enum class Answer { yes, no, not_applicable };

// One answer from the case assessment tool: case, key question, answer.
struct CaseAnswer {
  std::string case_id;
  std::string question;  // "2.1.1"
  Answer answer = Answer::not_applicable;
  SourcePos pos;           // the answer's record: where a problem with the case's answer is shown
  SourcePos question_pos;  // where the question is named: its own cell, or its column's header
};

}  // namespace quire
