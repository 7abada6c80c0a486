#include "score/family_run.hpp"

#include "base/dispatch.hpp"
#include "families/registry.hpp"

namespace quire {

std::string family_audit_text(const FamilyRun& run) {
  return dispatch(run, [](const auto& r) { return audit_text(r); });
}

std::string family_audit_json(const FamilyRun& run) {
  return dispatch(run, [](const auto& r) { return audit_json(r); });
}

const DomainRules* framework_rules(const FamilyRun& run) {
  return Families::visit(run, [](const auto* entry, const auto& r) { return EntryOf<decltype(entry)>::framework(r); });
}

}  // namespace quire
