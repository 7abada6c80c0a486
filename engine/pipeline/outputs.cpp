#include "pipeline/outputs.hpp"

namespace quire {

namespace {

// Markdown is the report as rendered.
std::optional<std::string> markdown_bytes(const Prepared&, const std::string& markdown, const Options&, Diagnostics&) {
  return markdown;
}

constexpr OutputFormat kFormats[] = {
    {".md", markdown_bytes, nullptr},
    {".pdf", render_report_pdf, render_bilingual_pdf},
    {".html", render_report_html, render_editions_html},
};

}  // namespace

const OutputFormat* output_format(const std::filesystem::path& output) {
  const std::string extension = output.extension().string();
  for (const auto& f : kFormats)
    if (extension == f.extension) return &f;
  return nullptr;
}

}  // namespace quire
