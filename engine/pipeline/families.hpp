// Each family's scoring run: read its rules file, check and score the inspection.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"
#include "score/family_run.hpp"

namespace quire {

// Dispatches on the inspection's family.
std::optional<FamilyRun> run_family(const Inspection& inspection, const std::filesystem::path& rules,
                                    Diagnostics& diags);

std::optional<FamilyRun> run_domain_rated(const Inspection& inspection, const std::filesystem::path& rules,
                                          Diagnostics& diags);
std::optional<FamilyRun> run_fji(const Inspection& inspection, const std::filesystem::path& rules, Diagnostics& diags);
std::optional<FamilyRun> run_sqs(const Inspection& inspection, const std::filesystem::path& rules, Diagnostics& diags);
std::optional<FamilyRun> run_cci(const Inspection& inspection, const std::filesystem::path& rules, Diagnostics& diags);

}  // namespace quire
