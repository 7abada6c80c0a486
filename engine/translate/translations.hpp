// translate/: the translator's hand-off. `quire translations export` writes the texts of an
// inspection that need Welsh (missing, or made from an earlier English) as XLIFF 1.2 for a
// translation tool; `quire translations import` puts the tool's Welsh back into the inspection
// file beside its English, changing no other byte, or changes nothing at all.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"

namespace quire::translate {

// Writes the units of `input` that need `language` ("cy") to `output`, atomically. Returns how many
// were written, or nothing (with the reason in `diags`).
std::optional<std::size_t> export_translations(const std::filesystem::path& input, const std::string& language,
                                               const std::filesystem::path& output, Diagnostics& diags);

// Puts the translations of `xliff` into `input`, atomically: every problem (a broken inline code,
// an unknown unit, English edited since the export) is reported and the file is left untouched.
// Returns how many fields received Welsh, or nothing.
std::optional<std::size_t> import_translations(const std::filesystem::path& xliff, const std::filesystem::path& input,
                                               Diagnostics& diags);

// The label catalogue data/i18n/LANGUAGE.yaml under `root`: its `proposed` labels, each with its
// English and its Welsh to confirm, written to `output`. Returns how many.
std::optional<std::size_t> export_label_translations(const std::filesystem::path& root, const std::string& language,
                                                     const std::filesystem::path& output, Diagnostics& diags);

// Puts the confirmed or corrected labels of `xliff` into the catalogue, atomically: a unit marked
// final or signed off becomes `reviewed`; one still marked needs-review is left as it was.
std::optional<std::size_t> import_label_translations(const std::filesystem::path& xliff,
                                                     const std::filesystem::path& root, const std::string& language,
                                                     Diagnostics& diags);

}  // namespace quire::translate
