// The FJI family's content (Full Joint Inspection; reference: Rochdale 2013).
#pragma once

#include "model/common.hpp"

namespace quire {

struct FjiReport {};

// Every narrative field, for checks that scan all text.
void collect_narrative(const FjiReport& report, std::vector<const MarkdownText*>& out);
// Footnote ids cited by structured fields (not by [^id] in narrative).
void collect_citations(const FjiReport& report, std::vector<Located<std::string>>& out);

}  // namespace quire
