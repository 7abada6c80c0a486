// The SQS family's rules and scores.
#pragma once

#include <string>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

struct SqsRun {};

// The audit trail, for `quire score`.
std::string audit_text(const SqsRun& run);
std::string audit_json(const SqsRun& run);

}  // namespace quire
