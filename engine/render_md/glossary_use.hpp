// Checks of the report's glossary against the report's rendered text.
#pragma once

#include <string>

#include "base/diagnostics.hpp"
#include "render_md/render.hpp"

namespace quire {

// Warns, at its place in the inspection's `glossary` list, of each listed term that the rendered
// `markdown` (outside the glossary itself) never uses: neither its wording, in English or in the
// edition's language, nor one of its acronyms. Terms of the family's standard glossary are not
// checked (the references print it whole).
void warn_unused_glossary_terms(const RenderInputs& in, const std::string& markdown, Diagnostics& diags);

}  // namespace quire
