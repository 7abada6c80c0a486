// The PDF path: Markdown -> document model -> layout -> PDF bytes, and what it needs from the
// inspection and the environment (language, rating words, the date, the fonts).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <future>
#include <optional>

#include "layout/check.hpp"
#include "layout/layout.hpp"
#include "pdf/pdf.hpp"
#include "pipeline/pipeline.hpp"

namespace quire {

namespace {

// The document's date: from the data (quire:date or the inspection), else SOURCE_DATE_EPOCH;
// never the clock.
std::optional<pdf::Date> document_date(const std::string& data_date) {
  pdf::Date d;
  if (!data_date.empty()) {
    d.year = std::atoi(data_date.substr(0, 4).c_str());
    d.month = std::atoi(data_date.substr(5, 2).c_str());
    d.day = data_date.size() >= 10 ? std::atoi(data_date.substr(8, 2).c_str()) : 1;
    return d;
  }
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return std::nullopt;
  char* end = nullptr;
  const long long seconds = std::strtoll(epoch, &end, 10);
  if (*end != '\0' || seconds < 0) return std::nullopt;
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return pdf::Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec};
}

std::string code_point_name(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// Reports what layout found wrong with the pages: each a warning at the inspection.
void report_layout_problems(const layout::LaidOutDocument& laid_out, const SourcePos& where, Diagnostics& diags) {
  for (const char32_t cp : laid_out.missing_glyphs)
    diags.warning(where, "missing-glyph", "the report's fonts have no glyph for " + code_point_name(cp) +
                                              "; it prints as an empty box");
  for (const auto& target : laid_out.broken_links)
    diags.warning(where, "broken-link", "a link points at '" + target + "', which no heading has");
  for (const auto& problem : layout::check_layout(laid_out)) diags.warning(where, "layout", problem);
}

// The writer's settings for a document whose first part is `first`.
pdf::Settings pdf_settings(const layout::FontFiles& files, const doc::Metadata& first) {
  pdf::Settings settings;
  settings.fonts = files;
  settings.language = first.language;
  if (const auto date = document_date(first.date)) {
    settings.has_date = true;
    settings.date = *date;
  }
  return settings;
}

}  // namespace

std::optional<layout::LaidOutDocument> lay_out_report(const Prepared& p, const std::string& markdown,
                                                      const Options& options, Diagnostics& diags) {
  const SourcePos where{p.inspection.source_file, 0, 0};
  const StageTimer timer(options.timings ? &options.timings->layout_ms : nullptr);
  const layout::FontFiles files = layout::FontFiles::in(options.root / "fonts");
  // The fonts' metrics are read on a second thread while the Markdown becomes the document: two
  // independent steps (the thread reads only the font files and owns what it makes), and reading
  // four faces is a few milliseconds the second core would otherwise not spend. get() hands over
  // the metrics, or the exception reading them threw; leaving early waits for the thread.
  auto fonts = std::async(std::launch::async, [&files] { return layout::FontSet(files); });
  auto document = report_document(p, markdown, options, diags);
  if (!document) return std::nullopt;
  if (options.draft && (document->meta.watermark.empty() || document->meta.draft_notice.empty())) {
    diags.error(where, "draft-unmarked",
                "--draft was asked for, but the family's templates write no quire:watermark and "
                "quire:draft-notice markers, so the PDF could not be marked as a draft");
    return std::nullopt;
  }
  try {
    const layout::FontSet font_set = fonts.get();  // throws what reading the fonts threw
    layout::LaidOutDocument laid_out = layout::layout_document(*document, font_set);
    report_layout_problems(laid_out, where, diags);
    return laid_out;
  } catch (const layout::FontError& e) {
    diags.error(SourcePos{files.regular.parent_path().string(), 0, 0}, "font", e.what());
  }
  return std::nullopt;
}

std::optional<std::string> write_report_pdf(const std::vector<pdf::Part>& parts, const SourcePos& where,
                                            const Options& options, Diagnostics& diags) {
  const StageTimer timer(options.timings ? &options.timings->write_ms : nullptr);
  try {
    return pdf::write_pdf(parts, pdf_settings(layout::FontFiles::in(options.root / "fonts"), parts.front().document->meta));
  } catch (const pdf::PdfError& e) {
    diags.error(where, "pdf", e.what());
  }
  return std::nullopt;
}

std::optional<std::string> render_report_pdf(const Prepared& p, const std::string& markdown, const Options& options,
                                             Diagnostics& diags) {
  const auto laid_out = lay_out_report(p, markdown, options, diags);
  if (!laid_out) return std::nullopt;
  return write_report_pdf({pdf::Part{&*laid_out, laid_out->meta.language, {}}},
                          SourcePos{p.inspection.source_file, 0, 0}, options, diags);
}

}  // namespace quire
