// Parsed copies of the project's large, seldom-edited data files (the label catalogues and the
// glossary), kept between runs: yaml-cpp spends more time on them than quire spends laying out a
// report. An entry is named by the build (version and git commit, cmake/build_id.cmake) and the
// file's bytes, so another build or an edit is seen at once; a missing, stale, foreign or corrupt
// entry (each carries a fingerprint of its contents) is parsed again and rewritten. Only files
// that loaded without a single diagnostic are kept, so a cached load reports exactly what a fresh
// one would: nothing.
//
// Where: $QUIRE_CACHE if set ("off" turns caching off; CTest sets it for every test), else
// $XDG_CACHE_HOME/quire when that is an absolute path, else ~/.cache/quire. A cache that cannot be
// written is skipped without a word.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "i18n/catalogue.hpp"
#include "model/glossary.hpp"

namespace quire::load_detail {

// This build's id, "VERSION+COMMIT" ("VERSION+unknown" outside a git checkout).
std::string_view cache_build_id();

std::optional<Catalogue> cached_catalogue(const std::string& file, std::string_view source);
void keep_catalogue(std::string_view source, const Catalogue& catalogue);

std::optional<Glossary> cached_glossary(std::string_view source);
void keep_glossary(std::string_view source, const Glossary& glossary);

}  // namespace quire::load_detail
