// One scored inspection of any family: its rules and what the rules made of its data.
// Each family's rules and scores live in its own header; the pipeline holds one of these.
#pragma once

#include <string>
#include <variant>

#include "families/cci/score.hpp"
#include "families/fji/score.hpp"
#include "families/domain_rated/score.hpp"
#include "families/sqs/score.hpp"

namespace quire {

// The domain-rated family's rules and what they made of its data.
struct DomainRun {
  DomainRules rules;
  DomainScores scores;
};

using FamilyRun = std::variant<DomainRun, FjiRun, SqsRun, CciRun>;

// The audit trail of any family, as text or JSON (for `quire score`).
std::string audit_text(const DomainRun& run);
std::string audit_json(const DomainRun& run);
std::string family_audit_text(const FamilyRun& run);
std::string family_audit_json(const FamilyRun& run);

}  // namespace quire
