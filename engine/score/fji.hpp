// The FJI family's rules and scores.
#pragma once

#include <string>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

struct FjiRun {};

// The audit trail, for `quire score`.
std::string audit_text(const FjiRun& run);
std::string audit_json(const FjiRun& run);

}  // namespace quire
