// A file parsed in two parts at once gives the tree one parse gives: same nodes, order, lines and
// columns; and whatever cannot be cut safely is parsed whole, with the same errors.
#include <boost/test/unit_test.hpp>

#include <yaml-cpp/yaml.h>

#include "load/yaml_parts.hpp"
#include "support/support.hpp"

using namespace quire;
using load_detail::find_cut;
using load_detail::load_yaml;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> differences(const std::string& source) {
  const std::string d = load_detail::first_difference(YAML::Load(source), load_yaml(source, 0));
  return d.empty() ? std::vector<std::string>{} : std::vector<std::string>{d};
}

// The message and position of what YAML::Load throws for `source`, or "" when it parses.
template <typename Parse>
std::string failure(const std::string& source, Parse parse) {
  try {
    parse(source);
  } catch (const YAML::Exception& e) {
    return std::to_string(e.mark.line) + ":" + std::to_string(e.mark.column) + " " + e.msg;
  }
  return "";
}

std::string items(int count, const std::string& indent) {
  std::string text;
  for (int i = 0; i < count; ++i)
    text += indent + "- id: d" + std::to_string(i) + "\n" + indent + "  text: |\n" + indent + "    Para " +
            std::to_string(i) + "\n" + indent + "    - not an item: inside a block scalar\n";
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(yaml_parts)

BOOST_AUTO_TEST_CASE(every_data_file_and_example_parses_to_the_same_tree) {
  std::vector<fs::path> files;
  for (const char* folder : {"examples", "data"})
    for (const auto& entry : fs::recursive_directory_iterator(test::source_root() / folder))
      if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  BOOST_REQUIRE_GT(files.size(), 10u);
  std::size_t cut = 0;
  for (const auto& file : files) {
    const std::string source = test::slurp(file);
    if (find_cut(source)) ++cut;
    BOOST_TEST(differences(source).empty(), file << ": " << (differences(source).empty() ? "" : differences(source)[0]));
  }
  BOOST_TEST(cut >= files.size() / 2, "only " << cut << " of " << files.size() << " files could be cut");
}

BOOST_AUTO_TEST_CASE(a_large_list_is_cut_between_its_items_and_the_keys_after_it_kept) {
  const std::string source = "title: T\ndomains:\n" + items(40, "  ") + "# a comment at column 0\nafter: 1\nlast:\n  x: y\n";
  const auto cut = find_cut(source);
  BOOST_REQUIRE(cut);
  BOOST_TEST(cut->container == "domains");
  BOOST_TEST(differences(source).empty());
  const YAML::Node root = load_yaml(source, 0);
  BOOST_TEST(root["domains"].size() == 40u);
  BOOST_TEST(root["last"]["x"].as<std::string>() == "y");
  BOOST_TEST(root["last"]["x"].Mark().line == YAML::Load(source)["last"]["x"].Mark().line);
}

BOOST_AUTO_TEST_CASE(lists_at_column_zero_maps_and_crlf_files_keep_their_tree) {
  BOOST_TEST(differences("a: 1\nlist:\n" + items(30, "")).empty());
  std::string map = "a: 1\nthemes:\n";
  for (int i = 0; i < 30; ++i) map += "  t" + std::to_string(i) + ":\n    text: \"x\"\n";
  BOOST_TEST(find_cut(map)->container == "themes");
  BOOST_TEST(differences(map).empty());
  std::string crlf;
  for (char c : "a: 1\nlist:\n" + items(30, "  ") + "z: 2\n") crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  BOOST_TEST(differences(crlf).empty());
}

BOOST_AUTO_TEST_CASE(what_cannot_be_cut_safely_is_parsed_whole) {
  BOOST_TEST(!find_cut("---\na: 1\n---\nb: 2\n"));
  BOOST_TEST(!find_cut("%YAML 1.2\n---\na: 1\n"));
  BOOST_TEST(!find_cut("- a\n- b\n"));
  BOOST_TEST(!find_cut("a: 1\nb: 2\na: 3\n"));       // a key twice
  BOOST_TEST(!find_cut("{a: 1,\nb: 2}\n"));
  BOOST_TEST(!find_cut("a: 1\nb: |\n  no line break at the end"));  // found by fuzz_yaml_parts
  // An anchor in one part used in the other; a quoted scalar running across the cut.
  const std::string anchored = "a: &x 1\nlist:\n" + items(10, "  ") + "  - *x\n" + items(10, "  ");
  BOOST_TEST(differences(anchored).empty());
  std::string quoted = "a: 1\nlist:\n" + items(10, "  ") + "  - \"runs on\n  - into the next line\"\n" + items(10, "  ");
  BOOST_TEST(differences(quoted).empty());
}

// Found by fuzz_yaml_parts: an empty value just before the cut is marked where the next token
// is, which in a part is the part's own closing entry.
BOOST_AUTO_TEST_CASE(an_empty_value_just_before_the_cut_keeps_its_position) {
  BOOST_TEST(differences("a: 1\nlist:\n" + items(10, "  ") + "  - id:\n" + items(10, "  ") + "b: 2\n").empty());
  BOOST_TEST(differences("a: 1\nlist:\n" + items(20, "  ") + "  - id:\nb: {c: 2}\n").empty());
  BOOST_TEST(differences("a: 1\nlist:\n" + items(20, "  ") + "  -\nb: 2\n").empty());
}

BOOST_AUTO_TEST_CASE(a_syntax_error_is_reported_where_one_parse_reports_it) {
  const std::string broken = "a: 1\nlist:\n" + items(20, "  ") + "  - id: [unclosed\n" + items(20, "  ");
  const std::string whole = failure(broken, [](const std::string& s) { return YAML::Load(s); });
  BOOST_TEST(!whole.empty());
  BOOST_TEST(failure(broken, [](const std::string& s) { return load_yaml(s, 0); }) == whole);
}

BOOST_AUTO_TEST_SUITE_END()
