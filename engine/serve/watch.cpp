#include "serve/watch.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <thread>

#include "serve/folder.hpp"

namespace quire::serve {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// What ends a save, and what adds or removes a file; not IN_MODIFY, which comes at every write.
constexpr std::uint32_t kSaved = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                                 IN_DELETE_SELF | IN_ATTRIB;

// One inotify instance for one wait, closed with it.
class Events {
 public:
  Events() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}
  ~Events() {
    if (fd_ >= 0) ::close(fd_);
  }
  Events(const Events&) = delete;
  Events& operator=(const Events&) = delete;

  // Watches every folder under `roots` (inotify watches one folder, not what is below it).
  bool watch(const std::vector<fs::path>& roots) {
    if (fd_ < 0) return false;
    for (const auto& root : roots) {
      if (!add(root)) return false;
      std::error_code ec;
      for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code dir_ec;
        if (it->is_directory(dir_ec) && !add(it->path())) return false;
      }
    }
    return true;
  }

  // Waits for events until `until`; false when it passed with none.
  bool next(Clock::time_point until) {
    // Rounded up: poll() takes whole milliseconds, and a wait must not end before `until`.
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left)) <= 0) return false;
    char buffer[4096];
    while (::read(fd_, buffer, sizeof buffer) > 0) {
    }  // drained: the fingerprint says what changed
    return true;
  }

 private:
  bool add(const fs::path& dir) { return inotify_add_watch(fd_, dir.c_str(), kSaved) >= 0; }
  int fd_;
};

std::string look_again_and_again(const std::vector<fs::path>& roots, const std::string& since, Clock::time_point until) {
  std::string now = fingerprint(roots);
  while (now == since && Clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(15));
    now = fingerprint(roots);
  }
  return now;
}

}  // namespace

std::string wait_for_change(const std::vector<fs::path>& roots, const std::string& since,
                            std::chrono::milliseconds longest) {
  const auto until = Clock::now() + longest;
  Events events;
  if (!events.watch(roots)) return look_again_and_again(roots, since, until);
  // Watching before looking: a save between the page's version and this look is not missed.
  std::string now = fingerprint(roots);
  while (now == since && events.next(until)) now = fingerprint(roots);
  return now;
}

}  // namespace quire::serve
