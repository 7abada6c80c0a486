// Fuzz target: any bytes as Markdown, through cmark-gfm and quire's outline of it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "markdown/markdown.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  quire::outline_markdown(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
