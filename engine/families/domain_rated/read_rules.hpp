// Reads a domain-rated framework's rules file (data/rules/domain-*.yaml) into DomainRules.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.hpp"
#include "families/domain_rated/rules.hpp"

namespace quire {

// Reads a rules file (data/rules/NAME.yaml).
std::optional<DomainRules> load_domain_rules(const std::filesystem::path& path, Diagnostics& diags);

}  // namespace quire
