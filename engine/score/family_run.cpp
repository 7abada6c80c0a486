#include "score/family_run.hpp"

#include "base/dispatch.hpp"

namespace quire {

std::string audit_text(const DomainRun& run) { return audit_text(run.scores, run.rules); }
std::string audit_json(const DomainRun& run) { return audit_json(run.scores, run.rules); }

std::string family_audit_text(const FamilyRun& run) {
  return dispatch(run, [](const auto& r) { return audit_text(r); });
}

std::string family_audit_json(const FamilyRun& run) {
  return dispatch(run, [](const auto& r) { return audit_json(r); });
}

}  // namespace quire
