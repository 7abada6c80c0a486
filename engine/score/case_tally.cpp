#include "score/case_tally.hpp"

#include <tuple>

#include "base/text.hpp"

namespace quire {

CaseTally tally_case_answers(const std::vector<CaseAnswer>& answers, const std::vector<std::string>& questions,
                             const std::string& what, Diagnostics& diags) {
  CaseTally t;
  const std::set<std::string> known(questions.begin(), questions.end());
  std::set<std::tuple<std::string, int, int>> reported;  // where unknown questions are named
  for (const auto& a : answers) {
    if (!known.count(a.question)) {
      const SourcePos& at = a.question_pos;
      if (!reported.emplace(at.file, at.line, at.column).second) continue;
      std::string message = "'" + a.question + "' is not " + what;
      if (auto near = closest_match(a.question, questions)) message += "; did you mean '" + *near + "'?";
      diags.error(a.question_pos, "unknown-question", message);
      continue;
    }
    t.cases.insert(a.case_id);
    AnswerCount& c = t.by_question[a.question];
    (a.answer == Answer::yes ? c.yes : a.answer == Answer::no ? c.no : c.not_applicable) += 1;
  }
  return t;
}

}  // namespace quire
