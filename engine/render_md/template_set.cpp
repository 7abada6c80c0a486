#include "render_md/template_set.hpp"

#include "base/files.hpp"
#include "base/text.hpp"

namespace quire {

namespace fs = std::filesystem;

std::optional<TemplateSet> TemplateSet::load(const fs::path& root, const std::string& family, Diagnostics& diags,
                                             const std::string& framework) {
  TemplateSet set;
  std::vector<fs::path> dirs = {root / "shared", root / family};
  if (!framework.empty()) dirs.push_back(root / framework);
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      if (dir.filename() == family)
        diags.error(SourcePos{dir.string(), 0, 0}, "no-templates", "no templates for family '" + family + "'");
      if (dir.filename() == framework)
        diags.error(SourcePos{dir.string(), 0, 0}, "no-templates",
                    "the rules name the templates '" + framework + "', but there is no such folder");
      continue;
    }
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() != ".mustache") continue;
      try {
        // A family's template overrides a shared one of the same name, and a framework's the family's.
        set.templates_[entry.path().stem().string()] = Source{entry.path().string(), read_file(entry.path())};
      } catch (const FileError& e) {
        diags.error(SourcePos{entry.path().string(), 0, 0}, "cannot-read", e.what());
      }
    }
  }
  if (diags.has_errors()) return std::nullopt;
  return set;
}

const std::string* TemplateSet::find(const std::string& name) const {
  const auto it = templates_.find(name);
  return it == templates_.end() ? nullptr : &it->second.text;
}

SourcePos TemplateSet::position(const std::string& name, std::size_t offset) const {
  const auto it = templates_.find(name);
  if (it == templates_.end()) return SourcePos{name, 0, 0};
  const LineColumn lc = line_column_at(it->second.text, offset);
  return SourcePos{it->second.path, lc.line, lc.column};
}

std::vector<std::string> TemplateSet::footnote_definitions() const {
  std::vector<std::string> ids;
  for (const auto& [name, source] : templates_) {
    for (const auto& line : split(source.text, '\n')) {
      if (line.rfind("[^", 0) != 0) continue;
      const auto close = line.find("]:");
      if (close != std::string::npos && line.find('{') > close) ids.push_back(line.substr(2, close - 2));
    }
  }
  return ids;
}

SourcePos TemplateSet::locate_tag(const std::string& key) const {
  for (const auto& [name, source] : templates_) {
    for (const char* opener : {"{{", "{{{", "{{#", "{{^", "{{&", "{{>"}) {
      for (const std::string& spacing : {std::string(), std::string(" ")}) {
        const std::string needle = opener + spacing + key;
        std::size_t at = source.text.find(needle);
        while (at != std::string::npos) {
          const char after = at + needle.size() < source.text.size() ? source.text[at + needle.size()] : '}';
          if (after == '}' || after == ' ') return position(name, at);
          at = source.text.find(needle, at + 1);
        }
      }
    }
  }
  return SourcePos{};
}

}  // namespace quire
