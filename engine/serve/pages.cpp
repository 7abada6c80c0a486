#include "serve/pages.hpp"

#include "html/preview.hpp"
#include "serve/folder.hpp"

namespace quire::serve {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kLanguages = {"en", "cy"};

Answer refused(const std::string& name) {
  return Answer{plain_name(name) ? 404 : 403, "text/plain; charset=utf-8",
                plain_name(name) ? "no inspection '" + name + "' in this folder\n"
                                 : "refused: only the inspections inside the served folder can be opened\n"};
}

Options options_for(const Site& site, const std::string& language) {
  Options o = site.options;
  o.language = language;
  o.draft = true;  // a preview is a draft: marked as one, and untranslated text shown, not refused
  return o;
}

// File names relative to the served folder (the data) or the root (templates and labels), as the
// inspector knows them.
void shorten_paths(std::vector<Diagnostic>& ds, const Site& site) {
  for (const fs::path& base : {site.folder, site.options.root}) {
    const std::string prefix = base.string() + "/";
    for (auto& d : ds)
      if (d.pos.file.rfind(prefix, 0) == 0) d.pos.file = d.pos.file.substr(prefix.size());
  }
}

std::vector<html::Link> language_links(const Site& site, const std::string& shown, const std::string& path) {
  std::vector<html::Link> links;
  for (const auto& lang : kLanguages) {
    Diagnostics ignored;
    const auto labels = load_labels(options_for(site, lang), ignored);
    const Label* name = labels ? labels->find("html.language_name") : nullptr;
    links.push_back(html::Link{name ? name->text : lang, path + "?lang=" + lang, lang == "cy" ? "cy" : "en-GB",
                               lang == shown});
  }
  return links;
}

std::vector<fs::path> watched(const Site& site, const std::string& name) {
  const fs::path inputs = name.empty() ? site.folder : site.folder / name;
  return {inputs, site.options.root / "templates", site.options.root / "data"};
}

Answer labels_missing(const Diagnostics& diags) {
  std::string text = "the preview cannot show its pages:\n";
  for (const auto& d : diags.all()) text += format_diagnostic(d) + "\n";
  return Answer{500, "text/plain; charset=utf-8", text};
}

// Runs validation as `quire validate` does, counting what it finds.
std::pair<std::size_t, std::size_t> validate(const fs::path& input, const Options& options) {
  Diagnostics diags;
  if (auto prepared = prepare(input, options, diags); prepared && !diags.has_errors())
    render_report_markdown(*prepared, options, diags);
  std::size_t warnings = 0;
  for (const auto& d : diags.all()) warnings += d.severity == Severity::warning;
  return {diags.error_count(), warnings};
}

}  // namespace

std::string language_of(const std::string& requested) { return requested == "cy" ? "cy" : "en"; }

Answer index_page(const Site& site, const std::string& language) {
  const Options options = options_for(site, language);
  Diagnostics diags;
  const auto labels = load_labels(options, diags);
  if (!labels || !check_html_labels(*labels, html::preview_labels(), diags)) return labels_missing(diags);
  html::Index index;
  index.folder = site.folder.filename().string();
  index.languages = language_links(site, language, "/");
  index.version_url = "/version";
  index.version = fingerprint(watched(site, ""));
  for (const auto& name : list_inspections(site.folder)) {
    const auto [errors, warnings] = validate(*inspection_file(site.folder, name), options);
    index.entries.push_back(html::IndexEntry{name, "/report/" + name + "?lang=" + language, errors, warnings});
  }
  return Answer{200, "text/html; charset=utf-8", html::write_index(index, html_options(*labels, options))};
}

Answer preview_page(const Site& site, const std::string& name, const std::string& language) {
  const auto input = inspection_file(site.folder, name);
  if (!input) return refused(name);
  const Options options = options_for(site, language);
  Diagnostics diags;
  const auto labels = load_labels(options, diags);
  if (!labels || !check_html_labels(*labels, html::preview_labels(), diags) ||
      !check_html_labels(*labels, html::required_labels(), diags))
    return labels_missing(diags);

  const std::string version = fingerprint(watched(site, name));  // before reading: an edit during a render shows next time
  std::optional<doc::Document> document;
  // Show as much as can be made: a report whose data has errors is still shown when its
  // templates can render it, under the errors.
  if (auto prepared = prepare(*input, options, diags)) {
    Diagnostics rendering;  // the report's own problems, apart from the data's
    if (auto markdown = render_report_markdown(*prepared, options, rendering); markdown && !rendering.has_errors())
      document = report_document(*prepared, *markdown, options, rendering);
    diags.append(rendering);
  }

  html::Preview preview;
  preview.name = name;
  preview.diagnostics = diags.all();
  shorten_paths(preview.diagnostics, site);
  const std::string query = "?lang=" + language;
  preview.index = html::Link{labels->find("preview.all_inspections")->text, "/" + query, {}, false};
  preview.downloads = {
      html::Link{labels->find("preview.download_pdf")->text, "/files/" + name + "/report.pdf" + query, {}, false},
      html::Link{labels->find("preview.download_markdown")->text, "/files/" + name + "/report.md" + query, {}, false}};
  preview.languages = language_links(site, language, "/report/" + name);
  preview.version_url = "/version?inspection=" + name;
  preview.version = version;
  return Answer{200, "text/html; charset=utf-8",
                html::write_preview(document ? &*document : nullptr, html_options(*labels, options), preview)};
}

Answer report_file(const Site& site, const std::string& name, const std::string& language, const std::string& format) {
  const auto input = inspection_file(site.folder, name);
  if (!input) return refused(name);
  const Options options = options_for(site, language);
  Diagnostics diags;
  std::optional<std::string> bytes;
  if (auto prepared = prepare(*input, options, diags); prepared && !diags.has_errors())
    if (auto markdown = render_report_markdown(*prepared, options, diags); markdown && !diags.has_errors())
      bytes = format == "pdf" ? render_report_pdf(*prepared, *markdown, options, diags) : markdown;
  if (!bytes || diags.has_errors()) {
    std::vector<Diagnostic> ds = diags.all();
    shorten_paths(ds, site);
    std::string text;
    for (const auto& d : ds) text += format_diagnostic(d) + "\n";
    return Answer{422, "text/plain; charset=utf-8", text};
  }
  return Answer{200, format == "pdf" ? "application/pdf" : "text/markdown; charset=utf-8", std::move(*bytes)};
}

Answer version(const Site& site, const std::string& name) {
  if (!name.empty() && !inspection_file(site.folder, name)) return refused(name);
  return Answer{200, "text/plain; charset=utf-8", fingerprint(watched(site, name))};
}

}  // namespace quire::serve
