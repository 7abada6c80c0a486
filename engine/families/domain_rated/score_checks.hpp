// The domain-rated family's checks of an inspection's shape against its framework: which
// standards and domains it gives, which were left not rated and why, and whether the case
// samples in its methodology are the framework's and agree with the case answers.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "families/domain_rated/rules.hpp"
#include "families/domain_rated/score.hpp"
#include "model/inspection.hpp"
#include "score/case_tally.hpp"

namespace quire::score_detail {

// Key question id -> answers pooled across cases (score/case_tally.hpp); also which cases
// answered each domain.
struct CaseTallies {
  CaseTally answers;
  std::map<int, std::set<std::string>> cases_by_domain;
  bool unread = false;  // Inspection::cases_unread
};

const DomainRatedReport& domain_report(const Inspection& in);

// Pools the case answers by key question, reporting answers to questions that are not case-based.
CaseTallies tally_cases(const Inspection& in, const DomainRules& rules, Diagnostics& diags);

// The domains the data leaves not rated, each checked against the rules (which must allow it).
std::vector<NotRatedDomain> check_not_rated(const Inspection& in, const DomainRules& rules, Diagnostics& diags);

// Standards missing, unknown, repeated or in the wrong domain; a domain not rated needs none.
void check_structure(const Inspection& in, const DomainRules& rules, const std::vector<NotRatedDomain>& not_rated,
                     Diagnostics& diags);

// The methodology's samples: each one the framework names, present unless its domain was not
// rated (then with no cases), and as many cases as the case answers hold.
void check_case_counts(const Inspection& in, const DomainRules& rules, const CaseTallies& tallies,
                       const std::vector<NotRatedDomain>& not_rated, Diagnostics& diags);

// The samples' `sample_percent`s: each is its share of all the cases selected, which the methodology
// prints ("Sixty per cent of the cases selected were ..."), so together they cannot pass 100.
void check_sample_shares(const Inspection& in, Diagnostics& diags);

// Every sample the framework names, in its order, with the cases the methodology states for it.
std::vector<SampleCount> sample_counts(const Inspection& in, const DomainRules& rules, const CaseTallies& tallies);

// The score line of a standard whose domain was not rated.
StandardScore not_rated_standard(const FrameworkDomain& domain, const FrameworkStandard& fs);

}  // namespace quire::score_detail
