// Case-level answers as a case assessment tool exports them: one row per case and key question.
#pragma once

#include <filesystem>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

// Reads a CSV with the header "case,question,answer"; answers are yes, no or n/a.
// `referenced_from` is where the inspection names the file, for a "cannot read" error.
std::vector<CaseAnswer> load_case_answers(const std::filesystem::path& path, const SourcePos& referenced_from,
                                          Diagnostics& diags);

}  // namespace quire
