// Reads the Core Case Inspection's rules file (data/rules/cci-*.yaml) into CciRules.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.hpp"
#include "families/cci/rules.hpp"

namespace quire {

// Reads and checks a CCI rules file: bands in order down to 0, every question in one criterion,
// every headline a key question informs declared; returns nothing when any of that fails.
// `named_at` is where the inspection names the rules, for rules written for another family.
std::optional<CciRules> load_cci_rules(const std::filesystem::path& path, Diagnostics& diags,
                                       const SourcePos& named_at = {});

}  // namespace quire
