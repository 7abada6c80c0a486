// load/yaml_tree gives what YAML::Load gives (kinds, text, order, marks, aliases), and reports a
// bad file where yaml-cpp says it is bad: every YAML file of the project is compared, and the
// shapes a data file may take (anchors, keys written twice, empty files). One difference, on
// purpose: a merge key ("<<: *defaults") is merged, as YAML 1.1 has it; yaml-cpp 0.7 keeps it a key.
#include <boost/test/unit_test.hpp>

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <sstream>

#include "base/files.hpp"
#include "load/yaml_limits.hpp"
#include "load/yaml_tree.hpp"
#include "support/support.hpp"

using namespace quire;
using load_detail::YamlNode;
namespace fs = std::filesystem;

namespace {

std::string where(const std::string& path, int line, int column) {
  return path + " at " + std::to_string(line) + ":" + std::to_string(column);
}

// The first difference between yaml-cpp's node and ours, as "PATH: what"; empty when none.
std::string difference(const YAML::Node& a, const YamlNode& b, const std::string& path) {
  if (a.IsMap() != b.IsMap() || a.IsSequence() != b.IsSequence() || a.IsScalar() != b.IsScalar() ||
      a.IsNull() != b.IsNull())
    return path + ": kinds differ";
  if (a.Mark().line != b.Mark().line || a.Mark().column != b.Mark().column || a.Mark().pos != b.Mark().pos)
    return path + ": mark " + where("", a.Mark().line, a.Mark().column) + " against " +
           where("", b.Mark().line, b.Mark().column);
  if (a.Scalar() != b.Scalar()) return path + ": text '" + a.Scalar() + "' against '" + b.Scalar() + "'";
  if (a.size() != b.size()) return path + ": sizes differ";
  if (a.IsSequence()) {
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto d = difference(a[i], b[i], path + "/" + std::to_string(i)); !d.empty()) return d;
  } else if (a.IsMap()) {
    auto ours = b.begin();
    for (const auto& entry : a) {
      const std::string key = path + "/" + entry.first.Scalar();
      if (auto d = difference(entry.first, ours->first, key + " (key)"); !d.empty()) return d;
      if (auto d = difference(entry.second, ours->second, key); !d.empty()) return d;
      if (entry.first.IsScalar() && !b[entry.first.Scalar()].IsDefined()) return key + ": lookup finds nothing";
      ++ours;
    }
  }
  return "";
}

// What each parser makes of `source`: the difference between the trees, or between the errors.
std::string compare(const std::string& source) {
  // The input limits (aliases, depth) refuse some files before any parse, as they did before.
  Diagnostics limits;
  if (!load_detail::check_input_limits("<input>", source, load_detail::InputLimits{}, limits)) return "";
  std::string theirs;
  YAML::Node node;
  try {
    node = YAML::Load(source);
  } catch (const YAML::Exception& e) {
    theirs = "<input>:" + std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1);
  }
  Diagnostics diags;
  const auto ours = load_detail::parse_yaml("<input>", source, diags);
  if (!theirs.empty()) {
    if (ours) return "yaml-cpp refuses (" + theirs + "), the tree accepts";
    const auto& d = diags.all().front();
    const std::string at = d.pos.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
    return at == theirs ? "" : "error at " + at + ", yaml-cpp says " + theirs;
  }
  if (!ours) return "the tree refuses: " + test::dump(diags);
  return difference(node, *ours, "");
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_yaml_file_of_the_project_reads_as_yaml_cpp_reads_it) {
  int files = 0;
  for (const char* folder : {"examples", "data", "tests/fixtures", "tests/adversarial", "tests/fuzz/corpus/load"})
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(QUIRE_SOURCE_ROOT) / folder)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
      const std::string source = read_file(entry.path());
      ++files;
      const std::string d = compare(source);
      BOOST_TEST(d.empty(), entry.path().string() << ": " << d);
    }
  BOOST_TEST(files > 50);
}

BOOST_AUTO_TEST_CASE(shapes_a_data_file_may_take_read_as_yaml_cpp_reads_them) {
  const std::vector<std::string> sources = {
      "",
      "# only a comment\n",
      "---\n",
      "a: 1\n---\nb: 2\n",
      "a: &x {k: v}\nb: *x\nc: *x\n",
      "a: 1\na: 2\n",
      "? [1, 2]\n: pair\n~: null key\n",
      "a:\nb: ~\nc: null\nd: ''\ne: \"\"\n",
      "text: |\n  two\n  lines\nfolded: >-\n  one\n  line\n",
      "list:\n- a\n-\n- [x, {y: z}]\n",
      "a: \"caf\xC3\xA9\"\nb: \xC5\xB5yr\n",
      "a: 1\r\nb:\r\n  - 2\r\n",
      "\xEF\xBB\xBF" "a: 1\n",
      "&s self: *s\n",
      "key: [unclosed\n",
      "a: *missing\n",
      "a: 1\n b: 2\n",
      "a: 'unterminated\n",
  };
  for (const auto& source : sources) BOOST_TEST(compare(source).empty(), "'" << source << "': " << compare(source));
}

// yaml-cpp 0.7 keeps "<<" as a key; we merge, as YAML 1.1 defines it (s4 trial4: a user sharing the
// publisher's address with the back cover had "unknown key '<<'" and "missing required key").
BOOST_AUTO_TEST_CASE(a_merge_key_adds_the_keys_the_map_does_not_give_itself) {
  Diagnostics diags;
  const auto doc = load_detail::parse_yaml(
      "<input>", "a: &a {x: 1, y: 2}\nb: &b {y: 9, z: 3}\nc:\n  <<: [*a, *b]\n  x: own\nd: {<<: *a}\ne: {<<: text}\n",
      diags);
  BOOST_TEST_REQUIRE(doc.has_value(), test::dump(diags));
  const YamlNode c = (*doc)["c"];
  BOOST_TEST(c.size() == 3u);
  BOOST_TEST(c["x"].Scalar() == "own");  // the map's own key wins
  BOOST_TEST(c["y"].Scalar() == "2");    // the first map named wins
  BOOST_TEST(c["z"].Scalar() == "3");
  BOOST_TEST(!(c["<<"].IsNull() || c["<<"].IsScalar() || c["<<"].IsMap() || c["<<"].IsSequence()));  // gone
  BOOST_TEST((*doc)["d"].size() == 2u);
  BOOST_TEST((*doc)["d"]["y"].Mark().line == 0);  // where the value is written
  BOOST_TEST((*doc)["e"]["<<"].Scalar() == "text");  // no map to merge: left for the reader to report
}

BOOST_AUTO_TEST_CASE(a_handle_on_nothing_answers_every_question_with_no) {
  Diagnostics diags;
  const auto doc = load_detail::parse_yaml("<input>", "a: [1, 2]\nb: text\n", diags);
  BOOST_TEST_REQUIRE(doc.has_value());
  const YamlNode missing = (*doc)["c"];
  BOOST_TEST(!missing.IsDefined());
  BOOST_TEST(!missing.IsMap());
  BOOST_TEST(missing.Mark().is_null());
  BOOST_TEST(missing.size() == 0u);
  BOOST_TEST((missing.begin() == missing.end()));
  BOOST_TEST(!(*doc)["b"]["x"].IsDefined());  // a scalar has no keys (yaml-cpp would throw)
  BOOST_TEST(!(*doc)["a"][2].IsDefined());
  BOOST_TEST((*doc)["a"][1].Scalar() == "2");
}
