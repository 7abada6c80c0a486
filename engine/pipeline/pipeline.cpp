#include "pipeline/pipeline.hpp"

#include <algorithm>
#include <cstdlib>
#include <future>

#include "base/files.hpp"
#include "load/load.hpp"
#include "load/parity.hpp"
#include "markdown/markdown.hpp"
#include "pipeline/families.hpp"
#include "pipeline/framework.hpp"
#include "pipeline/link_check.hpp"
#include "pipeline/outputs.hpp"
#include "render_md/render.hpp"

namespace quire {

namespace fs = std::filesystem;

fs::path default_root() {
  if (const char* env = std::getenv("QUIRE_ROOT"); env && *env) return env;
  return QUIRE_SOURCE_ROOT;
}

namespace {

// data/rules/NAME.yaml for the inspection's `rules: NAME`.
std::optional<fs::path> rules_path(const Inspection& in, const Options& options, Diagnostics& diags) {
  const fs::path folder = options.root / "data" / "rules";
  const auto path = in.rules.value.empty() ? std::nullopt : path_inside(folder, in.rules.value + ".yaml");
  std::error_code ec;
  // No name read: the loader has said why ('rules' missing, or not a word); here only when it has not.
  if (in.rules.pos.line == 0 && diags.has_errors()) return std::nullopt;
  if (!path || !fs::is_regular_file(*path, ec)) {
    diags.error(in.rules.pos.line > 0 ? in.rules.pos : in.top, "unknown-rules",
                "no rules file '" + in.rules.value + "' in " + folder.string());
    return std::nullopt;
  }
  return *path;
}

}  // namespace

std::optional<Catalogue> load_labels(const Options& options, Diagnostics& diags) {
  const fs::path path = options.root / "data" / "i18n" / (options.language + ".yaml");
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    diags.error(SourcePos{}, "unknown-language", "no label catalogue for language '" + options.language + "' (" +
                                                     path.string() + ")");
    return std::nullopt;
  }
  return load_catalogue(path, diags);
}

namespace {

// A draft shows text that is not yet translated in the other language, behind this marker.
std::string untranslated_marker(const Catalogue& labels, const Options& options) {
  if (!options.draft) return {};
  const Label* label = labels.find("common.untranslated");
  return "*[" + (label ? label->text : std::string("untranslated")) + "]* ";
}

// Marks each narrative field a draft took from the other language as a passage in that language
// (`quire:lang`, just after the visible mark), so that every block of a field of several
// paragraphs carries the language in the document model, not only the first. Done after the
// checks, which read the data as written.
void mark_untranslated_passages(Inspection& in, const std::string& visible_mark) {
  if (visible_mark.empty()) return;
  const std::size_t mark_end = visible_mark.find_last_not_of(' ') + 1;
  for (MarkdownText* field : narrative_fields(in)) {
    if (field->language.empty() || field->text.rfind(visible_mark, 0) != 0) continue;
    const std::size_t last = field->text.find_last_not_of(" \t\r\n");
    const auto lines = 1 + std::count(field->text.begin(), field->text.begin() + static_cast<long>(last), '\n');
    const std::string marker = "<!-- quire:lang " + bcp47(field->language) + " lines=" + std::to_string(lines) + " -->";
    field->text.insert(mark_end, marker);
  }
}

using Counterpart = std::future<std::optional<Inspection>>;

// The edition in the other language, for the parity check, read on a second thread while this
// one is read; none when no check will be made (an English render of data with no translations).
// Why a thread: reading an edition is a whole pass over the data, which the parity check needs
// twice, and the two are independent. Why it is safe: both threads only read the parsed file
// (InspectionSource::read is const, and the source outlives the future), and each makes its own
// Inspection and Diagnostics; get() hands the edition over.
Counterpart read_counterpart(const InspectionSource& source, const Options& options) {
  if (options.language == "en" && !source.declares_translations()) return {};
  const std::string other = options.language == "cy" ? "en" : "cy";
  return std::async(std::launch::async, [&source, other] {
    Diagnostics ignored;  // the other edition's own problems are reported when it is made
    return source.read(ignored, other);
  });
}

// Compares the edition being made with its other language, where the data has one.
void check_translation_parity(Counterpart& counterpart, const Inspection& edition, const Options& options,
                              Diagnostics& diags) {
  if (options.language == "en" && !edition.translations.count("cy")) return;
  if (!counterpart.valid()) return;
  if (const auto other = counterpart.get()) check_parity(*other, edition, diags);
}

// A final report cannot be made while `quire new`'s placeholders remain: the loader reported each
// as an error (a draft shows their stand-in text, with a warning each); this sums them up.
bool refused_placeholders(const InspectionSource& source, const fs::path& input, const Options& options,
                          Diagnostics& diags) {
  const std::size_t n = source.placeholder_count();
  if (!options.refuse_placeholders || n == 0) return false;
  diags.error(SourcePos{input.string(), 0, 0}, "placeholders-in-final",
              std::to_string(n) + " placeholder" + (n == 1 ? " is" : "s are") +
                  " not yet written; a final report needs each written (render with --draft to see them marked)");
  return true;
}

// One line for the labels of this report that are still "proposed" (translated, but not yet
// confirmed by a translator: ../shared/docs/welsh-terms.md), so publishing knows what is left.
void warn_proposed_labels(const Catalogue& labels, Diagnostics& diags) {
  const auto proposed = labels.used_with_status(LabelStatus::proposed);
  const auto reviewed = labels.used_with_status(LabelStatus::reviewed);
  if (proposed.empty()) return;
  std::string examples;
  for (std::size_t i = 0; i < proposed.size() && i < 3; ++i) examples += (i ? ", " : "") + proposed[i];
  diags.warning(SourcePos{labels.file(), 0, 0}, "proposed-labels",
                std::to_string(proposed.size()) + " of the " + std::to_string(labels.used_count()) +
                    " labels this report uses are still 'proposed': translated, not yet confirmed by a translator (" +
                    examples + (proposed.size() > 3 ? ", ..." : "") + "); " +
                    (reviewed.empty() ? "" : std::to_string(reviewed.size()) + " are 'reviewed' by a translator; ") +
                    "each label's status is in this file");
}

}  // namespace

std::optional<Prepared> prepare(const fs::path& input, const Options& options, Diagnostics& diags) {
  auto labels = load_labels(options, diags);
  if (!labels) return std::nullopt;
  const auto source =
      InspectionSource::open(input, diags, options.refuse_placeholders ? Severity::error : Severity::warning);
  if (!source || refused_placeholders(*source, input, options, diags)) return std::nullopt;
  Counterpart counterpart = read_counterpart(*source, options);
  const std::string visible_mark = untranslated_marker(*labels, options);
  auto inspection = source->read(diags, options.language, visible_mark);
  if (!inspection) return std::nullopt;
  auto glossary = load_glossary(options.root / "data" / "glossary.yaml", diags);
  const auto rules = rules_path(*inspection, options, diags);
  if (!labels || !glossary || !rules) return std::nullopt;

  check_footnotes(*inspection, template_footnote_ids(options.root / "templates", inspection->family), diags);
  check_glossary_selection(*inspection, *glossary, diags);
  check_acronyms(*inspection, *glossary, diags);
  check_links(*inspection, diags);
  check_raw_html(*inspection, diags);
  check_translation_parity(counterpart, *inspection, options, diags);
  mark_untranslated_passages(*inspection, visible_mark);
  auto run = run_family(*inspection, *rules, diags);
  if (!run) return std::nullopt;
  if (const DomainRules* framework = framework_rules(*run)) {
    labels = framework_labels(*labels, *framework, options, diags);
    if (!labels) return std::nullopt;
  }
  return Prepared{std::move(*inspection), std::move(*run), std::move(*labels), std::move(*glossary)};
}

std::optional<std::string> render_report_markdown(const Prepared& p, const Options& options, Diagnostics& diags) {
  const RenderInputs inputs{p.inspection, p.run, p.labels, p.glossary, options.root / "templates", options.draft};
  auto markdown = render_markdown(inputs, diags);
  if (!markdown) return std::nullopt;
  // A footnote reference left as text would print as "[^id]": catch what the data checks cannot see.
  for (const auto& leftover : outline_markdown(*markdown).unresolved_footnotes)
    diags.error(SourcePos{p.inspection.source_file, 0, 0}, "unresolved-footnote",
                "the rendered report cites " + leftover + " but nothing defines it");
  warn_proposed_labels(p.labels, diags);
  if (const DomainRules* framework = framework_rules(p.run)) warn_unconfirmed_used(*framework, p.labels, diags);
  return markdown;
}

bool render_to_file(const fs::path& input, const fs::path& output, const Options& given, Diagnostics& diags) {
  Options options = given;
  options.refuse_placeholders = !options.draft;
  if (const auto languages = edition_languages(options.language); languages && languages->size() > 1)
    return render_bilingual_to_file(input, output, *languages, options, diags);
  const OutputFormat* format = output_format(output);
  if (!format) {
    diags.error(SourcePos{}, "unsupported-format",
                "cannot write '" + output.string() + "': quire writes Markdown (.md), PDF (.pdf) and HTML (.html)");
    return false;
  }
  StageTimes* t = options.timings;
  std::optional<Prepared> prepared;
  {
    const StageTimer timer(t ? &t->prepare_ms : nullptr);
    prepared = prepare(input, options, diags);
  }
  if (!prepared || diags.has_errors()) return false;
  std::optional<std::string> markdown;
  {
    const StageTimer timer(t ? &t->markdown_ms : nullptr);
    markdown = render_report_markdown(*prepared, options, diags);
  }
  if (!markdown || diags.has_errors()) return false;
  auto bytes = format->one(*prepared, *markdown, options, diags);
  if (!bytes || diags.has_errors()) return false;
  const StageTimer timer(t ? &t->output_ms : nullptr);
  write_file_atomic(output, *bytes);
  return true;
}

}  // namespace quire
