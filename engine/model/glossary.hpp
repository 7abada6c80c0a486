// The glossary: terms and definitions, in each language, and each family's default list.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace quire {

struct GlossaryWording {
  std::string term;
  std::string definition;  // Markdown
};

struct GlossaryTerm {
  std::string id;
  std::vector<std::string> acronyms;                // abbreviations this entry defines
  std::vector<std::string> see_also;                // ids of the terms its "See also" names
  std::map<std::string, GlossaryWording> wording;   // language -> wording
  std::map<std::string, GlossaryWording> family_wording;  // family -> its reference report's wording
};

struct Glossary {
  std::vector<GlossaryTerm> terms;
  std::vector<std::string> common_acronyms;  // so common that no entry is expected (UK, ISBN)
  std::map<std::string, std::vector<std::string>> family_lists;  // family -> term ids in print order

  const GlossaryTerm* find(const std::string& id) const;
  // The wording a family's report prints in `language`: its own variant, else the plain one.
  std::optional<GlossaryWording> wording_for(const GlossaryTerm& term, const std::string& family,
                                             const std::string& language) const;
};

}  // namespace quire
