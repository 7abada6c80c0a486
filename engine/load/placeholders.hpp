// Placeholders: where `quire new` left a value for an inspector to write. A placeholder is a
// YAML value tagged `!todo` (`foreword: !todo "[to write: foreword]"`, `cases: !todo 0`): the
// value after the tag is a stand-in of the right type, so the rest of the file is checked as
// usual, and a draft shows the stand-in text where the words will go. The tag is found in the
// text, not the parsed tree, so it is seen whatever reads the YAML.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace quire {

inline constexpr const char* kPlaceholderTag = "!todo";
inline constexpr const char* kNotYetWritten = "not-yet-written";

struct Placeholder {
  int line = 0;    // 1-based, of the tag
  int column = 0;  // 1-based, of the tag's '!'
  std::string what;  // what is to be written there, e.g. "foreword"
  // A stand-in of another type than text (`!todo 0`, `!todo 2020-01`, `!todo requires_improvement`):
  // a draft prints it as if it were written, where text stand-ins print "[to write: ...]".
  bool typed = false;
};

// Every placeholder in a YAML file's text, in order. Tags in comments and in quoted text are not
// placeholders.
std::vector<Placeholder> find_placeholders(const std::string& source);

// Reports each placeholder as "not yet written" (code not-yet-written), with `severity`.
void report_placeholders(const std::string& file, const std::string& source, Severity severity, Diagnostics& diags);

}  // namespace quire
