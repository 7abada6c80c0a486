// The case assessment tool's answers counted once, the same way for every family that scores from
// cases (domain-rated, FJI, CCI): yes, no and not applicable per question, and which cases answered.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/common.hpp"

namespace quire {

struct AnswerCount {
  std::int64_t yes = 0;
  std::int64_t no = 0;
  std::int64_t not_applicable = 0;
};

struct CaseTally {
  std::map<std::string, AnswerCount> by_question;  // only the questions the rules score from cases
  std::set<std::string> cases;                     // the cases that answered at least one of them
};

// Counts the answers to `questions`. An answer to any other question is reported as
// "'ID' is not <what>" (with the closest question, if one is close), once for each place the
// question is named: each record of a file with a record per answer, once for a column of a file
// with a record per case.
CaseTally tally_case_answers(const std::vector<CaseAnswer>& answers, const std::vector<std::string>& questions,
                             const std::string& what, Diagnostics& diags);

}  // namespace quire
