#include "model/glossary.hpp"

namespace quire {

const GlossaryTerm* Glossary::find(const std::string& id) const {
  for (const auto& t : terms)
    if (t.id == id) return &t;
  return nullptr;
}

std::optional<GlossaryWording> Glossary::wording_for(const GlossaryTerm& term, const std::string& family,
                                                     const std::string& language) const {
  // Family variants transcribe English reference reports; other languages use their own wording.
  if (language == "en") {
    const auto variant = term.family_wording.find(family);
    if (variant != term.family_wording.end()) return variant->second;
  }
  const auto plain = term.wording.find(language);
  if (plain == term.wording.end()) return std::nullopt;
  return plain->second;
}

}  // namespace quire
