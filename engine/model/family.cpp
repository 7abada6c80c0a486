#include "model/inspection.hpp"

namespace quire {

namespace {
struct FamilyName {
  Family family;
  const char* name;
};
constexpr FamilyName kFamilyNames[] = {
    {Family::fji, "fji"}, {Family::sqs, "sqs"}, {Family::cci, "cci"}, {Family::domain_rated, "domain-rated"}};
}  // namespace

std::optional<Family> family_from_name(const std::string& name) {
  for (const auto& f : kFamilyNames)
    if (name == f.name) return f.family;
  return std::nullopt;
}

std::string family_name(Family family) {
  for (const auto& f : kFamilyNames)
    if (family == f.family) return f.name;
  return "unknown";
}

}  // namespace quire
