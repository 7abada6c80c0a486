#include "serve/folder.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace quire::serve {

namespace fs = std::filesystem;

namespace {

// FNV-1a: small, stable across runs and machines.
void mix(std::uint64_t& hash, const std::string& bytes) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  hash ^= 0xff;
  hash *= 1099511628211ull;
}

}  // namespace

bool plain_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name[0] != '.' &&
         name.find_first_of(std::string("/\\\0", 3)) == std::string::npos;
}

std::vector<std::string> list_inspections(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (inspection_file(folder, name)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<fs::path> inspection_file(const fs::path& folder, const std::string& name) {
  if (!plain_name(name)) return std::nullopt;
  std::error_code ec;
  const fs::path base = fs::canonical(folder, ec);
  if (ec) return std::nullopt;
  const fs::path file = fs::canonical(base / name / "inspection.yaml", ec);
  // A subfolder that is a link elsewhere would lead outside: the file must really be inside.
  if (ec || file.parent_path().parent_path() != base || !fs::is_regular_file(file, ec)) return std::nullopt;
  return file;
}

std::string fingerprint(const std::vector<fs::path>& roots) {
  std::vector<std::string> entries;
  for (const auto& root : roots) {
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code stat_ec;
      if (!it->is_regular_file(stat_ec)) continue;
      const auto size = it->file_size(stat_ec);
      const auto time = it->last_write_time(stat_ec).time_since_epoch().count();
      entries.push_back(it->path().string() + "|" + std::to_string(size) + "|" + std::to_string(time));
    }
  }
  std::sort(entries.begin(), entries.end());  // directory order is not stable
  std::uint64_t hash = 14695981039346656037ull;
  for (const auto& e : entries) mix(hash, e);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace quire::serve
