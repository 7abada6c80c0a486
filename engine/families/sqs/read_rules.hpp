// Reads the SQS letter's rules file (data/rules/sqs-*.yaml) into SqsRules.
#pragma once

#include <filesystem>
#include <optional>

#include "base/diagnostics.hpp"
#include "families/sqs/rules.hpp"

namespace quire {

// Reads and checks an SQS rules file: the sections in order, the direction of "better", the
// "same" and "slightly" margins (the first no wider than the second) and the contrasting pairs,
// each with its provenance. Returns nothing when any of that fails. A rules file for another
// family is returned with only its name and family, so the caller can report the mismatch where
// the inspection names the rules.
std::optional<SqsRules> load_sqs_rules(const std::filesystem::path& path, Diagnostics& diags);

}  // namespace quire
