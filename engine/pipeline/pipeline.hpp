// pipeline/: sequences the stages (load -> validate -> score -> render) for the CLI, and is the
// one place that knows where data/ and templates/ live. Each function reads like the phases it runs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "pipeline/stage_times.hpp"
#include "base/diagnostics.hpp"
#include "doc/doc.hpp"
#include "html/html.hpp"
#include "i18n/catalogue.hpp"
#include "layout/page.hpp"
#include "model/glossary.hpp"
#include "model/inspection.hpp"
#include "pdf/pdf.hpp"
#include "score/family_run.hpp"

namespace quire {

struct Options {
  std::filesystem::path root;  // holds data/ and templates/
  std::string language = "en";  // for render_to_file, "cy,en" or "en,cy" asks for a bilingual edition
  bool draft = false;
  // Set by render_to_file for a final report (not a draft): each of `quire new`'s placeholders is
  // then an error and nothing is made; validate, score and drafts warn of them.
  bool refuse_placeholders = false;
  StageTimes* timings = nullptr;  // where to add each stage's time, if anywhere (bench/)
};

// The folder holding data/ and templates/: $QUIRE_ROOT, else the source tree quire was built from.
std::filesystem::path default_root();

// Everything a report is made from, loaded, checked and scored.
struct Prepared {
  Inspection inspection;
  FamilyRun run;  // the family's rules and scores
  Catalogue labels;
  Glossary glossary;
};

// Loads the inspection and what it refers to, runs every check and scores it. Returns nothing
// only when a stage cannot go on; errors found along the way are all in `diags`.
std::optional<Prepared> prepare(const std::filesystem::path& input, const Options& options, Diagnostics& diags);

// The report as Markdown.
std::optional<std::string> render_report_markdown(const Prepared& prepared, const Options& options, Diagnostics& diags);

// The report as PDF bytes, from its Markdown: document model, layout with the fonts under
// `options.root`/fonts, then libharu. Nothing (with errors in `diags`) when it cannot be made.
std::optional<std::string> render_report_pdf(const Prepared& prepared, const std::string& markdown,
                                             const Options& options, Diagnostics& diags);

// The BCP 47 tag of one of quire's languages: "cy" -> "cy", "en" -> "en-GB".
std::string bcp47(const std::string& language);

// The labels of `options.language` (data/i18n/LANG.yaml under the root).
std::optional<Catalogue> load_labels(const Options& options, Diagnostics& diags);

// The report's document model, from its Markdown, with what every writer needs besides the text:
// its language, the family's rating words (best first) and its date.
std::optional<doc::Document> report_document(const Prepared& prepared, const std::string& markdown,
                                             const Options& options, Diagnostics& diags);

// How the HTML writer is set up for a report in `options.language` with these labels.
html::Options html_options(const Catalogue& labels, const Options& options);

// Reports (as errors) each of `keys` the catalogue lacks; true when it has them all.
bool check_html_labels(const Catalogue& labels, const std::vector<std::string>& keys, Diagnostics& diags);

// The report as one self-contained, accessible HTML page, from its Markdown through the document
// model (the same model the PDF is laid out from).
std::optional<std::string> render_report_html(const Prepared& prepared, const std::string& markdown,
                                              const Options& options, Diagnostics& diags);

// The report laid out in pages from its Markdown (document model, then layout with the fonts under
// `options.root`/fonts); layout's own findings are warnings in `diags`.
std::optional<layout::LaidOutDocument> lay_out_report(const Prepared& prepared, const std::string& markdown,
                                                      const Options& options, Diagnostics& diags);

// PDF bytes for laid-out parts in order (one, or one per language of a bilingual edition); the
// document information and /Lang come from the first. Errors are reported at `where`.
std::optional<std::string> write_report_pdf(const std::vector<pdf::Part>& parts, const SourcePos& where,
                                            const Options& options, Diagnostics& diags);

// The bilingual PDF's bytes: the report in each of `languages`, in that order (as written by
// render_bilingual_to_file).
std::optional<std::string> render_bilingual_pdf(const std::filesystem::path& input,
                                                const std::vector<std::string>& languages, const Options& options,
                                                Diagnostics& diags);

// The report in each of `languages`, in that order, on one HTML page: each edition prepared and
// rendered on its own with its own labels, as for the bilingual PDF.
std::optional<std::string> render_editions_html(const std::filesystem::path& input,
                                                const std::vector<std::string>& languages, const Options& options,
                                                Diagnostics& diags);

// The languages of an edition, in order: "cy" -> {cy}, "cy,en" -> {cy, en}. Nothing when the list
// is not one or two different languages among en and cy.
std::optional<std::vector<std::string>> edition_languages(const std::string& list);

// A bilingual edition: one PDF holding the report in each of `languages`, in that order, each with
// its own cover, contents and page numbering, its bookmarks grouped under its language's name; or
// one HTML page holding them (render_editions_html). Markdown is refused with a message: it is
// written one language a file.
bool render_bilingual_to_file(const std::filesystem::path& input, const std::filesystem::path& output,
                              const std::vector<std::string>& languages, const Options& options, Diagnostics& diags);

// Renders INPUT to OUTPUT (format from the extension), writing OUTPUT atomically and only when
// there is no error. Returns whether OUTPUT was written.
bool render_to_file(const std::filesystem::path& input, const std::filesystem::path& output, const Options& options,
                    Diagnostics& diags);

}  // namespace quire
