#include "load/yaml_file.hpp"

#include "base/files.hpp"
#include "base/text.hpp"

namespace quire::load_detail {

std::optional<std::string> read_yaml_text(const std::filesystem::path& path, Diagnostics& diags,
                                          const SourcePos& named_at) {
  try {
    return read_file(path);
  } catch (const FileError& e) {
    diags.error(named_at.file.empty() ? SourcePos{path.string(), 0, 0} : named_at, "cannot-read", e.what());
    return std::nullopt;
  }
}

std::optional<YamlFile> yaml_from_text(std::string file, std::string source, Diagnostics& diags) {
  if (auto bad = find_invalid_utf8(source)) {
    const LineColumn lc = line_column_at(source, *bad);
    diags.error(SourcePos{file, lc.line, lc.column}, "invalid-utf8", describe_invalid_utf8(source, *bad));
    return std::nullopt;
  }
  auto root = parse_yaml(file, source, diags);
  if (!root) return std::nullopt;
  return YamlFile{std::move(file), std::move(source), std::move(*root)};
}

std::optional<YamlFile> open_yaml(const std::filesystem::path& path, Diagnostics& diags, const SourcePos& named_at) {
  auto source = read_yaml_text(path, diags, named_at);
  if (!source) return std::nullopt;
  return yaml_from_text(path.string(), std::move(*source), diags);
}

}  // namespace quire::load_detail
