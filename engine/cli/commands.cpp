#include "cli/commands.hpp"

#include <cstdlib>
#include <iostream>

#include "base/files.hpp"
#include "pipeline/framework.hpp"
#include "pipeline/pipeline.hpp"
#include "cli/preview.hpp"

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

int run_render(const Arguments& args) {
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
      if (const RuleSet* framework = framework_rules(prepared->run)) warn_each_unconfirmed(*framework, found);
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

}  // namespace

int run_command(const Arguments& args) {
  if (args.help) {
    std::cout << usage(args.command);
    return kSuccess;
  }
  if (args.command == "render") return run_render(args);
  if (args.command == "validate") return run_validate(args);
  if (args.command == "serve") return run_preview(args, options_from(args));
  return run_score(args);
}

}  // namespace quire::cli
