// Parsed copies of the project's large, seldom-edited data files (the label catalogues and the
// glossary), kept between runs: yaml-cpp spends more time on them than quire spends laying out a
// report. An entry is named by the file's bytes, so an edit is seen at once; a missing, stale or
// corrupt entry is simply parsed again. Only files that loaded without a single diagnostic are
// kept, so a cached load reports exactly what a fresh one would: nothing.
//
// Where: $QUIRE_CACHE if set ("off" turns caching off), else $XDG_CACHE_HOME/quire, else
// ~/.cache/quire. A cache that cannot be written is skipped without a word.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "i18n/catalogue.hpp"
#include "model/glossary.hpp"

namespace quire::load_detail {

std::optional<Catalogue> cached_catalogue(const std::string& file, std::string_view source);
void keep_catalogue(std::string_view source, const Catalogue& catalogue);

std::optional<Glossary> cached_glossary(std::string_view source);
void keep_glossary(std::string_view source, const Glossary& glossary);

}  // namespace quire::load_detail
