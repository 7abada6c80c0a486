#include "load/parse_cache.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/binary.hpp"
#include "base/files.hpp"

namespace quire::load_detail {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFormat = "quire-cache 2";  // bump when a cached type changes

std::optional<fs::path> cache_folder() {
  if (const char* chosen = std::getenv("QUIRE_CACHE"); chosen && *chosen)
    return std::string_view(chosen) == "off" ? std::nullopt : std::optional<fs::path>(chosen);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "quire";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "quire";
  return std::nullopt;
}

std::optional<fs::path> entry_for(std::string_view kind, std::string_view source) {
  const auto folder = cache_folder();
  if (!folder) return std::nullopt;
  char name[64];
  std::snprintf(name, sizeof name, "-%016llx-%zu.bin", static_cast<unsigned long long>(fingerprint(source)),
                source.size());
  return *folder / (std::string(kind) + name);
}

std::optional<std::string> read_entry(std::string_view kind, std::string_view source) {
  const auto path = entry_for(kind, source);
  if (!path) return std::nullopt;
  return try_read_file(*path);
}

void write_entry(std::string_view kind, std::string_view source, const BinaryWriter& body) {
  const auto path = entry_for(kind, source);
  if (!path) return;
  try {
    write_file_atomic(*path, body.bytes());
  } catch (const FileError&) {
    // A read-only or full disk costs only speed.
  }
}

// Every entry starts with the format and its kind, so a file from another version or of another
// kind is never read as this one.
BinaryWriter start(std::string_view kind) {
  BinaryWriter w;
  w.text(kFormat);
  w.text(kind);
  return w;
}

bool started(BinaryReader& r, std::string_view kind) {
  std::string format, found_kind;
  return r.text(format) && format == kFormat && r.text(found_kind) && found_kind == kind;
}

void write_list(BinaryWriter& w, const std::vector<std::string>& list) {
  w.count(list.size());
  for (const auto& item : list) w.text(item);
}

bool read_list(BinaryReader& r, std::vector<std::string>& list) {
  std::uint64_t n = 0;
  if (!r.count(n)) return false;
  list.resize(n);
  for (auto& item : list)
    if (!r.text(item)) return false;
  return true;
}

void write_wordings(BinaryWriter& w, const std::map<std::string, GlossaryWording>& wordings) {
  w.count(wordings.size());
  for (const auto& [key, wording] : wordings) {
    w.text(key);
    w.text(wording.term);
    w.text(wording.definition);
  }
}

bool read_wordings(BinaryReader& r, std::map<std::string, GlossaryWording>& wordings) {
  std::uint64_t n = 0;
  if (!r.count(n)) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::string key;
    GlossaryWording wording;
    if (!r.text(key) || !r.text(wording.term) || !r.text(wording.definition)) return false;
    wordings.emplace(std::move(key), std::move(wording));
  }
  return true;
}

}  // namespace

std::optional<Catalogue> cached_catalogue(const std::string& file, std::string_view source) {
  const auto bytes = read_entry("catalogue", source);
  if (!bytes) return std::nullopt;
  BinaryReader r(*bytes);
  std::string language;
  std::uint64_t label_count = 0, list_count = 0;
  if (!started(r, "catalogue") || !r.text(language) || !r.count(label_count)) return std::nullopt;
  std::map<std::string, Label> labels;
  for (std::uint64_t i = 0; i < label_count; ++i) {
    std::string key;
    Label label;
    std::uint64_t status = 0;
    if (!r.text(key) || !r.text(label.text) || !r.count(status) || status > 3) return std::nullopt;
    label.status = static_cast<LabelStatus>(status);
    labels.emplace(std::move(key), std::move(label));
  }
  if (!r.count(list_count)) return std::nullopt;
  std::map<std::string, std::vector<std::string>> lists;
  for (std::uint64_t i = 0; i < list_count; ++i) {
    std::string key;
    std::vector<std::string> list;
    if (!r.text(key) || !read_list(r, list)) return std::nullopt;
    lists.emplace(std::move(key), std::move(list));
  }
  if (!r.at_end()) return std::nullopt;
  return Catalogue(std::move(language), file, std::move(labels), std::move(lists));
}

void keep_catalogue(std::string_view source, const Catalogue& catalogue) {
  BinaryWriter w = start("catalogue");
  w.text(catalogue.language());
  w.count(catalogue.labels().size());
  for (const auto& [key, label] : catalogue.labels()) {
    w.text(key);
    w.text(label.text);
    w.count(static_cast<std::uint64_t>(label.status));
  }
  w.count(catalogue.lists().size());
  for (const auto& [key, list] : catalogue.lists()) {
    w.text(key);
    write_list(w, list);
  }
  write_entry("catalogue", source, w);
}

std::optional<Glossary> cached_glossary(std::string_view source) {
  const auto bytes = read_entry("glossary", source);
  if (!bytes) return std::nullopt;
  BinaryReader r(*bytes);
  Glossary g;
  std::uint64_t term_count = 0, list_count = 0;
  if (!started(r, "glossary") || !r.count(term_count)) return std::nullopt;
  g.terms.resize(term_count);
  for (auto& term : g.terms)
    if (!r.text(term.id) || !read_list(r, term.acronyms) || !read_list(r, term.see_also) ||
        !read_wordings(r, term.wording) ||
        !read_wordings(r, term.family_wording))
      return std::nullopt;
  if (!read_list(r, g.common_acronyms) || !r.count(list_count)) return std::nullopt;
  for (std::uint64_t i = 0; i < list_count; ++i) {
    std::string family;
    std::vector<std::string> ids;
    if (!r.text(family) || !read_list(r, ids)) return std::nullopt;
    g.family_lists.emplace(std::move(family), std::move(ids));
  }
  if (!r.at_end()) return std::nullopt;
  return g;
}

void keep_glossary(std::string_view source, const Glossary& glossary) {
  BinaryWriter w = start("glossary");
  w.count(glossary.terms.size());
  for (const auto& term : glossary.terms) {
    w.text(term.id);
    write_list(w, term.acronyms);
    write_list(w, term.see_also);
    write_wordings(w, term.wording);
    write_wordings(w, term.family_wording);
  }
  write_list(w, glossary.common_acronyms);
  w.count(glossary.family_lists.size());
  for (const auto& [family, ids] : glossary.family_lists) {
    w.text(family);
    write_list(w, ids);
  }
  write_entry("glossary", source, w);
}

}  // namespace quire::load_detail
