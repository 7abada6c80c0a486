// The HTML path: Markdown -> document model -> one accessible page, and the pieces the live
// preview (serve/) shares with it.
#include "html/html.hpp"
#include "markdown/document.hpp"
#include "pipeline/each_language.hpp"
#include "pipeline/pipeline.hpp"
#include "pipeline/report_facts.hpp"

namespace quire {

std::string bcp47(const std::string& language) { return language == "cy" ? "cy" : "en-GB"; }

std::optional<doc::Document> report_document(const Prepared& p, const std::string& markdown, const Options& options,
                                             Diagnostics& diags) {
  doc::Document document = parse_document(markdown, diags, p.inspection.source_file + " (rendered Markdown)");
  if (diags.has_errors()) return std::nullopt;
  document.meta.language = bcp47(options.language);
  document.meta.rating_scale = rating_scale_words(p.run, p.labels);
  // The words HTML's text alternatives use, so a tagged PDF's read the same.
  if (const Label* chart = p.labels.find("html.chart")) document.meta.chart_name = chart->text;
  if (const Label* stars = p.labels.find("html.stars")) document.meta.stars_words = stars->text;
  if (document.meta.date.empty()) document.meta.date = publication_date(p.inspection);
  return document;
}

html::Options html_options(const Catalogue& labels, const Options& options) {
  html::Options o;
  o.labels = &labels;
  o.language = bcp47(options.language);
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

namespace {

// One language's report for a page holding several.
struct HtmlEdition {
  Options options;
  Prepared prepared;
  doc::Document document;
};

std::optional<HtmlEdition> make_html_edition(const std::filesystem::path& input, const Options& options,
                                             Diagnostics& diags) {
  auto prepared = prepare(input, options, diags);
  if (!prepared || diags.has_errors() || !check_html_labels(prepared->labels, html::required_labels(), diags))
    return std::nullopt;
  const auto markdown = render_report_markdown(*prepared, options, diags);
  if (!markdown || diags.has_errors()) return std::nullopt;
  auto document = report_document(*prepared, *markdown, options, diags);
  if (!document || diags.has_errors()) return std::nullopt;
  return HtmlEdition{options, std::move(*prepared), std::move(*document)};
}

}  // namespace

std::optional<std::string> render_editions_html(const std::filesystem::path& input,
                                                const std::vector<std::string>& languages, const Options& options,
                                                Diagnostics& diags) {
  const auto made = make_each_language(languages, options, diags, [&](const Options& one, Diagnostics& found) {
    return make_html_edition(input, one, found);
  });
  if (!made) return std::nullopt;
  std::vector<html::Edition> editions;  // pointing into `made`, which no longer grows
  for (const auto& e : *made) editions.push_back(html::Edition{&e.document, html_options(e.prepared.labels, e.options)});
  return html::write_editions_html(editions);
}

std::optional<std::string> render_report_html(const Prepared& p, const std::string& markdown, const Options& options,
                                              Diagnostics& diags) {
  if (!check_html_labels(p.labels, html::required_labels(), diags)) return std::nullopt;
  const auto document = report_document(p, markdown, options, diags);
  if (!document) return std::nullopt;
  return html::write_html(*document, html_options(p.labels, options));
}

}  // namespace quire
