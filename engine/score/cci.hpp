// The CCI family's rules and scores.
#pragma once

#include <string>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

struct CciRun {};

// The audit trail, for `quire score`.
std::string audit_text(const CciRun& run);
std::string audit_json(const CciRun& run);

}  // namespace quire
