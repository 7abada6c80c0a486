// The inspection as data: plain types, no YAML and no I/O. Every value a user wrote keeps its
// position, so later stages (scoring, templates) can point at the line that caused a problem.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/diagnostics.hpp"
#include "families/cci/model.hpp"
#include "families/domain_rated/model.hpp"
#include "families/fji/model.hpp"
#include "families/sqs/model.hpp"
#include "model/common.hpp"

namespace quire {

// The family's own content; the alternative matches `Inspection::family`.
using FamilyReport = std::variant<DomainRatedReport, FjiReport, SqsLetter, CciReport>;

// One inspection as data: what every family shares, and the family's own content.
struct Inspection {
  std::string source_file;
  Family family = Family::domain_rated;
  Located<std::string> rules;  // rules file name under data/rules/
  std::vector<Footnote> footnotes;
  std::vector<Located<std::string>> glossary;  // term ids in data/glossary.yaml, in print order
  std::optional<Located<std::string>> cases_file;
  std::vector<CaseAnswer> cases;
  // The case file could not be read at all (its header, its CSV or its encoding; reported there):
  // the scores it would have given are not reported missing one by one as well.
  bool cases_unread = false;
  // Per language other than the one written first: "reviewed" by a Welsh translator, or
  // "unreviewed" (a draft translation, which the report must say on its inside cover).
  std::map<std::string, Located<std::string>> translations;
  FamilyReport body;
  // `quire new`'s typed stand-ins still in the file (figures, dates, ratings): a draft prints
  // them, and what is worked out from them, as if written, so it says how many there are.
  int typed_stand_ins = 0;
};

// Every narrative (Markdown) field of the inspection, for checks that scan all text.
std::vector<const MarkdownText*> narrative_fields(const Inspection& inspection);
// The same fields, to change (the pipeline marks a draft's untranslated passages).
std::vector<MarkdownText*> narrative_fields(Inspection& inspection);
// Footnote ids cited by structured fields (sources of figures), with their positions.
std::vector<Located<std::string>> footnote_citations(const Inspection& inspection);

}  // namespace quire
