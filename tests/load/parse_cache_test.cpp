// The parse cache for catalogues and the glossary: a cached load equals a fresh one, an edit, a
// corrupt entry or another build's entry is parsed afresh (and the entry rewritten), a file with
// problems is never kept, the cache lives where XDG says, and is off under CTest.
#include <boost/test/unit_test.hpp>

#include <cstdlib>

#include "base/files.hpp"
#include "load/load.hpp"
#include "load/parse_cache.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

// Sets (or, given nullptr, unsets) one environment variable for a test, and restores it after.
struct EnvVar {
  std::string name, before;
  bool had = false;
  EnvVar(std::string n, const char* value) : name(std::move(n)) {
    if (const char* v = std::getenv(name.c_str())) had = true, before = v;
    if (value) ::setenv(name.c_str(), value, 1);
    else ::unsetenv(name.c_str());
  }
  ~EnvVar() {
    if (had) ::setenv(name.c_str(), before.c_str(), 1);
    else ::unsetenv(name.c_str());
  }
};

std::size_t files_in(const fs::path& folder) {
  std::error_code ec;
  std::size_t n = 0;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator(); ++it)
    n += it->is_regular_file() ? 1 : 0;
  return n;
}

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
  // The second load came from the entry, not from parsing again to the same result.
  BOOST_TEST(load_detail::cached_catalogue(cy.string(), read_file(cy)).has_value());
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
  BOOST_TEST(load_detail::cached_glossary(read_file(path)).has_value());
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

BOOST_AUTO_TEST_CASE(an_altered_entry_is_ignored_and_rewritten) {
  CacheFolder cache;
  const auto path = cache.dir.write("en.yaml", "language: en\nlabels:\n  a: original\n");
  Diagnostics d;
  BOOST_REQUIRE(load_catalogue(path, d));
  BOOST_REQUIRE(cache.entries().size() == 1u);
  const fs::path entry = cache.entries().front();
  const std::string good = read_file(entry);
  // Same length, still well formed: only a fingerprint of the contents can tell.
  std::string altered = good;
  const auto at = altered.find("original");
  BOOST_REQUIRE(at != std::string::npos);
  altered.replace(at, 8, "ORIGINAL");
  write_file_atomic(entry, altered);
  BOOST_TEST(load_catalogue(path, d)->find("a")->text == "original");
  BOOST_TEST(read_file(entry) == good);  // rewritten
  BOOST_TEST(d.all().empty());
}

BOOST_AUTO_TEST_CASE(an_entry_written_by_another_build_is_ignored_and_rewritten) {
  CacheFolder cache;
  const auto path = cache.dir.write("en.yaml", "language: en\nlabels:\n  a: one\n");
  Diagnostics d;
  BOOST_REQUIRE(load_catalogue(path, d));
  BOOST_REQUIRE(cache.entries().size() == 1u);
  const fs::path entry = cache.entries().front();
  const std::string good = read_file(entry);
  const std::string id(load_detail::cache_build_id());
  BOOST_TEST(id.find('+') != std::string::npos, id);  // VERSION+COMMIT
  const auto at = good.find(id);
  BOOST_REQUIRE(at != std::string::npos);
  std::string foreign = good;
  foreign[at + id.size() - 1] = foreign[at + id.size() - 1] == 'x' ? 'y' : 'x';
  write_file_atomic(entry, foreign);
  BOOST_TEST(load_catalogue(path, d)->find("a")->text == "one");
  BOOST_TEST(read_file(entry) == good);
}

BOOST_AUTO_TEST_CASE(the_cache_lives_in_xdg_cache_home_when_it_is_absolute) {
  test::TempDir home, xdg;
  EnvVar quire("QUIRE_CACHE", nullptr), h("HOME", home.path().c_str());
  const fs::path en = test::source_root() / "data" / "i18n" / "en.yaml";
  Diagnostics d;
  {
    EnvVar x("XDG_CACHE_HOME", xdg.path().c_str());
    BOOST_REQUIRE(load_catalogue(en, d));
    BOOST_TEST(files_in(xdg.path() / "quire") == 1u);
  }
  {
    // The XDG specification: a relative path is invalid, and ignored.
    const fs::path cwd = fs::current_path();
    fs::current_path(xdg.path());
    EnvVar x("XDG_CACHE_HOME", "relative");
    const bool loaded = load_catalogue(en, d).has_value();
    fs::current_path(cwd);
    BOOST_TEST(loaded);
    BOOST_TEST(!fs::exists(xdg.path() / "relative"));
    BOOST_TEST(files_in(home.path() / ".cache" / "quire") == 1u);
  }
  BOOST_TEST(d.all().empty());
}

// tests/CMakeLists.txt turns the cache off for every test: run the suite through CTest.
BOOST_AUTO_TEST_CASE(ctest_runs_every_test_with_the_cache_off) {
  const char* value = std::getenv("QUIRE_CACHE");
  BOOST_TEST((value && std::string(value) == "off"), "QUIRE_CACHE is '" << (value ? value : "") << "', not 'off'");
}
