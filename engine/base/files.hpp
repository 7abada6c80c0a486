// The one door to the file system: reading inputs and writing outputs atomically.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace quire {

// Raised when a file cannot be read or written; carries the path and the system's reason.
class FileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads a whole file; throws FileError when it cannot.
std::string read_file(const std::filesystem::path& path);

// Reads a whole file, or nothing when it does not exist or cannot be read.
std::optional<std::string> try_read_file(const std::filesystem::path& path);

// Writes `contents` to a temporary file beside `path`, flushes it, then renames it over `path`,
// so readers see either the old file or the complete new one, never a half-written one.
// Creates missing parent folders.
void write_file_atomic(const std::filesystem::path& path, const std::string& contents);

// The one path-containment check: `relative` resolved against `folder`, when it names a place in
// `folder` or below it, or nothing when it could lead elsewhere: empty, absolute, a ".." step, or
// (where the path exists) a link out of the folder. A data file names its companions this way (an
// inspection's `cases:`, a CCI `programme:`), and a `rules:` name its file in data/rules/.
std::optional<std::filesystem::path> path_inside(const std::filesystem::path& folder, const std::string& relative);

}  // namespace quire
