// The output formats, in one table: how each writes a report in one language and, where the
// format can hold two, the bilingual edition. render_to_file and render_bilingual_to_file both
// look the format up here rather than each keeping its own chain of extensions.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

namespace quire {

struct OutputFormat {
  const char* extension;  // ".pdf"
  // The report's bytes from its prepared data and Markdown.
  std::optional<std::string> (*one)(const Prepared&, const std::string& markdown, const Options&, Diagnostics&);
  // The bilingual edition's bytes; nullptr where a file holds one language (Markdown).
  std::optional<std::string> (*both)(const std::filesystem::path& input, const std::vector<std::string>& languages,
                                     const Options&, Diagnostics&);
};

// The format OUTPUT's extension names, or nullptr.
const OutputFormat* output_format(const std::filesystem::path& output);

}  // namespace quire
