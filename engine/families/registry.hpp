// The report families, in one table every stage folds over. A family is a plug-in: one entry
// here names its model (Report, read by load/), its rules and scores (Run, made by score/ through
// `run`), and how the writers see it (`rating_words`, `published`); its audit (score/) and view
// (render_md/) are overloads on its Run. The ReportFamily concept states every piece, so a family
// that lacks one does not compile, and FamilyRegistry checks that the table covers every
// alternative of the model's and the scores' variants, so no family is left out of a stage.
#pragma once

#include <concepts>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/dispatch.hpp"
#include "i18n/catalogue.hpp"
#include "model/inspection.hpp"
#include "pipeline/families.hpp"
#include "score/family_run.hpp"

namespace quire {

template <typename T, typename Variant>
inline constexpr bool is_alternative_of = false;
template <typename T, typename... A>
inline constexpr bool is_alternative_of<T, std::variant<A...>> = (std::same_as<T, A> || ...);

// Everything a report family must provide.
template <typename F>
concept ReportFamily = requires(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags,
                                const typename F::Run& run, const typename F::Report& report, const Catalogue& labels) {
  { F::id } -> std::convertible_to<Family>;
  { F::name } -> std::convertible_to<std::string_view>;
  requires is_alternative_of<typename F::Report, FamilyReport>;
  requires is_alternative_of<typename F::Run, FamilyRun>;
  // Reads its rules file and scores the inspection (score/).
  { F::run(in, rules, diags) } -> std::same_as<std::optional<FamilyRun>>;
  // Its rating words, best first, as the catalogue prints them (badges take their colour from them).
  { F::rating_words(run, labels) } -> std::same_as<std::vector<std::string>>;
  // When the report was published: "YYYY-MM" or "YYYY-MM-DD".
  { F::published(report) } -> std::same_as<std::string>;
  // `quire score`'s audit trail (score/).
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

// One entry per family (each defined in pipeline/FAMILY_family.cpp).
struct DomainRatedFamily {
  static constexpr Family id = Family::domain_rated;
  static constexpr std::string_view name = "domain-rated";
  using Report = DomainRatedReport;
  using Run = DomainRun;
  static std::optional<FamilyRun> run(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
    return run_domain_rated(in, rules, diags);
  }
  static std::vector<std::string> rating_words(const Run& run, const Catalogue& labels);
  static std::string published(const Report& report);
};

struct FjiFamily {
  static constexpr Family id = Family::fji;
  static constexpr std::string_view name = "fji";
  using Report = FjiReport;
  using Run = FjiRun;
  static std::optional<FamilyRun> run(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
    return run_fji(in, rules, diags);
  }
  static std::vector<std::string> rating_words(const Run& run, const Catalogue& labels);
  static std::string published(const Report& report);
};

struct SqsFamily {
  static constexpr Family id = Family::sqs;
  static constexpr std::string_view name = "sqs";
  using Report = SqsLetter;
  using Run = SqsRun;
  static std::optional<FamilyRun> run(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
    return run_sqs(in, rules, diags);
  }
  static std::vector<std::string> rating_words(const Run& run, const Catalogue& labels);  // none: a letter has no scale
  static std::string published(const Report& report);
};

struct CciFamily {
  static constexpr Family id = Family::cci;
  static constexpr std::string_view name = "cci";
  using Report = CciReport;
  using Run = CciRun;
  static std::optional<FamilyRun> run(const Inspection& in, const std::filesystem::path& rules, Diagnostics& diags) {
    return run_cci(in, rules, diags);
  }
  static std::vector<std::string> rating_words(const Run& run, const Catalogue& labels);
  static std::string published(const Report& report);
};

// The table. Adding a family: its entry above, and one name here.
using Families = FamilyRegistry<DomainRatedFamily, FjiFamily, SqsFamily, CciFamily>;

}  // namespace quire
