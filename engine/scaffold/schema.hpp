// `quire schema FAMILY`: a JSON Schema (2020-12) of a family's inspection file, generated from the
// loader's key tables (load/keys.hpp) with each key's description, so an editor (VS Code's YAML
// extension, through `# yaml-language-server: $schema=...`) completes keys, shows what each holds
// and marks unknown or missing ones while the inspector types.
#pragma once

#include <optional>
#include <string>

namespace quire::scaffold {

// The schema as JSON text; nothing for a family quire does not know. `rules`, when given, is the
// only rules name the schema accepts.
std::optional<std::string> family_schema(const std::string& family, const std::string& rules = "");

// The name `quire new` gives the schema beside an inspection file.
inline constexpr const char* kSchemaFile = "inspection.schema.json";

}  // namespace quire::scaffold
