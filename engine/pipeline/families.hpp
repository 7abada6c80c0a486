// Each family's scoring run: read its rules file, check and score the inspection.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"
#include "score/family_run.hpp"

namespace quire {

// The run of the inspection's family (its registry entry's `run`, families/NAME/family.cpp).
std::optional<FamilyRun> run_family(const Inspection& inspection, const std::filesystem::path& rules,
                                    Diagnostics& diags);

}  // namespace quire
