// render_md/: inspection + scores + labels -> GitHub-flavoured Markdown, through the family's
// Mustache templates. The only folder that includes mustache.hpp. Data text is escaped for
// Markdown; narrative fields are Markdown already and pass through. A template that names a key
// the data lacks is an error, never an empty string.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "i18n/catalogue.hpp"
#include "model/glossary.hpp"
#include "model/inspection.hpp"
#include "score/family_run.hpp"

namespace quire {

struct RenderInputs {
  const Inspection& inspection;
  const FamilyRun& run;  // the family's rules and scores
  const Catalogue& labels;
  const Glossary& glossary;
  std::filesystem::path templates_root;  // the templates/ folder
  bool draft = false;                    // mark the report as a draft
};

// Renders the report's Markdown, or nothing (with errors in `diags`).
std::optional<std::string> render_markdown(const RenderInputs& inputs, Diagnostics& diags);

// The same with the family's "report" template replaced by `report_template` (for fuzzing and tests
// of the template stage itself).
std::optional<std::string> render_markdown_with_report(const RenderInputs& inputs, const std::string& report_template,
                                                       Diagnostics& diags);

// Footnote ids the family's templates define themselves ("[^id]: ..." lines), so data need not.
std::vector<std::string> template_footnote_ids(const std::filesystem::path& templates_root, Family family);

}  // namespace quire
