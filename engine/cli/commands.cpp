#include "cli/commands.hpp"

#include <cstdlib>
#include <iostream>

#include "base/files.hpp"
#include "cli/batch.hpp"
#include "cli/preview.hpp"
#include "model/common.hpp"
#include "pipeline/framework.hpp"
#include "pipeline/pipeline.hpp"
#include "scaffold/scaffold.hpp"
#include "scaffold/schema.hpp"

namespace quire::cli {

namespace {

// Prints every diagnostic and a one-line tally to stderr.
void report(const Diagnostics& diags) {
  std::size_t warnings = 0;
  for (const auto& d : diags.all()) {
    std::cerr << format_diagnostic(d) << "\n";
    if (d.severity == Severity::warning) ++warnings;
  }
  const std::size_t errors = diags.error_count();
  if (errors || warnings)
    std::cerr << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
}

Options options_from(const Arguments& args) {
  Options o;
  o.root = args.root.empty() ? default_root() : std::filesystem::path(args.root);
  o.language = args.language;
  o.draft = args.draft;
  return o;
}

int exit_code(const Diagnostics& diags) { return diags.has_errors() ? kBadInput : kSuccess; }

// A single render's arguments that only a batch takes; an empty string when there are none.
std::string single_render_problem(const Arguments& args) {
  if (!args.formats.empty()) return "--to is for rendering folders; for one file, OUTPUT's extension gives the format";
  if (args.languages.size() > 1) return "--lang is given more than once; one file is rendered in one edition";
  return "";
}

int run_render(const Arguments& args) {
  if (is_batch(args)) return run_batch(args, options_from(args));
  if (const std::string problem = single_render_problem(args); !problem.empty()) {
    std::cerr << "quire: " << problem << "\n";
    return kBadInput;
  }
  Diagnostics diags;
  bool written = false;
  StageTimes timings;
  Options options = options_from(args);
  const char* want_timings = std::getenv("QUIRE_TIMINGS");
  if (want_timings && *want_timings && std::string(want_timings) != "0") options.timings = &timings;
  try {
    written = render_to_file(args.input, args.output, options, diags);
  } catch (const FileError& e) {
    diags.error(SourcePos{args.output, 0, 0}, "cannot-write", e.what());
  }
  report(diags);
  if (options.timings) std::cerr << "quire: timings: " << timings.summary() << "\n";
  if (!written) {
    std::cerr << "quire: nothing written; " << args.output << " is unchanged\n";
    return kBadInput;
  }
  return kSuccess;
}

int run_validate(const Arguments& args) {
  Diagnostics diags;
  for (const auto& language : edition_languages(args.language).value_or(std::vector<std::string>{args.language})) {
    Options options = options_from(args);
    options.language = language;
    Diagnostics found;
    if (auto prepared = prepare(args.input, options, found); prepared && !found.has_errors()) {
      render_report_markdown(*prepared, options, found);  // templates and labels are checked too
      if (const DomainRules* framework = framework_rules(prepared->run)) warn_each_unconfirmed(*framework, found);
    }
    diags.append_new(found);  // the data's own problems once, not once per language
  }
  report(diags);
  if (!diags.has_errors()) std::cerr << args.input << ": valid\n";
  return exit_code(diags);
}

int run_score(const Arguments& args) {
  Diagnostics diags;
  auto prepared = prepare(args.input, options_from(args), diags);
  report(diags);
  if (!prepared || diags.has_errors()) return kBadInput;
  std::cout << (args.json ? family_audit_json(prepared->run) : family_audit_text(prepared->run));
  return kSuccess;
}

int run_new(const Arguments& args) {
  const std::string& family = args.inputs[0];
  const std::filesystem::path dir = args.inputs[1];
  if (!family_from_name(family)) {
    std::cerr << "quire: unknown family '" << family << "'; expected domain-rated, fji, sqs or cci\n";
    return kBadInput;
  }
  const auto languages = edition_languages(args.language);
  if (!languages || (languages->size() == 1 && languages->front() != "en")) {
    std::cerr << "quire: --lang for a new inspection is en, or cy,en for a bilingual one; found '" << args.language
              << "'\n";
    return kBadInput;
  }
  Diagnostics diags;
  const scaffold::Request request{family, args.rules, args.area, *languages, options_from(args).root};
  bool written = false;
  try {
    written = scaffold::write_new_inspection(dir, request, diags);
  } catch (const FileError& e) {
    diags.error(SourcePos{dir.string(), 0, 0}, "cannot-write", e.what());
  }
  report(diags);
  if (!written) return kBadInput;
  // Name every file written: an inspector who finds an unannounced .json file may delete it.
  std::cerr << "quire: started " << (dir / "inspection.yaml").string() << ", " << (dir / "cases.csv").string()
            << " and " << (dir / scaffold::kSchemaFile).string()
            << " (for the editor); next: quire validate " << (dir / "inspection.yaml").string() << "\n";
  return kSuccess;
}

int run_schema(const Arguments& args) {
  const auto schema = scaffold::family_schema(args.input, args.rules);
  if (!schema) {
    std::cerr << "quire: unknown family '" << args.input << "'; expected domain-rated, fji, sqs or cci\n";
    return kBadInput;
  }
  std::cout << *schema;
  return kSuccess;
}

}  // namespace

int run_command(const Arguments& args) {
  if (args.help) {
    std::cout << usage(args.command);
    return kSuccess;
  }
  if (args.command == "render") return run_render(args);
  if (args.command == "translations") return run_translations(args);
  if (args.command == "validate") return run_validate(args);
  if (args.command == "serve") return run_preview(args, options_from(args));
  if (args.command == "new") return run_new(args);
  if (args.command == "schema") return run_schema(args);
  return run_score(args);
}

}  // namespace quire::cli
