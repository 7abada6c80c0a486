// The report families, in one table every stage folds over. A family is a plug-in: its folder
// (families/NAME/) holds its model, reading, rules, scoring, audit, view and scaffold, and its
// entry (families/NAME/family.hpp) names its piece of each stage. The ReportFamily concept states
// every piece, so a family that lacks one does not compile, and FamilyRegistry checks that the
// table covers every alternative of the model's and the scores' variants, so no family is left out
// of a stage. The table is header-only: each stage calls only its own pieces, and the link edges in
// engine/CMakeLists.txt still refuse a call the wrong way down the pipeline.
#pragma once

#include <concepts>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/dispatch.hpp"
#include "families/cci/family.hpp"
#include "families/domain_rated/family.hpp"
#include "families/fji/family.hpp"
#include "families/pieces.hpp"
#include "families/sqs/family.hpp"

namespace quire {

template <typename T, typename Variant>
inline constexpr bool is_alternative_of = false;
template <typename T, typename... A>
inline constexpr bool is_alternative_of<T, std::variant<A...>> = (std::same_as<T, A> || ...);

// Everything a report family must provide, stage by stage. The stage types are only declared
// here (families/pieces.hpp), so each piece is checked by its exact signature.
template <typename F>
concept ReportFamily = requires(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags,
                                const typename F::Run& run, const typename F::Report& report, const Catalogue& labels,
                                std::vector<const MarkdownText*>& fields, std::vector<Located<std::string>>& cited,
                                std::vector<std::string>& owners) {
  { F::id } -> std::convertible_to<Family>;
  { F::name } -> std::convertible_to<std::string_view>;
  requires is_alternative_of<typename F::Report, FamilyReport>;
  requires is_alternative_of<typename F::Run, FamilyRun>;
  // model/: its narrative fields, the footnotes its structured fields cite, and its recommendations
  // owners (model.cpp), which load/'s reference checks read.
  { collect_narrative(report, fields) } -> std::same_as<void>;
  { collect_citations(report, cited) } -> std::same_as<void>;
  { collect_owners(report, owners) } -> std::same_as<void>;
  // load/: its key tables (families/NAME/keys.cpp) and the reading of its keys (read.cpp).
  requires std::same_as<decltype(&F::key_maps), const KeyMaps& (*)()>;
  requires std::same_as<decltype(&F::read),
                        void (*)(load_detail::YamlReader&, const load_detail::YamlNode&, typename F::Report&)>;
  // scaffold/: its keys in a new inspection (scaffold.cpp).
  requires std::same_as<decltype(&F::write_scaffold),
                        bool (*)(scaffold::Writer&, const std::filesystem::path&, const scaffold::Request&,
                                 scaffold::Written&, Diagnostics&)>;
  // pipeline/: reads its rules file and scores the inspection (family.cpp, through score/).
  { F::run(in, rules, diags) } -> std::same_as<std::optional<FamilyRun>>;
  // Its rating words, best first, as the catalogue prints them (badges take their colour from them).
  { F::rating_words(run, labels) } -> std::same_as<std::vector<std::string>>;
  // When the report was published: "YYYY-MM" or "YYYY-MM-DD".
  { F::published(report) } -> std::same_as<std::string>;
  // score/: the framework version its run's rules are, or nullptr when they have none (score.cpp).
  { F::framework(run) } -> std::same_as<const DomainRules*>;
  // `quire score`'s audit trail (audit.cpp).
  { audit_text(run) } -> std::same_as<std::string>;
  { audit_json(run) } -> std::same_as<std::string>;
};

// The entry whose Run (or Report) is `T`; naming it for a type no entry has is a compile error.
template <typename T, typename... F>
struct FamilyByRun;
template <typename T, typename First, typename... Rest>
struct FamilyByRun<T, First, Rest...>
    : std::conditional_t<std::same_as<T, typename First::Run>, std::type_identity<First>, FamilyByRun<T, Rest...>> {};
template <typename T, typename... F>
struct FamilyByReport;
template <typename T, typename First, typename... Rest>
struct FamilyByReport<T, First, Rest...>
    : std::conditional_t<std::same_as<T, typename First::Report>, std::type_identity<First>, FamilyByReport<T, Rest...>> {};

// The table of families: each entry a ReportFamily, together covering every family.
template <ReportFamily... F>
struct FamilyRegistry {
  static_assert(sizeof...(F) == std::variant_size_v<FamilyRun> && sizeof...(F) == std::variant_size_v<FamilyReport>,
                "every family's Run and Report need an entry in the registry, and every entry its alternatives");

  // Calls `f` with the entry (as a null pointer of its type) whose id is `family`; false when none is.
  template <typename Fn>
  static bool with(Family family, Fn&& f) {
    return ((F::id == family ? (f(static_cast<const F*>(nullptr)), true) : false) || ...);
  }

  // The same for the entry named `name` as data files name it ("domain-rated").
  template <typename Fn>
  static bool with(std::string_view name, Fn&& f) {
    return ((F::name == name ? (f(static_cast<const F*>(nullptr)), true) : false) || ...);
  }

  // `f(entry, run)` for the entry of the family whose scores `run` holds.
  template <typename Fn>
  static decltype(auto) visit(const FamilyRun& run, Fn&& f) {
    return dispatch(run, [&](const auto& r) -> decltype(auto) {
      using Entry = typename FamilyByRun<std::remove_cvref_t<decltype(r)>, F...>::type;
      return f(static_cast<const Entry*>(nullptr), r);
    });
  }

  // `f(entry, report)` for the entry of the family whose content `report` holds.
  template <typename Fn>
  static decltype(auto) visit(const FamilyReport& report, Fn&& f) {
    return dispatch(report, [&](const auto& r) -> decltype(auto) {
      using Entry = typename FamilyByReport<std::remove_cvref_t<decltype(r)>, F...>::type;
      return f(static_cast<const Entry*>(nullptr), r);
    });
  }
};

// The entry type a registry callback was handed (`entry` is a null pointer of it).
template <typename P>
using EntryOf = std::remove_cvref_t<std::remove_pointer_t<P>>;

// The table. Adding a family: its folder with its entry (families/NAME/family.hpp), and one name here.
using Families = FamilyRegistry<DomainRatedFamily, FjiFamily, SqsFamily, CciFamily>;

}  // namespace quire
