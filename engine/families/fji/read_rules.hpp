// Reads the Full Joint Inspection's rules file (data/rules/fji-*.yaml) into FjiRules.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.hpp"
#include "families/fji/rules.hpp"

namespace quire {

// Reads and checks an FJI rules file: bands in order down to 0 on the scale, a star rating for every
// descriptor, themes numbered once each, every question in one scored theme; returns nothing when
// any of that fails.
std::optional<FjiRules> load_fji_rules(const std::filesystem::path& path, Diagnostics& diags);

}  // namespace quire
