#include "translate/translations.hpp"

#include <map>

#include "base/files.hpp"
#include "base/text.hpp"
#include "load/load.hpp"
#include "translate/splice.hpp"
#include "translate/xliff.hpp"

namespace quire::translate {

namespace fs = std::filesystem;

namespace {

// What the translator reads beside a unit: where the text sits in the report, and what to keep.
std::string note_for(const TranslatableField& field) {
  std::string note = "Field " + field.path + " (" + fs::path(field.pos.file).filename().string() + ", line " +
                     std::to_string(field.pos.line) + ").";
  if (field.markdown)
    note += " Markdown: keep every tag (emphasis, links, footnote references) around the words it marks.";
  else
    note += " Printed as it is: a name that Welsh spells the same is copied unchanged.";
  if (field.stale()) note += " The English changed after it was translated: the earlier Welsh is offered beside it.";
  return note;
}

std::optional<std::vector<TranslatableField>> fields_of(const fs::path& input, Diagnostics& diags) {
  const auto source = InspectionSource::open(input, diags);
  if (!source) return std::nullopt;
  Diagnostics ignored;  // the data's own problems are validate's to report
  return source->translatable_fields(ignored);
}

}  // namespace

std::optional<std::size_t> export_translations(const fs::path& input, const std::string& language,
                                               const fs::path& output, Diagnostics& diags) {
  if (language != "cy") {
    diags.error(SourcePos{}, "unknown-language", "translations go into Welsh ('--to cy'), found '" + language + "'");
    return std::nullopt;
  }
  const auto fields = fields_of(input, diags);
  if (!fields) return std::nullopt;
  std::vector<ExportUnit> units;
  for (const TranslatableField& field : *fields) {
    if (!field.needs_work()) continue;
    units.push_back(ExportUnit{field.path, field.english, note_for(field),
                               field.stale() ? field.welsh : std::nullopt, field.markdown, std::nullopt});
  }
  try {
    write_file_atomic(output, write_xliff(units, input.filename().string(), language));
  } catch (const FileError& e) {
    diags.error(SourcePos{output.string(), 0, 0}, "cannot-write", e.what());
    return std::nullopt;
  }
  return units.size();
}

namespace {

// Reads the spliced text back and checks that each translated field now holds its Welsh and its
// fingerprint, and that every other field's English and Welsh are as they were.
bool check_spliced(const fs::path& input, const std::string& text, const std::vector<TranslatableField>& before,
                   const std::vector<Translation>& translations, Diagnostics& diags) {
  Diagnostics parse;
  const auto reread = InspectionSource::from_text(input.string(), text, input.parent_path(), parse);
  std::map<std::string, TranslatableField> after;
  if (reread) {
    Diagnostics ignored;
    for (auto& f : reread->translatable_fields(ignored)) after.emplace(f.path, std::move(f));
  }
  std::map<std::string, const Translation*> given;
  for (const Translation& t : translations) given[t.field->path] = &t;
  bool ok = reread.has_value() && after.size() == before.size();
  for (const TranslatableField& old : before) {
    const auto found = after.find(old.path);
    bool same = found != after.end() && found->second.english == old.english;
    if (same && given.count(old.path)) {
      const Translation& t = *given.at(old.path);
      same = found->second.welsh && trim(*found->second.welsh) == trim(t.welsh) &&
             found->second.welsh_of == english_fingerprint(old.english) && found->second.reviewed == t.reviewed;
    } else if (same) {
      same = found->second.welsh == old.welsh && found->second.welsh_of == old.welsh_of;
    }
    if (!same) {
      diags.error(old.pos, "import-cannot-place",
                  old.path + ": the Welsh could not be placed here without changing the text around it; "
                             "write it as {en: ..., cy: ...} by hand (nothing was changed)");
      ok = false;
    }
  }
  if (!ok && !diags.has_errors())
    diags.error(SourcePos{input.string(), 0, 0}, "import-cannot-place", "the translations could not be placed; nothing was changed");
  return ok;
}

}  // namespace

std::optional<std::size_t> import_translations(const fs::path& xliff, const fs::path& input, Diagnostics& diags) {
  const auto xml = try_read_file(xliff);
  if (!xml) {
    diags.error(SourcePos{xliff.string(), 0, 0}, "cannot-read", "cannot read the XLIFF file");
    return std::nullopt;
  }
  const auto source = InspectionSource::open(input, diags);
  if (!source) return std::nullopt;
  Diagnostics ignored;
  const std::vector<TranslatableField> fields = source->translatable_fields(ignored);
  std::map<std::string, const TranslatableField*> by_path;
  for (const auto& f : fields) by_path.emplace(f.path, &f);
  const auto units = read_xliff(
      xliff.string(), *xml,
      [&](const std::string& id) -> std::optional<UnitEnglish> {
        const auto found = by_path.find(id);
        if (found == by_path.end()) return std::nullopt;
        return UnitEnglish{found->second->english, found->second->markdown};
      },
      diags);
  if (!units) return std::nullopt;
  std::vector<Translation> translations;
  for (const ImportedUnit& u : *units) translations.push_back(Translation{by_path.at(u.id), u.target, u.reviewed});
  const auto spliced = splice_translations(source->text(), translations, diags);
  if (!spliced || !check_spliced(input, *spliced, fields, translations, diags)) return std::nullopt;
  try {
    if (!translations.empty()) write_file_atomic(input, *spliced);
  } catch (const FileError& e) {
    diags.error(SourcePos{input.string(), 0, 0}, "cannot-write", e.what());
    return std::nullopt;
  }
  return translations.size();
}

}  // namespace quire::translate
