// The families' registry (issue 17): a family lacking a piece is not a ReportFamily (the
// registry's template parameters are constrained by it, so such an entry does not compile), and
// each entry's name is the one data files use. The families program (tests/families/NAME/ for each
// family's own pieces) is declared here, as the registry sits above the families' folders.
#define BOOST_TEST_MODULE families
#include <boost/test/unit_test.hpp>

#include "families/registry.hpp"

using namespace quire;

namespace {

// Every piece of the SQS entry, so that each test family below lacks exactly one.
struct Complete {
  static constexpr Family id = Family::sqs;
  static constexpr std::string_view name = "sqs";
  using Report = SqsLetter;
  using Run = SqsRun;
  static const KeyMaps& key_maps() { return SqsFamily::key_maps(); }
  static void read(load_detail::YamlReader&, const load_detail::YamlNode&, Report&) {}
  static bool write_scaffold(scaffold::Writer&, const std::filesystem::path&, const scaffold::Request&,
                             scaffold::Written&, Diagnostics&) {
    return false;
  }
  static std::optional<FamilyRun> run(const Inspection&, const std::filesystem::path&, Diagnostics&) { return {}; }
  static std::vector<std::string> rating_words(const Run&, const Catalogue&) { return {}; }
  static std::string published(const Report&) { return {}; }
  static const DomainRules* framework(const Run&) { return nullptr; }
};

// A family with everything but the date of publication.
struct LacksPublished : Complete {
  static void published() = delete;
};

// A family with everything but the reading of its keys (load/).
struct LacksRead : Complete {
  static void read() = delete;
};

// A family whose reader takes another family's content: not its own piece.
struct ReadsOtherReport : Complete {
  static void read(load_detail::YamlReader&, const load_detail::YamlNode&, FjiReport&) {}
};

// A family with everything but its part of `quire new` (scaffold/).
struct LacksScaffold : Complete {
  static void write_scaffold() = delete;
};

// A family that does not say whether its rules are a framework version with words of their own.
struct LacksFramework : Complete {
  static void framework() = delete;
};

// A family whose framework is not the type the writers read.
struct OtherFramework : Complete {
  static const SqsRules* framework(const Run&) { return nullptr; }
};

// A family whose scores are no alternative of FamilyRun: no stage could hold them.
struct UnknownRun : Complete {
  struct Run {};
  static std::vector<std::string> rating_words(const Run&, const Catalogue&) { return {}; }
};

static_assert(ReportFamily<Complete>);
static_assert(ReportFamily<DomainRatedFamily> && ReportFamily<FjiFamily> && ReportFamily<SqsFamily> &&
              ReportFamily<CciFamily>);
static_assert(!ReportFamily<LacksPublished>);
static_assert(!ReportFamily<LacksRead>);
static_assert(!ReportFamily<ReadsOtherReport>);
static_assert(!ReportFamily<LacksScaffold>);
static_assert(!ReportFamily<LacksFramework>);
static_assert(!ReportFamily<OtherFramework>);
static_assert(!ReportFamily<UnknownRun>);

template <typename... F>
void check_names(FamilyRegistry<F...>*) {
  ([] {
    BOOST_TEST(family_name(F::id) == std::string(F::name));
    BOOST_TEST((family_from_name(std::string(F::name)) == F::id));
  }(), ...);
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_registered_family_is_named_as_data_files_name_it) {
  check_names(static_cast<Families*>(nullptr));
  int found = 0;
  for (const Family f : {Family::domain_rated, Family::fji, Family::sqs, Family::cci})
    found += Families::with(f, [](const auto*) {});
  BOOST_TEST(found == 4);
}
