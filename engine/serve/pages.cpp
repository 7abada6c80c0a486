#include "serve/pages.hpp"

#include "html/preview.hpp"
#include "serve/folder.hpp"
#include "serve/watch.hpp"

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

// One link per language, then (for a report) both on one page, Welsh first as a Welsh public
// body publishes them.
std::vector<html::Link> language_links(const Site& site, const std::string& shown, const std::string& path,
                                       bool bilingual) {
  std::vector<html::Link> links;
  for (const auto& lang : kLanguages) {
    Diagnostics ignored;
    const auto labels = load_labels(options_for(site, lang), ignored);
    const Label* name = labels ? labels->find("html.language_name") : nullptr;
    links.push_back(html::Link{name ? name->text : lang, path + "?lang=" + lang, bcp47(lang), lang == shown});
  }
  if (bilingual)
    links.push_back(html::Link{links[1].label + " / " + links[0].label, path + "?lang=cy,en", {}, shown == "cy,en"});
  return links;
}

// What a preview shows of one language: the document, and the labels it is written with.
struct Made {
  Options options;
  std::optional<Prepared> prepared;
  std::optional<doc::Document> document;
};

// Shows as much as can be made: a report whose data has errors is still shown when its templates
// can render it, under the errors.
void make_for_preview(const fs::path& input, Made& made, Diagnostics& diags) {
  auto prepared = prepare(input, made.options, diags);
  if (!prepared) return;
  Diagnostics rendering;  // the report's own problems, apart from the data's
  if (auto markdown = render_report_markdown(*prepared, made.options, rendering); markdown && !rendering.has_errors())
    made.document = report_document(*prepared, *markdown, made.options, rendering);
  diags.append(rendering);
  if (!check_html_labels(prepared->labels, html::required_labels(), diags)) made.document.reset();
  made.prepared = std::move(prepared);
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

std::string language_of(const std::string& requested) {
  const auto languages = edition_languages(requested);
  return languages ? requested : "en";
}

Answer index_page(const Site& site, const std::string& language) {
  const Options options = options_for(site, edition_languages(language)->front());  // its own words: one language
  Diagnostics diags;
  const auto labels = load_labels(options, diags);
  if (!labels || !check_html_labels(*labels, html::preview_labels(), diags)) return labels_missing(diags);
  html::Index index;
  // The whole path: the folder's own name is usually "inspections", and "Inspections in
  // inspections" says nothing; the path also tells apart two previews open side by side.
  index.folder = site.folder.string();
  index.languages = language_links(site, language, "/", false);
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
  const std::vector<std::string> languages = *edition_languages(language);
  const Options options = options_for(site, languages.front());
  Diagnostics diags;
  const auto labels = load_labels(options, diags);
  if (!labels || !check_html_labels(*labels, html::preview_labels(), diags) ||
      !check_html_labels(*labels, html::required_labels(), diags))
    return labels_missing(diags);

  const std::string version = fingerprint(watched(site, name));  // before reading: an edit during a render shows next time
  std::vector<Made> made(languages.size());  // sized once: the editions point into it
  for (std::size_t i = 0; i < languages.size(); ++i) {
    made[i].options = options_for(site, languages[i]);
    Diagnostics found;
    make_for_preview(*input, made[i], found);
    diags.append_new(found);  // the data is read once per language: its own problems show once
  }
  std::vector<html::Edition> editions;
  for (const auto& m : made)
    if (m.document) editions.push_back(html::Edition{&*m.document, html_options(m.prepared->labels, m.options)});
  if (editions.size() < made.size()) editions.clear();  // all or nothing: half a bilingual edition misleads

  html::Preview preview;
  preview.name = name;
  preview.diagnostics = diags.all();
  shorten_paths(preview.diagnostics, site);
  const std::string query = "?lang=" + language;
  preview.index = html::Link{labels->find("preview.all_inspections")->text, "/" + query, {}, false};
  preview.downloads = {
      html::Link{labels->find("preview.download_pdf")->text, "/files/" + name + "/report.pdf" + query, {}, false}};
  if (languages.size() == 1)  // Markdown is one language a file
    preview.downloads.push_back(
        html::Link{labels->find("preview.download_markdown")->text, "/files/" + name + "/report.md" + query, {}, false});
  preview.languages = language_links(site, language, "/report/" + name, true);
  preview.version_url = "/version?inspection=" + name;
  preview.version = version;
  return Answer{200, "text/html; charset=utf-8",
                html::write_preview(editions, html_options(*labels, options), preview)};
}

Answer report_file(const Site& site, const std::string& name, const std::string& language, const std::string& format) {
  const auto input = inspection_file(site.folder, name);
  if (!input) return refused(name);
  const Options options = options_for(site, language);
  const std::vector<std::string> languages = *edition_languages(language);
  Diagnostics diags;
  std::optional<std::string> bytes;
  if (languages.size() > 1 && format == "pdf") {
    bytes = render_bilingual_pdf(*input, languages, options, diags);
  } else if (languages.size() > 1) {
    diags.error(SourcePos{}, "bilingual-needs-pdf", "Markdown is written one language a file: choose one language");
  } else if (auto prepared = prepare(*input, options, diags); prepared && !diags.has_errors()) {
    if (auto markdown = render_report_markdown(*prepared, options, diags); markdown && !diags.has_errors())
      bytes = format == "pdf" ? render_report_pdf(*prepared, *markdown, options, diags) : markdown;
  }
  if (!bytes || diags.has_errors()) {
    std::vector<Diagnostic> ds = diags.all();
    shorten_paths(ds, site);
    std::string text;
    for (const auto& d : ds) text += format_diagnostic(d) + "\n";
    return Answer{422, "text/plain; charset=utf-8", text};
  }
  return Answer{200, format == "pdf" ? "application/pdf" : "text/markdown; charset=utf-8", std::move(*bytes)};
}

Answer version(const Site& site, const std::string& name, const std::string& since,
               std::chrono::milliseconds longest) {
  if (!name.empty() && !inspection_file(site.folder, name)) return refused(name);
  const std::string now = since.empty() ? fingerprint(watched(site, name))
                                        : wait_for_change(watched(site, name), since, longest);
  return Answer{200, "text/plain; charset=utf-8", now};
}

}  // namespace quire::serve
