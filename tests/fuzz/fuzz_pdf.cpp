// Fuzz target: any bytes as Markdown (with quire's page-structure markers), through the document
// model, layout and the PDF writer: the path every report takes to paper.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/diagnostics.hpp"
#include "layout/layout.hpp"
#include "markdown/document.hpp"
#include "pdf/pdf.hpp"

namespace {

const quire::layout::FontFiles& font_files() {
  static const auto files = quire::layout::FontFiles::in(std::filesystem::path(QUIRE_SOURCE_ROOT) / "fonts");
  return files;
}

const quire::layout::FontSet& fonts() {
  static const quire::layout::FontSet set(font_files());
  return set;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  quire::Diagnostics diags;
  const auto document =
      quire::parse_document(std::string_view(reinterpret_cast<const char*>(data), size), diags, "fuzz.md");
  if (diags.has_errors()) return 0;  // a marker used wrongly is reported, not laid out
  const auto laid_out = quire::layout::layout_document(document, fonts());
  quire::pdf::Settings settings;
  settings.fonts = font_files();
  try {
    quire::pdf::write_pdf(laid_out, settings);
  } catch (const quire::pdf::PdfError&) {
    // libharu refusing something is reported to the user as an error; only crashes matter here
  }
  return 0;
}
