// Waiting for a save: the kernel's file events (inotify) rather than looking at file times again
// and again, so the preview learns of a save as it happens.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace quire::serve {

// Waits until the fingerprint of `roots` (folder.hpp) differs from `since`, or `longest` has
// passed, and returns the fingerprint then. A file counts as saved when it is closed after
// writing or moved into place, not at its first write, so a page never reads half a save. Falls
// back to looking every 15 ms where inotify cannot be had.
std::string wait_for_change(const std::vector<std::filesystem::path>& roots, const std::string& since,
                            std::chrono::milliseconds longest);

}  // namespace quire::serve
