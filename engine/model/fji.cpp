#include "model/fji.hpp"

namespace quire {

void collect_narrative(const FjiReport& /*report*/, std::vector<const MarkdownText*>& /*out*/) {}

void collect_citations(const FjiReport& /*report*/, std::vector<Located<std::string>>& /*out*/) {}

}  // namespace quire
