#include "cli/batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "base/files.hpp"

namespace quire::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* kInspectionFile = "inspection.yaml";

// Folders a search does not enter: version control, editors' and node's (tests/browser) trees.
bool skipped_folder(const fs::path& folder) {
  const std::string name = folder.filename().string();
  return (!name.empty() && name[0] == '.') || name == "node_modules";
}

void inspections_under(const fs::path& folder, std::vector<fs::path>& found) {
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it->is_directory() && skipped_folder(it->path())) it.disable_recursion_pending();
    else if (it->path().filename() == kInspectionFile && it->is_regular_file()) found.push_back(it->path());
  }
}

// The name an inspection's outputs take: its folder's, or for a file named directly outside any
// folder, the file's own stem.
std::string name_of(const fs::path& input) {
  const fs::path folder = input.parent_path().filename();
  return folder.empty() || folder == "." || folder == ".." ? input.stem().string() : folder.string();
}

std::vector<std::string> split_formats(const std::string& list) {
  std::vector<std::string> formats;
  std::stringstream in(list.empty() ? std::string("pdf") : list);
  for (std::string f; std::getline(in, f, ',');) formats.push_back(f);
  return formats;
}

// Checks --to and --lang together; an empty string when they can be rendered.
std::string options_problem(const std::vector<std::string>& formats, const std::vector<std::string>& languages) {
  std::set<std::string> seen;
  for (const auto& f : formats) {
    if (f != "pdf" && f != "md" && f != "html")
      return "--to takes formats among pdf, md and html, separated by commas; found '" + f + "'";
    if (!seen.insert(f).second) return "--to names '" + f + "' twice";
  }
  std::set<std::string> editions(languages.begin(), languages.end());
  if (editions.size() != languages.size()) return "--lang names the same edition twice";
  for (const auto& l : languages)
    if (l.find(',') != std::string::npos && seen.count("md"))
      return "--to md cannot be written for the bilingual edition --lang " + l +
             " (Markdown is written one language a file); ask for en and cy separately";
  return "";
}

struct Outcome {
  Diagnostics diags;
  std::vector<std::string> failed_editions;  // the languages with an output not written, in order
  bool written_any = false;
  bool failed() const { return !failed_editions.empty(); }
};

// Renders one inspection in every edition and format asked; its problems are kept once each.
Outcome render_one(const BatchItem& item, const fs::path& outdir, const std::vector<std::string>& formats,
                   const std::vector<std::string>& languages, const Options& base) {
  Outcome outcome;
  for (const auto& language : languages)
    for (const auto& format : formats) {
      Options options = base;
      options.language = language;
      const fs::path output = outdir / output_name(item.name, language, format, languages.size() > 1);
      Diagnostics found;
      bool written = false;
      try {
        written = render_to_file(item.input, output, options, found);
      } catch (const FileError& e) {
        found.error(SourcePos{output.string(), 0, 0}, "cannot-write", e.what());
      } catch (const std::exception& e) {
        found.error(SourcePos{item.input.string(), 0, 0}, "internal-error", e.what());
      }
      outcome.written_any = outcome.written_any || written;
      if (!written && std::find(outcome.failed_editions.begin(), outcome.failed_editions.end(), language) ==
                          outcome.failed_editions.end())
        outcome.failed_editions.push_back(language);
      outcome.diags.append_new(found);
    }
  return outcome;
}

// "12/100 done, 1 failed" on one line of a terminal, rewritten in place.
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), shown_(::isatty(STDERR_FILENO) == 1) {}
  void finished(const std::string& name, bool failed) {
    const std::lock_guard lock(mutex_);
    ++done_;
    failed_ += failed ? 1 : 0;
    if (shown_)
      std::cerr << "\r\033[Kquire: " << done_ << "/" << total_ << " rendered" << (failed_ ? ", " : "")
                << (failed_ ? std::to_string(failed_) + " failed" : "") << " (last: " << name << ")" << std::flush;
  }
  void clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  std::mutex mutex_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t failed_ = 0;
  bool shown_;
};

// "name (cy)" for each inspection of which some editions were written and others not.
std::vector<std::string> partly_written(const std::vector<BatchItem>& items, const std::vector<Outcome>& outcomes) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!outcomes[i].failed() || !outcomes[i].written_any) continue;
    std::string editions;
    for (const auto& language : outcomes[i].failed_editions) editions += (editions.empty() ? "" : ", ") + language;
    out.push_back(items[i].name + " (" + editions + ")");
  }
  return out;
}

// Every inspection's problems, in the batch's order, then one line for the whole batch. An
// inspection whose English was written but not its Welsh (say) is named with the editions that
// failed, apart from those of which nothing was written.
int summarise(const std::vector<BatchItem>& items, const std::vector<Outcome>& outcomes, const fs::path& outdir) {
  std::size_t errors = 0, warnings = 0;
  std::vector<std::string> failed;  // nothing written
  // A problem of a shared file (a label catalogue's note, say) is found once per inspection;
  // the summary lists it once.
  std::set<std::string> printed;
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (const auto& d : outcomes[i].diags.all()) {
      if (!printed.insert(format_diagnostic(d)).second) continue;
      std::cerr << format_diagnostic(d) << "\n";
      errors += d.severity == Severity::error ? 1 : 0;
      warnings += d.severity == Severity::warning ? 1 : 0;
    }
    if (outcomes[i].failed() && !outcomes[i].written_any) failed.push_back(items[i].name);
  }
  const std::vector<std::string> partly = partly_written(items, outcomes);
  // "0 of 4 rendered" read as nothing written when three had their English written (trial4):
  // the partly written are counted on the same line.
  std::cerr << "quire: " << items.size() - failed.size() - partly.size() << " of " << items.size()
            << " inspections rendered into " << outdir.string()
            << (partly.empty() ? "" : " (" + std::to_string(partly.size()) + " more in part)") << "; " << errors
            << (errors == 1 ? " error, " : " errors, ") << warnings << (warnings == 1 ? " warning" : " warnings") << "\n";
  if (!partly.empty()) {
    std::cerr << "quire: editions not written (the others were):";
    for (std::size_t i = 0; i < partly.size(); ++i) std::cerr << (i ? ", " : " ") << partly[i];
    std::cerr << "\n";
  }
  if (!failed.empty()) {
    std::cerr << "quire: failed (nothing written for them):";
    for (const auto& name : failed) std::cerr << " " << name;
    std::cerr << "\n";
  }
  return failed.empty() && partly.empty() ? kSuccess : kBadInput;
}

}  // namespace

bool is_batch(const Arguments& args) {
  std::error_code ec;
  return args.inputs.size() > 1 || fs::is_directory(args.input, ec);
}

std::optional<std::vector<BatchItem>> find_inspections(const std::vector<std::string>& inputs, std::string& error) {
  std::vector<BatchItem> items;
  for (const auto& input : inputs) {
    std::error_code ec;
    std::vector<fs::path> found;
    if (fs::is_directory(input, ec)) inspections_under(input, found);
    else if (fs::is_regular_file(input, ec)) found.push_back(input);
    if (found.empty()) {
      error = fs::exists(input, ec) ? "no " + std::string(kInspectionFile) + " under '" + input + "'"
                                    : "cannot read '" + input + "': no such file or folder";
      return std::nullopt;
    }
    std::sort(found.begin(), found.end());
    for (const auto& f : found) items.push_back({f, name_of(f)});
  }
  std::map<std::string, fs::path> by_name;
  for (const auto& item : items)
    if (auto [it, added] = by_name.emplace(item.name, item.input); !added) {
      error = "'" + it->second.string() + "' and '" + item.input.string() + "' would both be written as '" +
              item.name + "'; render them into different folders";
      return std::nullopt;
    }
  return items;
}

std::string output_name(const std::string& name, const std::string& language, const std::string& format,
                        bool several_editions) {
  if (!several_editions) return name + "." + format;
  std::string tag = language;
  std::replace(tag.begin(), tag.end(), ',', '-');
  return name + "." + tag + "." + format;
}

int run_batch(const Arguments& args, const Options& options) {
  const auto formats = split_formats(args.formats);
  if (const std::string problem = options_problem(formats, args.languages); !problem.empty()) {
    std::cerr << "quire: " << problem << "\n";
    return kBadInput;
  }
  std::string error;
  const auto items = find_inspections(args.inputs, error);
  if (!items) {
    std::cerr << "quire: " << error << "\n";
    return kBadInput;
  }
  const fs::path outdir = args.output;
  std::vector<Outcome> outcomes(items->size());
  Progress progress(items->size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < items->size();) {
      outcomes[i] = render_one((*items)[i], outdir, formats, args.languages, options);
      progress.finished((*items)[i].name, outcomes[i].failed());
    }
  };
  // One worker per core: each report is rendered on one thread (its own helpers aside), so the
  // cores are shared by reports, not by the stages of one.
  const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, items->size());
  std::vector<std::jthread> pool;
  for (std::size_t w = 1; w < workers; ++w) pool.emplace_back(work);
  work();
  pool.clear();
  progress.clear();
  return summarise(*items, outcomes, outdir);
}

}  // namespace quire::cli
