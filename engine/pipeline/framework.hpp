// A framework version's own words: the labels of its rules file's `labels` folder and `wording`,
// laid over its family's catalogue, and the warnings for wording not yet confirmed.
#pragma once

#include <optional>

#include "base/diagnostics.hpp"
#include "families/domain_rated/rules.hpp"
#include "i18n/catalogue.hpp"
#include "pipeline/pipeline.hpp"
#include "score/family_run.hpp"

namespace quire {


// `family` with the framework's labels (data/i18n/FOLDER/LANG.yaml under the root) and then its
// rules file's wording over it. Nothing, with the error, when a named folder has no catalogue.
std::optional<Catalogue> framework_labels(const Catalogue& family, const DomainRules& rules, const Options& options,
                                          Diagnostics& diags);

// A warning for each wording of the rules still marked unconfirmed, at its entry (for `validate`).
void warn_each_unconfirmed(const DomainRules& rules, Diagnostics& diags);

// One warning naming how many of the labels this report used are unconfirmed placeholders (for a
// render, after the Markdown is made).
void warn_unconfirmed_used(const DomainRules& rules, const Catalogue& labels, Diagnostics& diags);

}  // namespace quire
