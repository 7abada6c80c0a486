// One scored inspection of any family: its rules and what the rules made of its data.
// Each family's rules and scores live in its own header; the pipeline holds one of these.
#pragma once

#include <string>
#include <variant>

#include "families/cci/score.hpp"
#include "families/domain_rated/score.hpp"
#include "families/fji/score.hpp"
#include "families/sqs/score.hpp"

namespace quire {

using FamilyRun = std::variant<DomainRun, FjiRun, SqsRun, CciRun>;

// The audit trail of any family, as text or JSON (for `quire score`).
std::string family_audit_text(const FamilyRun& run);
std::string family_audit_json(const FamilyRun& run);

// The framework version a run's rules are, with its own templates, labels and wording, where a
// family's frameworks are data (domain-rated: data/rules/domain-*.yaml); nullptr for the others,
// whose rules files have one version each. Each family's entry says which (its `framework` piece,
// families/registry.hpp). Used by render_md/ (templates) and the pipeline (labels).
const DomainRules* framework_rules(const FamilyRun& run);

}  // namespace quire
