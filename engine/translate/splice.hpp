// Puts Welsh into an inspection file beside its English, changing no other byte: each field's
// value is found where the loader read it (its byte offset) and rewritten in place as
// {en: ..., cy: ..., cy_of: ...}, keeping the English exactly as it was written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/translation.hpp"

namespace quire::translate {

// A Welsh text to put beside a field's English.
struct Translation {
  const TranslatableField* field = nullptr;
  std::string welsh;
  bool reviewed = false;
};

// The file's text with every translation placed, or nothing (with the reason in `diags`, at the
// field's position) when a field is written in a way quire cannot place Welsh beside safely.
std::optional<std::string> splice_translations(const std::string& source, const std::vector<Translation>& translations,
                                               Diagnostics& diags);

}  // namespace quire::translate
