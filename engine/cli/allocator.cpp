// Built into the programs when they use mimalloc (CMakeLists.txt): asks it for the kernel's
// transparent huge pages. A render touches some 20 MB once; on 4 KB pages that is thousands of
// page faults, each costly under a hypervisor, and they were a sixth of a render's time
// (bench/README.md). MIMALLOC_LARGE_OS_PAGES=0 in the environment still turns this off.
#include <mimalloc.h>

#include <cstdlib>

namespace {

const bool large_pages_asked = [] {
  if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
  return true;
}();

}  // namespace
