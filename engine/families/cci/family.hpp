// The CCI (Core Case Inspection) family's entry in the registry (families/registry.hpp): its name, its model and scores,
// and its piece of each stage. Each piece is defined in this folder, in the file named after its
// stage (read.cpp, keys.cpp, scaffold.cpp, family.cpp), and the ReportFamily concept requires them all.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "families/cci/model.hpp"
#include "families/pieces.hpp"

namespace quire {

struct CciRun;

struct CciFamily {
  static constexpr Family id = Family::cci;
  static constexpr std::string_view name = "cci";
  using Report = CciReport;
  using Run = CciRun;
  // load/: its key tables by map name ("top" holds its top-level keys), and the reading of them.
  static const KeyMaps& key_maps();
  static void read(load_detail::YamlReader& r, const load_detail::YamlNode& root, Report& out);
  // scaffold/: its keys in a new inspection, for the rules file at `rules`; false (with errors in
  // `diags`) when the rules cannot be read.
  static bool write_scaffold(scaffold::Writer& w, const std::filesystem::path& rules, const scaffold::Request& request,
                             scaffold::Written& written, Diagnostics& diags);
  // pipeline/: reads its rules file and scores the inspection (score/).
  static std::optional<FamilyRun> run(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags);
  // Its rating words, best first, as the catalogue prints them (badges take their colour from them).
  static std::vector<std::string> rating_words(const Run& run, const Catalogue& labels);
  // When the report was published: "YYYY-MM" or "YYYY-MM-DD".
  static std::string published(const Report& report);
  // score/: the framework version its run's rules are, whose own templates, labels and wording the
  // writers take (render_md/, pipeline/), or nullptr when its rules have no versions of their own.
  static const DomainRules* framework(const Run& run);
};

}  // namespace quire
