// The label catalogue's hand-off: every `proposed` Welsh label goes out with its English and its
// Welsh (to confirm or correct); a label the translator confirms comes back `reviewed`.
#include <algorithm>
#include <map>
#include <set>

#include "base/files.hpp"
#include "base/text.hpp"
#include "load/load.hpp"
#include "translate/translations.hpp"
#include "translate/xliff.hpp"

namespace quire::translate {

namespace fs = std::filesystem;

namespace {

fs::path catalogue_path(const fs::path& root, const std::string& language) {
  return root / "data" / "i18n" / (language + ".yaml");
}

std::size_t line_start_of(const std::string& s, int line) {
  std::size_t at = 0;
  for (int l = 1; l < line && at != std::string::npos; ++l) at = s.find('\n', at) + 1;
  return at;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += {'\\', c};
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out + "\"";
}

struct Edit {
  std::size_t begin, end;
  std::string text;
};

// The edits that give the label at `entry` the text `welsh` (when it changed) and `status`.
bool label_edits(const std::string& s, const LabelEntry& entry, const std::string& welsh, const std::string& status,
                 std::vector<Edit>& edits) {
  const std::size_t first = line_start_of(s, entry.line);
  std::size_t at = first + static_cast<std::size_t>(entry.column - 1);
  if (s[at] == '&') at = s.find('{', at);  // an anchored label (&name {...}), which aliases reuse
  const bool changed = welsh != entry.text;
  if (s[at] == '{') {  // {text: "...", status: proposed}, on one line
    const std::size_t end = s.find('\n', at);
    const std::string line = s.substr(at, end - at);
    const std::size_t status_at = line.rfind("status: " + entry.status);
    const std::size_t text_at = line.find("text: ");
    if (status_at == std::string::npos || text_at == std::string::npos || text_at > status_at) return false;
    const std::size_t value = at + status_at + 8;
    edits.push_back(Edit{value, value + entry.status.size(), status});
    if (changed) edits.push_back(Edit{at + text_at + 6, at + status_at - 2, quoted(welsh)});
    return true;
  }
  // status: ... and text: ... as lines of their own, at the map's column.
  const std::size_t column = static_cast<std::size_t>(entry.column - 1);
  bool status_done = false, text_done = !changed;
  for (std::size_t l = first; l < s.size();) {
    const std::size_t next = s.find('\n', l) == std::string::npos ? s.size() : s.find('\n', l) + 1;
    std::size_t indent = 0;
    while (l + indent < s.size() && s[l + indent] == ' ') ++indent;
    if (l > first && indent < column && l + indent < s.size() && s[l + indent] != '\n') break;
    if (indent == column && s.compare(l + indent, 8, "status: ") == 0) {
      edits.push_back(Edit{l + indent + 8, next - 1, status});
      status_done = true;
    } else if (changed && indent == column && s.compare(l + indent, 6, "text: ") == 0) {
      std::size_t end = next;  // the value's continuation lines sit deeper
      while (end < s.size()) {
        std::size_t d = 0;
        while (end + d < s.size() && s[end + d] == ' ') ++d;
        if (d <= column && s[end + d] != '\n') break;
        end = s.find('\n', end) == std::string::npos ? s.size() : s.find('\n', end) + 1;
      }
      edits.push_back(Edit{l + indent + 6, end - 1, quoted(welsh)});
      text_done = true;
    }
    l = next;
  }
  return status_done && text_done;
}

}  // namespace

std::optional<std::size_t> export_label_translations(const fs::path& root, const std::string& language,
                                                     const fs::path& output, Diagnostics& diags) {
  const auto english = load_catalogue(catalogue_path(root, "en"), diags);
  const auto entries = label_entries(catalogue_path(root, language), diags);
  if (!english || !entries) return std::nullopt;
  std::vector<ExportUnit> units;
  std::set<std::pair<int, int>> written;  // a label reused through an alias (*name) is one text
  for (const LabelEntry& e : *entries) {
    const auto en = english->labels().find(e.key);
    if (e.status != "proposed" || en == english->labels().end() || !written.insert({e.line, e.column}).second) continue;
    units.push_back(ExportUnit{e.key, en->second.text,
                               "Label " + e.key + ": the Welsh beside it is proposed. Correct it if needed, then "
                               "mark it final (confirmed). {{...}} tags are filled in from the report's data.",
                               std::nullopt, true, e.text});
  }
  try {
    write_file_atomic(output, write_xliff(units, language + ".yaml", language));
  } catch (const FileError& e) {
    diags.error(SourcePos{output.string(), 0, 0}, "cannot-write", e.what());
    return std::nullopt;
  }
  return units.size();
}

std::optional<std::size_t> import_label_translations(const fs::path& xliff, const fs::path& root,
                                                     const std::string& language, Diagnostics& diags) {
  const fs::path path = catalogue_path(root, language);
  const auto xml = try_read_file(xliff);
  const auto source = try_read_file(path);
  const auto english = load_catalogue(catalogue_path(root, "en"), diags);
  const auto entries = label_entries(path, diags);
  if (!xml || !source) {
    diags.error(SourcePos{(xml ? path : xliff).string(), 0, 0}, "cannot-read", "cannot read the file");
    return std::nullopt;
  }
  if (!english || !entries) return std::nullopt;
  std::map<std::string, const LabelEntry*> by_key;
  for (const auto& e : *entries) by_key[e.key] = &e;
  const auto units = read_xliff(
      xliff.string(), *xml,
      [&](const std::string& id) -> std::optional<UnitEnglish> {
        const auto en = english->labels().find(id);
        if (!by_key.count(id) || en == english->labels().end()) return std::nullopt;
        return UnitEnglish{en->second.text, true};  // labels are Markdown, exported as such
      },
      diags);
  if (!units) return std::nullopt;
  std::vector<Edit> edits;
  std::map<std::pair<int, int>, std::pair<std::string, std::string>> expected;  // label's place -> text, status
  for (const ImportedUnit& u : *units) {
    if (u.state.rfind("needs-", 0) == 0) continue;  // not yet confirmed or corrected
    const LabelEntry& e = *by_key.at(u.id);
    if (expected.count({e.line, e.column})) continue;  // the same label under an alias
    const std::string status = u.reviewed ? "reviewed" : e.status;
    if (!label_edits(*source, e, u.target, status, edits)) {
      diags.error(SourcePos{path.string(), e.line, e.column}, "import-cannot-place",
                  "label " + e.key + ": cannot place the translation here; write it by hand (nothing was changed)");
      return std::nullopt;
    }
    expected[{e.line, e.column}] = {u.target, status};
  }
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
  std::string out = *source;
  for (const Edit& e : edits) out.replace(e.begin, e.end - e.begin, e.text);
  // Read back: every label as expected, every other as it was.
  Diagnostics reread;
  const auto after = label_entries_in(path.string(), out, reread);
  bool ok = after && after->size() == entries->size() && !reread.has_errors();
  for (std::size_t i = 0; ok && i < after->size(); ++i) {
    const LabelEntry& a = (*after)[i];
    const LabelEntry& b = (*entries)[i];
    const std::pair<int, int> place{b.line, b.column};
    const auto want = expected.count(place) ? expected.at(place) : std::make_pair(b.text, b.status);
    ok = a.key == b.key && a.text == want.first && a.status == want.second;
  }
  if (!ok) {
    diags.error(SourcePos{path.string(), 0, 0}, "import-cannot-place",
                "the labels could not be placed without changing others; nothing was changed");
    return std::nullopt;
  }
  try {
    if (!expected.empty()) write_file_atomic(path, out);
  } catch (const FileError& e) {
    diags.error(SourcePos{path.string(), 0, 0}, "cannot-write", e.what());
    return std::nullopt;
  }
  return expected.size();
}

}  // namespace quire::translate
