// The served folder: which inspections it holds, the only paths a request may reach, and a
// fingerprint of the files a page is made from.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace quire::serve {

// The inspections in `folder`: the names of its subfolders that hold an inspection.yaml, sorted.
std::vector<std::string> list_inspections(const std::filesystem::path& folder);

// The inspection.yaml of inspection `name` in `folder`; nothing when `name` is not the name of one
// of its subfolders holding one: an empty name, ".", "..", a path with a separator, a hidden
// folder, or a link leading outside `folder` are all refused.
std::optional<std::filesystem::path> inspection_file(const std::filesystem::path& folder, const std::string& name);

// Whether `name` could name a subfolder at all (no separator, not "." or "..", not hidden). A
// request with such a name asks for something outside the folder.
bool plain_name(const std::string& name);

// A fingerprint of every file under `roots` (paths, sizes and modification times), as hex; it
// changes when a file is edited, added or removed.
std::string fingerprint(const std::vector<std::filesystem::path>& roots);

}  // namespace quire::serve
