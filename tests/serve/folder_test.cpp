#define BOOST_TEST_MODULE serve
#include <boost/test/unit_test.hpp>

#include <thread>

#include "serve/folder.hpp"
#include "serve/pages.hpp"
#include "serve/watch.hpp"
#include "support/support.hpp"

using namespace quire;
using namespace quire::test;
namespace fs = std::filesystem;

namespace {

// DIR/inside/NAME/inspection.yaml for each name, and DIR/outside/secret/inspection.yaml beside it.
struct Folder {
  TempDir dir;
  fs::path served;
  Folder() : served(dir.path() / "inside") {
    dir.write("inside/western-bay/inspection.yaml", minimal_fixture());
    dir.write("inside/second/inspection.yaml", minimal_fixture());
    dir.write("inside/no-data/notes.txt", "not an inspection");
    dir.write("inside/.hidden/inspection.yaml", minimal_fixture());
    dir.write("outside/secret/inspection.yaml", "secret: 1\n");
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(lists_the_subfolders_holding_an_inspection) {
  const Folder f;
  BOOST_TEST(serve::list_inspections(f.served) == (std::vector<std::string>{"second", "western-bay"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(names_outside_the_folder_are_refused) {
  const Folder f;
  BOOST_TEST(serve::inspection_file(f.served, "western-bay").has_value());
  const std::vector<std::string> names = {"",        ".",       "..",      "../outside/secret", "..%2foutside",
                                          "../outside", "/etc", ".hidden", "no-data", std::string("second\0x", 8),
                                          "western-bay/../second"};
  for (const auto& name : names)
    BOOST_TEST(!serve::inspection_file(f.served, name).has_value(), name);
  BOOST_TEST(!serve::plain_name(".."));
  BOOST_TEST(!serve::plain_name("a/b"));
  BOOST_TEST(serve::plain_name("sqs-bolton-2015"));
}

BOOST_AUTO_TEST_CASE(a_link_leading_outside_is_refused) {
  const Folder f;
  fs::create_directory_symlink(f.dir.path() / "outside" / "secret", f.served / "linked");
  BOOST_TEST(!serve::inspection_file(f.served, "linked").has_value());
  BOOST_TEST(serve::list_inspections(f.served).size() == 2u);
}

BOOST_AUTO_TEST_CASE(refused_requests_say_so_without_reading) {
  const Folder f;
  serve::Site site{fs::canonical(f.served), Options{source_root(), "en", false}};
  const auto answer = serve::preview_page(site, "..", "en");
  BOOST_TEST(answer.status == 403);
  BOOST_TEST(answer.body.find("secret") == std::string::npos);
  BOOST_TEST(serve::report_file(site, "../outside/secret", "en", "md").status == 403);
  BOOST_TEST(serve::version(site, "..").status == 403);
  BOOST_TEST(serve::preview_page(site, "missing", "en").status == 404);
}

BOOST_AUTO_TEST_CASE(the_index_is_titled_with_the_folders_path) {
  const Folder f;
  serve::Site site{fs::canonical(f.served), Options{source_root(), "en", false}};
  const std::string body = serve::index_page(site, "en").body;
  // "Inspections in inside" was the folder's bare name; the path reads as a place.
  BOOST_TEST(body.find("Inspections in " + site.folder.string()) != std::string::npos);
  BOOST_TEST(body.find("Inspections in inside<") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_fingerprint_follows_edits) {
  const Folder f;
  const std::string before = serve::fingerprint({f.served});
  BOOST_TEST(serve::fingerprint({f.served}) == before);
  f.dir.write("inside/second/inspection.yaml", minimal_fixture() + "\n# edited\n");
  BOOST_TEST(serve::fingerprint({f.served}) != before);
}

// A save made while the page waits ends the wait at once, with the new fingerprint; with no
// save the wait ends at its limit with the old one.
BOOST_AUTO_TEST_CASE(a_wait_ends_at_the_save) {
  const Folder f;
  const std::string before = serve::fingerprint({f.served});
  const auto started = std::chrono::steady_clock::now();
  BOOST_TEST(serve::wait_for_change({f.served}, before, std::chrono::milliseconds(150)) == before);
  BOOST_TEST((std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(150)));

  std::thread saver([&f] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    f.dir.write("inside/second/inspection.yaml", minimal_fixture() + "\n# edited\n");
  });
  const auto waited = std::chrono::steady_clock::now();
  const std::string after = serve::wait_for_change({f.served}, before, std::chrono::seconds(20));
  const auto took = std::chrono::steady_clock::now() - waited;
  saver.join();
  BOOST_TEST(after != before);
  BOOST_TEST(after == serve::fingerprint({f.served}));
  BOOST_TEST((took < std::chrono::seconds(20)));  // the save ended it, not the limit
}

BOOST_AUTO_TEST_CASE(a_preview_shows_problems_with_their_line) {
  const Folder f;
  f.dir.write("inside/second/inspection.yaml", replace_once(minimal_fixture(), "family:", "famly:"));
  serve::Site site{fs::canonical(f.served), Options{source_root(), "en", false}};
  const auto answer = serve::preview_page(site, "second", "en");
  BOOST_TEST(answer.status == 200);
  BOOST_TEST(answer.body.find("<span class=\"where\">second/inspection.yaml:2:1</span>") != std::string::npos,
             answer.body.substr(0, 4000));
  const auto good = serve::preview_page(site, "western-bay", "cy");
  BOOST_TEST(good.body.find("<html lang=\"cy\">") != std::string::npos);
  BOOST_TEST(good.body.find("data-version-url=\"/version?inspection=western-bay\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_preview_shows_both_languages_on_one_page_when_asked) {
  BOOST_TEST(serve::language_of("cy,en") == "cy,en");
  BOOST_TEST(serve::language_of("en,cy") == "en,cy");
  BOOST_TEST(serve::language_of("cy,cy") == "en");
  const Folder f;
  serve::Site site{fs::canonical(f.served), Options{source_root(), "en", false}};
  const auto both = serve::preview_page(site, "western-bay", "cy,en");
  BOOST_TEST(both.status == 200);
  const auto welsh = both.body.find("<article class=\"edition\" id=\"cy\" lang=\"cy\"");
  const auto english = both.body.find("<article class=\"edition\" id=\"en\" lang=\"en-GB\"");
  BOOST_TEST((welsh != std::string::npos && english != std::string::npos && welsh < english));
  BOOST_TEST(both.body.find("href=\"/report/western-bay?lang=cy,en\" aria-current=\"page\"") != std::string::npos);
  BOOST_TEST(both.body.find("/files/western-bay/report.md") == std::string::npos);  // Markdown: one language a file
  const auto pdf = serve::report_file(site, "western-bay", "cy,en", "pdf");
  BOOST_TEST(pdf.status == 200);
  BOOST_TEST(pdf.body.rfind("%PDF-", 0) == 0u);
  BOOST_TEST(serve::report_file(site, "western-bay", "cy,en", "md").status == 422);
}
