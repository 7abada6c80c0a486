// The Mustache templates of one family (templates/FAMILY/*.mustache) plus the shared partials
// (templates/shared/*.mustache), and a framework version's own (templates/FRAMEWORK/), read once,
// by name.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace quire {

class TemplateSet {
 public:
  // Reads the shared templates under `root` (the templates/ folder), then every template of
  // `family`, then of `framework` (when not empty), each replacing one of the same name before it.
  static std::optional<TemplateSet> load(const std::filesystem::path& root, const std::string& family,
                                         Diagnostics& diags, const std::string& framework = "");

  // Adds or replaces a template by name.
  void set(const std::string& name, std::string text) { templates_[name] = Source{name, std::move(text)}; }
  // A template's text by name (file name without .mustache), or nullptr.
  const std::string* find(const std::string& name) const;
  // Where a tag naming `key` first appears in any template, for "missing key" errors.
  SourcePos locate_tag(const std::string& key) const;
  // Ids of the footnotes the templates define ("[^id]: " at the start of a line).
  std::vector<std::string> footnote_definitions() const;
  // Position of a byte offset in a named template.
  SourcePos position(const std::string& name, std::size_t offset) const;

 private:
  struct Source {
    std::string path;
    std::string text;
  };
  std::map<std::string, Source> templates_;
};

}  // namespace quire
