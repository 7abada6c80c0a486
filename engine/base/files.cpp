#include "base/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace quire {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError("cannot read " + path.string() + ": " + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw FileError("cannot read " + path.string());
  return buffer.str();
}

std::optional<std::string> try_read_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  try {
    return read_file(path);
  } catch (const FileError&) {
    return std::nullopt;
  }
}

namespace {

// Writes all bytes to fd, retrying short writes.
bool write_all(int fd, const std::string& contents) {
  const char* p = contents.data();
  std::size_t left = contents.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

void write_file_atomic(const fs::path& path, const std::string& contents) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(dir, ec);  // "-o out/report.md" works before out/ exists
  std::string temp = (dir / ("." + path.filename().string() + ".quire-XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) throw FileError("cannot write " + path.string() + ": " + std::strerror(errno));
  // mkstemp creates the file 0600; a report is an ordinary, shareable file.
  bool ok = ::fchmod(fd, 0644) == 0 && write_all(fd, contents) && ::fsync(fd) == 0;
  int reason = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    reason = errno;
  }
  if (ok && std::rename(temp.c_str(), path.c_str()) != 0) {
    ok = false;
    reason = errno;
  }
  if (ok) return;
  std::remove(temp.c_str());
  throw FileError("cannot write " + path.string() + ": " + std::strerror(reason));
}

std::optional<fs::path> path_inside(const fs::path& folder, const std::string& relative) {
  const fs::path p(relative);
  if (relative.empty() || p.is_absolute() || p.has_root_name()) return std::nullopt;
  for (const auto& part : p)
    if (part == "..") return std::nullopt;
  const fs::path joined = folder / p;
  // A link inside the folder may point anywhere: where the path exists, follow it and check again.
  std::error_code ec;
  if (!fs::exists(joined, ec)) return joined;
  const fs::path real = fs::canonical(joined, ec);
  // A file named without a folder ("inspection.yaml", run in its folder) has the empty path as
  // its folder, which canonical() refuses: it means the working folder.
  const fs::path base = ec ? fs::path() : fs::canonical(folder.empty() ? fs::path(".") : folder, ec);
  if (ec) return std::nullopt;
  const fs::path rest = real.lexically_relative(base);
  if (rest.empty() || *rest.begin() == "..") return std::nullopt;
  return joined;
}

}  // namespace quire
