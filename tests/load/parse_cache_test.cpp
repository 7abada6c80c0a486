// The parse cache for catalogues and the glossary: a cached load equals a fresh one, an edit or
// a corrupt entry is parsed afresh, and a file with problems is never kept.
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "base/files.hpp"
#include "load/load.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

// Points QUIRE_CACHE at a fresh folder for one test, and restores it after.
struct CacheFolder {
  test::TempDir dir;
  std::string before;
  bool had = false;
  CacheFolder() {
    if (const char* v = std::getenv("QUIRE_CACHE")) had = true, before = v;
    ::setenv("QUIRE_CACHE", (dir.path() / "cache").c_str(), 1);
  }
  ~CacheFolder() {
    if (had) ::setenv("QUIRE_CACHE", before.c_str(), 1);
    else ::unsetenv("QUIRE_CACHE");
  }
  std::vector<fs::path> entries() const {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir.path() / "cache", ec)) found.push_back(e.path());
    return found;
  }
};

bool same_catalogue(const Catalogue& a, const Catalogue& b) {
  if (a.language() != b.language() || a.lists() != b.lists() || a.labels().size() != b.labels().size()) return false;
  for (const auto& [key, label] : a.labels()) {
    const Label* other = b.find(key);
    if (!other || other->text != label.text || other->status != label.status) return false;
  }
  return true;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_cached_catalogue_equals_a_fresh_one) {
  CacheFolder cache;
  const fs::path cy = test::source_root() / "data" / "i18n" / "cy.yaml";
  Diagnostics d1, d2;
  const auto fresh = load_catalogue(cy, d1);
  BOOST_REQUIRE(fresh);
  BOOST_TEST(cache.entries().size() == 1u);
  const auto cached = load_catalogue(cy, d2);
  BOOST_REQUIRE(cached);
  BOOST_TEST(d1.all().empty());
  BOOST_TEST(d2.all().empty());
  BOOST_TEST(same_catalogue(*fresh, *cached));
  BOOST_TEST(cached->file() == cy.string());
  BOOST_TEST(cached->list("month") == fresh->list("month"));
}

BOOST_AUTO_TEST_CASE(a_cached_glossary_equals_a_fresh_one) {
  CacheFolder cache;
  const fs::path path = test::source_root() / "data" / "glossary.yaml";
  Diagnostics d1, d2;
  const auto fresh = load_glossary(path, d1);
  const auto cached = load_glossary(path, d2);
  BOOST_REQUIRE(fresh);
  BOOST_REQUIRE(cached);
  BOOST_TEST(cache.entries().size() == 1u);
  BOOST_TEST(fresh->terms.size() == cached->terms.size());
  BOOST_TEST(fresh->common_acronyms == cached->common_acronyms);
  BOOST_TEST(fresh->family_lists == cached->family_lists);
  for (std::size_t i = 0; i < fresh->terms.size(); ++i) {
    const auto& a = fresh->terms[i];
    const auto& b = cached->terms[i];
    BOOST_TEST(a.id == b.id);
    BOOST_TEST(a.acronyms == b.acronyms);
    BOOST_TEST(a.wording.size() == b.wording.size());
    BOOST_TEST(a.family_wording.size() == b.family_wording.size());
    for (const auto& [lang, w] : a.wording) {
      BOOST_TEST(b.wording.at(lang).term == w.term);
      BOOST_TEST(b.wording.at(lang).definition == w.definition);
    }
  }
}

BOOST_AUTO_TEST_CASE(an_edited_file_is_parsed_again) {
  CacheFolder cache;
  const auto path = cache.dir.write("en.yaml", "language: en\nlabels:\n  a: one\n");
  Diagnostics d;
  BOOST_TEST(load_catalogue(path, d)->find("a")->text == "one");
  write_file_atomic(path, "language: en\nlabels:\n  a: two\n");
  BOOST_TEST(load_catalogue(path, d)->find("a")->text == "two");
  BOOST_TEST(cache.entries().size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_corrupt_entry_is_ignored) {
  CacheFolder cache;
  const auto path = cache.dir.write("en.yaml", "language: en\nlabels:\n  a: one\n  list: [x, y]\n");
  Diagnostics d;
  BOOST_REQUIRE(load_catalogue(path, d));
  BOOST_REQUIRE(cache.entries().size() == 1u);
  const fs::path entry = cache.entries().front();
  const std::string good = read_file(entry);
  for (std::size_t cut : {std::size_t{0}, good.size() / 2, good.size() - 1}) {
    write_file_atomic(entry, good.substr(0, cut));
    const auto again = load_catalogue(path, d);
    BOOST_REQUIRE(again);
    BOOST_TEST(again->find("a")->text == "one");
    BOOST_TEST(again->list("list").size() == 2u);
  }
  write_file_atomic(entry, good + "trailing");
  BOOST_TEST(load_catalogue(path, d)->list("list").size() == 2u);
  BOOST_TEST(d.all().empty());
}

BOOST_AUTO_TEST_CASE(a_file_with_problems_is_not_kept) {
  CacheFolder cache;
  const auto path = cache.dir.write("cy.yaml", "language: cy\nlabels:\n  a: {text: un, status: rumour}\n");
  Diagnostics first, second;
  load_catalogue(path, first);
  BOOST_TEST(first.has_errors());
  BOOST_TEST(cache.entries().empty());
  load_catalogue(path, second);
  BOOST_TEST(second.all().size() == first.all().size());  // reported again, every time
}

BOOST_AUTO_TEST_CASE(caching_can_be_turned_off) {
  CacheFolder cache;
  ::setenv("QUIRE_CACHE", "off", 1);
  Diagnostics d;
  BOOST_TEST(load_catalogue(test::source_root() / "data" / "i18n" / "en.yaml", d).has_value());
  BOOST_TEST(cache.entries().empty());
}
