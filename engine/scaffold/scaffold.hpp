// scaffold/: `quire new`. Writes a new inspection's file for any family and framework, from the
// rules file (which domains, standards, key questions, themes or sections the report has) and the
// loader's key tables (which keys, and what each holds), never from a hand-kept copy: every
// required key, a comment on each, and a `!todo` placeholder wherever an inspector writes.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace quire::scaffold {

struct Request {
  std::string family;                    // domain-rated, fji, sqs or cci
  std::string rules;                     // a rules file's name; "" for the family's only one
  std::string area;                      // written in as the area's name; "" leaves a placeholder
  std::vector<std::string> languages;    // {"en"}, or {"cy", "en"} for a bilingual report
  std::filesystem::path root;            // holds data/rules
};

// The new inspection's YAML text; nothing (with errors in `diags`) when the family or the rules
// file is unknown or the rules file cannot be read.
std::optional<std::string> inspection_text(const Request& request, Diagnostics& diags);

// The case file's header row, as the case assessment tool exports it.
std::string case_file_header();

// Writes DIR/inspection.yaml and DIR/cases.csv (the header), creating DIR. Refuses, writing
// nothing, when either file exists. Returns whether they were written.
bool write_new_inspection(const std::filesystem::path& dir, const Request& request, Diagnostics& diags);

}  // namespace quire::scaffold
