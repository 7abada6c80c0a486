// The SQS family's content (Short Quality Screening letter; references: Nottingham City 2016, Bolton 2015).
#pragma once

#include "model/common.hpp"

namespace quire {

struct SqsLetter {};

// Every narrative field, for checks that scan all text.
void collect_narrative(const SqsLetter& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields (not by [^id] in narrative).
void collect_citations(const SqsLetter& report, std::vector<Located<std::string>>& out);

}  // namespace quire
