// The HTML path: Markdown -> document model -> one accessible page, and the pieces the live
// preview (serve/) shares with it.
#include <cstdio>

#include "html/html.hpp"
#include "markdown/document.hpp"
#include "pipeline/pipeline.hpp"

namespace quire {

namespace {

// The family's rating words, best first, so badges take their colour from their place on the scale.
std::vector<std::string> rating_scale_words(const Prepared& p) {
  std::vector<std::string> words;
  if (const auto* run = std::get_if<DomainRun>(&p.run))
    for (const auto& key : run->rules.scale)
      if (const Label* label = p.labels.find("rating." + key)) words.push_back(label->text);
  return words;
}

// The month the report was published, where the family's data has one, as "YYYY-MM".
std::string published(const Inspection& in) {
  if (const auto* report = std::get_if<DomainRatedReport>(&in.body)) {
    const YearMonth& ym = report->report.published.value;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", ym.year, ym.month);
    return buf;
  }
  return {};
}

}  // namespace

std::string bcp47(const std::string& language) { return language == "cy" ? "cy" : "en-GB"; }

std::optional<doc::Document> report_document(const Prepared& p, const std::string& markdown, const Options& options,
                                             Diagnostics& diags) {
  doc::Document document = parse_document(markdown, diags, p.inspection.source_file + " (rendered Markdown)");
  if (diags.has_errors()) return std::nullopt;
  document.meta.language = bcp47(options.language);
  document.meta.rating_scale = rating_scale_words(p);
  if (document.meta.date.empty()) document.meta.date = published(p.inspection);
  return document;
}

html::Options html_options(const Catalogue& labels, const Options& options) {
  html::Options o;
  o.labels = &labels;
  o.language = bcp47(options.language);
  o.other_language = bcp47(options.language == "cy" ? "en" : "cy");
  o.draft = options.draft;
  return o;
}

bool check_html_labels(const Catalogue& labels, const std::vector<std::string>& keys, Diagnostics& diags) {
  bool complete = true;
  for (const auto& key : keys)
    if (!labels.find(key)) {
      diags.error(SourcePos{labels.file(), 0, 0}, "missing-label",
                  "the HTML page needs the label '" + key + "', which the catalogue lacks");
      complete = false;
    }
  return complete;
}

std::optional<std::string> render_report_html(const Prepared& p, const std::string& markdown, const Options& options,
                                              Diagnostics& diags) {
  if (!check_html_labels(p.labels, html::required_labels(), diags)) return std::nullopt;
  const auto document = report_document(p, markdown, options, diags);
  if (!document) return std::nullopt;
  return html::write_html(*document, html_options(p.labels, options));
}

}  // namespace quire
