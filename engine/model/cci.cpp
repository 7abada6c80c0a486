#include "model/cci.hpp"

namespace quire {

void collect_narrative(const CciReport& /*report*/, std::vector<const MarkdownText*>& /*out*/) {}

void collect_citations(const CciReport& /*report*/, std::vector<Located<std::string>>& /*out*/) {}

}  // namespace quire
