// A bilingual edition: every language's report made on its own (prepared, rendered and laid out
// with its own labels, so each has its own cover, contents and page numbers), then written into
// one PDF, in the order asked for. The HTML page is made the same way (html_output.cpp).
#include <algorithm>

#include "base/files.hpp"
#include "pipeline/each_language.hpp"
#include "pipeline/outputs.hpp"
#include "pipeline/pipeline.hpp"

namespace quire {

namespace fs = std::filesystem;

namespace {

// One language's report, laid out.
struct Edition {
  Prepared prepared;
  layout::LaidOutDocument laid_out;
};

std::optional<Edition> make_edition(const fs::path& input, const Options& options, Diagnostics& diags) {
  auto prepared = prepare(input, options, diags);
  if (!prepared || diags.has_errors()) return std::nullopt;
  auto markdown = render_report_markdown(*prepared, options, diags);
  if (!markdown || diags.has_errors()) return std::nullopt;
  auto laid_out = lay_out_report(*prepared, *markdown, options, diags);
  if (!laid_out || diags.has_errors()) return std::nullopt;
  return Edition{std::move(*prepared), std::move(*laid_out)};
}

// The top-level bookmark of a language's part: the language's own name, from its catalogue.
std::string bookmark_of(const Edition& edition, Diagnostics& diags) {
  if (const Label* name = edition.prepared.labels.find("common.language_name")) return name->text;
  diags.error(SourcePos{edition.prepared.labels.file(), 0, 0}, "missing-label",
              "the catalogue has no label 'common.language_name', which names its part of a bilingual edition");
  return edition.prepared.labels.language();
}

}  // namespace

std::optional<std::vector<std::string>> edition_languages(const std::string& list) {
  std::vector<std::string> languages;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    languages.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  const bool known = std::all_of(languages.begin(), languages.end(), [](const std::string& l) { return l == "en" || l == "cy"; });
  if (!known || languages.size() > 2 || (languages.size() == 2 && languages[0] == languages[1])) return std::nullopt;
  return languages;
}

bool render_bilingual_to_file(const fs::path& input, const fs::path& output, const std::vector<std::string>& languages,
                              const Options& options, Diagnostics& diags) {
  const OutputFormat* format = output_format(output);
  if (!format || !format->both) {  // the code predates the HTML edition; codes stay stable
    diags.error(SourcePos{}, "bilingual-needs-pdf",
                "a bilingual edition (--lang " + languages[0] + "," + languages[1] +
                    ") is one PDF or HTML page holding both languages; for Markdown, render each language to its "
                    "own file (--lang " + languages[0] + " -o ..., then --lang " + languages[1] + " -o ...)");
    return false;
  }
  auto bytes = format->both(input, languages, options, diags);
  if (!bytes || diags.has_errors()) return false;
  const StageTimer timer(options.timings ? &options.timings->output_ms : nullptr);
  write_file_atomic(output, *bytes);
  return true;
}

std::optional<std::string> render_bilingual_pdf(const fs::path& input, const std::vector<std::string>& languages,
                                                const Options& options, Diagnostics& diags) {
  const auto editions = make_each_language(languages, options, diags, [&](const Options& one, Diagnostics& found) {
    return make_edition(input, one, found);
  });
  if (!editions) return std::nullopt;
  std::vector<pdf::Part> parts;
  for (const auto& e : *editions) parts.push_back(pdf::Part{&e.laid_out, e.laid_out.meta.language, bookmark_of(e, diags)});
  if (diags.has_errors()) return std::nullopt;
  return write_report_pdf(parts, SourcePos{input.string(), 0, 0}, options, diags);
}

}  // namespace quire
