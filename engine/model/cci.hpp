// The CCI family's content (Core Case Inspection; reference: Wandsworth 2012).
#pragma once

#include "model/common.hpp"

namespace quire {

struct CciReport {};

// Every narrative field, for checks that scan all text.
void collect_narrative(const CciReport& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields (not by [^id] in narrative).
void collect_citations(const CciReport& report, std::vector<Located<std::string>>& out);

}  // namespace quire
