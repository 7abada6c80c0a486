#include "model/sqs.hpp"

namespace quire {

void collect_narrative(const SqsLetter& /*report*/, std::vector<const MarkdownText*>& /*out*/) {}

void collect_citations(const SqsLetter& /*report*/, std::vector<Located<std::string>>& /*out*/) {}

}  // namespace quire
