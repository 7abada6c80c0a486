// `quire translations export|import`: argument parsing and the exit code; the work is translate/'s.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "pipeline/pipeline.hpp"
#include "translate/translations.hpp"

namespace quire::cli {

std::optional<Arguments> parse_translations(const std::vector<std::string>& argv, std::string& error) {
  Arguments args;
  args.command = "translations";
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argv.size()) {
        error = "option " + a + " needs a value";
        return false;
      }
      out = argv[++i];
      return true;
    };
    if (a == "--help" || a == "-h") args.help = true;
    else if (a == "--to") { if (!value(args.to)) return std::nullopt; }
    else if (a == "--labels") { if (!value(args.labels)) return std::nullopt; }
    else if (a == "-o" || a == "--output") { if (!value(args.output)) return std::nullopt; }
    else if (a == "--root") { if (!value(args.root)) return std::nullopt; }
    else if (!a.empty() && a[0] == '-') {
      error = "option " + a + " is not an option of 'translations'";
      return std::nullopt;
    } else if (args.action.empty()) args.action = a;
    else args.files.push_back(a);
  }
  if (args.help) return args;
  if (!args.labels.empty()) {  // the label catalogue: export --labels cy -o FILE.xlf; import FILE.xlf --labels cy
    if (args.labels != "cy") {
      error = "--labels takes the catalogue to translate into: cy";
      return std::nullopt;
    }
    if (args.action == "export" && args.files.empty() && !args.output.empty()) return args;
    if (args.action == "import" && args.files.size() == 1 && args.output.empty()) return args;
  }
  if (args.labels.empty() && args.action == "export" && args.files.size() == 1 && !args.output.empty() && !args.to.empty()) return args;
  if (args.action == "import" && args.files.size() == 2 && args.output.empty() && args.to.empty()) return args;
  error = "expected 'translations export INPUT --to cy -o FILE.xlf', 'translations import FILE.xlf INPUT', "
          "'translations export --labels cy -o FILE.xlf' or 'translations import FILE.xlf --labels cy'";
  return std::nullopt;
}

int run_translations(const Arguments& args) {
  Diagnostics diags;
  std::optional<std::size_t> done;
  const std::filesystem::path root = args.root.empty() ? default_root() : std::filesystem::path(args.root);
  const bool labels = !args.labels.empty();
  std::string changed = args.action == "export" ? args.output : labels ? "the label catalogue" : args.files[1];
  if (labels && args.action == "export")
    done = translate::export_label_translations(root, args.labels, args.output, diags);
  else if (labels)
    done = translate::import_label_translations(args.files[0], root, args.labels, diags);
  else if (args.action == "export")
    done = translate::export_translations(args.files[0], args.to, args.output, diags);
  else
    done = translate::import_translations(args.files[0], args.files[1], diags);
  for (const auto& d : diags.all()) std::cerr << format_diagnostic(d) << "\n";
  if (!done) {
    std::cerr << "quire: nothing written; " << changed << " is unchanged\n";
    return kBadInput;
  }
  if (args.action == "export")
    std::cerr << args.output << ": " << *done << (*done == 1 ? " unit" : " units") << " to translate\n";
  else
    std::cerr << changed << ": Welsh placed beside " << *done << (*done == 1 ? " text" : " texts") << "\n";
  return kSuccess;
}

}  // namespace quire::cli
