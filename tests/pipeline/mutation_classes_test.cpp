// Issue 16's classes, over every example: an optional part left out leaves no heading with nothing
// under it and no contents entry without its heading; any one line deleted gives a clean result or
// errors (exit 0 or 2), never an internal error. Every error any of these mutations (and values
// changed, and the case file and programme changed) brings names its place, FILE:LINE:COL, as the
// guide promises. All run in this process, through the pipeline's own entry points (prepare, then the
// Markdown as `quire validate` does), to stay fast.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <regex>
#include <set>
#include <sstream>

#include "doc/walk.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

using namespace quire;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> example_folders() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(test::source_root() / "examples"))
    if (fs::exists(entry.path() / "inspection.yaml")) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
  // Every line but [from, to).
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (i < from || i >= to) out += lines[i] + "\n";
  return out;
}

// An example copied to a temporary folder (its case answers and programme beside it), whose
// inspection.yaml each check rewrites.
struct Scratch {
  explicit Scratch(const fs::path& folder) {
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.is_regular_file()) fs::copy_file(entry.path(), dir.path() / entry.path().filename());
  }
  fs::path write(const std::string& yaml) const { return dir.write("inspection.yaml", yaml); }
  // Rewrites a file beside it (the case answers, the programme); the next write() restores nothing.
  void write_beside(const fs::path& name, const std::string& text) const { dir.write(name.string(), text); }
  test::TempDir dir;
};

// What `quire validate` does in English: prepare, and the Markdown when the data has no error.
struct Checked {
  bool errors = false;
  std::optional<Prepared> prepared;
  std::optional<std::string> markdown;
  std::vector<std::string> unplaced;  // each error, formatted, that does not name FILE:LINE:COL
};

// The errors a user would see without a line and column to go to.
std::vector<std::string> unplaced_errors(const Diagnostics& diags) {
  static const std::regex placed(R"(^[^:]+:[0-9]+:[0-9]+: error: .*)");
  std::vector<std::string> found;
  for (const auto& d : diags.all()) {
    if (d.severity != Severity::error) continue;
    const std::string line = format_diagnostic(d);
    if (!std::regex_match(line, placed)) found.push_back(line);
  }
  return found;
}

Checked validate(const fs::path& input, bool render) {
  Options options;
  options.root = test::source_root();
  Diagnostics diags;
  Checked c;
  c.prepared = prepare(input, options, diags);
  if (c.prepared && !diags.has_errors() && render) c.markdown = render_report_markdown(*c.prepared, options, diags);
  c.errors = !c.prepared || diags.has_errors();
  c.unplaced = unplaced_errors(diags);
  return c;
}

// Fails the test with the first error that names no position (one message a mutation, not hundreds).
void expect_placed(const Checked& c, const std::string& what) {
  BOOST_TEST(c.unplaced.empty(), what << ": an error without FILE:LINE:COL: " << (c.unplaced.empty() ? "" : c.unplaced.front()));
}

int indent_of(const std::string& line) {
  const auto at = line.find_first_not_of(' ');
  return at == std::string::npos ? -1 : static_cast<int>(at);
}

// The lines a key holds: its own, and those below it indented further (blank lines inside too).
std::size_t block_end(const std::vector<std::string>& lines, std::size_t key, int key_column) {
  std::size_t end = key + 1;
  while (end < lines.size() && (indent_of(lines[end]) < 0 || indent_of(lines[end]) > key_column)) ++end;
  while (end > key + 1 && indent_of(lines[end - 1]) < 0) --end;  // trailing blank lines are the next key's
  return end;
}

// Each heading of the Markdown that has nothing under it before a heading of its level or above
// (or the end); markers (HTML comments) are not content.
std::vector<std::string> empty_headings(const std::string& markdown) {
  static const std::regex heading(R"(^(#{1,6}) +(.*)$)");
  std::vector<std::string> found;
  const auto lines = lines_of(markdown);
  bool fence = false;
  std::optional<std::pair<std::size_t, std::string>> open;  // level and text of a heading awaiting content
  auto close_if = [&](std::size_t level) {
    if (open && level <= open->first) found.push_back(open->second);
    open.reset();
  };
  for (const auto& line : lines) {
    if (line.rfind("```", 0) == 0) fence = !fence;
    std::smatch m;
    if (!fence && std::regex_match(line, m, heading)) {
      close_if(m[1].length());
      open = std::pair{static_cast<std::size_t>(m[1].length()), m[2].str()};
      continue;
    }
    const bool blank = line.find_first_not_of(" \t") == std::string::npos;
    const bool marker = line.rfind("<!--", 0) == 0 && line.find("-->") != std::string::npos;
    // A lead-in ("... focus particularly on the following:") announces content; alone, it is none.
    const bool lead_in = !blank && line.back() == ':';
    // A table's header and rule with no text in them ("| | |", "| --- | --- |") hold nothing either.
    const bool bare_table = !blank && line.find_first_not_of("| -:") == std::string::npos;
    if (!blank && !marker && !lead_in && !bare_table) open.reset();
  }
  if (open) found.push_back(open->second);
  return found;
}

// Each lead-in ("Strengths:") followed by nothing it announces: by a heading, another lead-in or the
// end. (A lead-in may be followed by a paragraph: "Published by:" and the publisher's address.)
std::vector<std::string> lone_lead_ins(const std::string& markdown) {
  static const std::regex heading(R"(^#{1,6} )");
  std::vector<std::string> found;
  std::optional<std::string> open;
  bool fence = false;
  for (const auto& line : lines_of(markdown)) {
    if (line.rfind("```", 0) == 0) fence = !fence;
    const bool blank = line.find_first_not_of(" \t") == std::string::npos;
    const bool marker = line.rfind("<!--", 0) == 0 && line.find("-->") != std::string::npos;
    if (fence || blank || marker) continue;
    const bool lead_in = line.back() == ':' && !std::regex_search(line, heading);
    if (open && (lead_in || std::regex_search(line, heading))) found.push_back(*open);
    open.reset();
    if (lead_in) open = line;
  }
  if (open) found.push_back(*open);
  return found;
}

// Each contents entry or internal link whose anchor no heading has.
std::vector<std::string> dangling_links(const Prepared& prepared, const std::string& markdown) {
  Options options;
  options.root = test::source_root();
  Diagnostics diags;
  const auto document = report_document(prepared, markdown, options, diags);
  BOOST_REQUIRE(document);
  std::set<std::string> anchors;
  for (const doc::Heading* h : doc::headings(*document)) anchors.insert(h->anchor);
  std::vector<std::string> found;
  doc::for_each_block(document->blocks, [&](const doc::Block& block, int) {
    auto visit = [&](const doc::Inline& in) {
      if (in.kind == doc::InlineKind::link && in.target.rfind('#', 0) == 0 && !anchors.count(in.target.substr(1)))
        found.push_back(in.target);
    };
    if (const auto* p = std::get_if<doc::Paragraph>(&block.body)) doc::for_each_inline(p->content, visit);
    if (const auto* contents = std::get_if<doc::Contents>(&block.body))
      for (const auto& entry : contents->entries)
        if (!anchors.count(entry.anchor)) found.push_back("#" + entry.anchor);
  });
  return found;
}

// Every mutation runs in the release build; the sanitizer builds, ten times slower, take every Nth
// (QUIRE_MUTATION_STRIDE, set by .ci/test) so that they still reach each family within CI's time.
std::size_t mutation_stride() {
  const char* set = std::getenv("QUIRE_MUTATION_STRIDE");
  const long stride = set ? std::strtol(set, nullptr, 10) : 1;
  return stride > 1 ? static_cast<std::size_t>(stride) : 1;
}


// The wrong values a user types: a map for a scalar, an unknown word, a negative number, nothing.
// One a line, in turn, so that each kind reaches every part of every example across the lines.
const std::vector<std::string>& wrong_values() {
  static const std::vector<std::string> values{"{}", "zz", "-1", "\"\""};
  return values;
}

// `line` with its (first) scalar value replaced, or nothing when it holds none: `key: value`, a value
// inside a flow map (`{area: X, ...}`) or a list item `- value`. Block scalars (`|`, `>`) are left.
std::optional<std::string> with_value(const std::string& line, const std::string& value) {
  static const std::regex keyed(R"(([a-z_][a-z0-9_]*: +)([^ ,{}\[\]#|>'"][^,{}\[\]#]*|"[^"]*"|'[^']*'))");
  static const std::regex item(R"(^( *- +)([^ {\[#|>'"].*|"[^"]*"|'[^']*')$)");
  std::smatch m;
  if (std::regex_search(line, m, keyed) || std::regex_match(line, m, item))
    return m.prefix().str() + m[1].str() + value + m.suffix().str();
  return std::nullopt;
}

// A case file's row changed in one of the ways an export goes wrong: an unknown answer, a question
// the rules lack, a row without its case, a cell too many, a cell too few.
std::string wrong_row(const std::string& row, std::size_t kind) {
  const auto first = row.find(','), last = row.rfind(',');
  if (first == std::string::npos) return row + ",zz";
  switch (kind % 5) {
    case 0: return row.substr(0, last + 1) + "maybe";
    case 1: return row.substr(0, first + 1) + "9.9.9" + row.substr(last);
    case 2: return row.substr(first);
    case 3: return row + ",zz";
    default: return row.substr(0, last);
  }
}

}  // namespace

// A suite of its own, so CTest runs these long tests beside the rest of the program (tests/CMakeLists.txt).
BOOST_AUTO_TEST_SUITE(mutation_classes)

BOOST_AUTO_TEST_CASE(issue16_every_example_renders_with_no_empty_heading_and_no_dangling_entry) {
  for (const auto& folder : example_folders()) {
    const Checked c = validate(folder / "inspection.yaml", true);
    BOOST_REQUIRE(c.markdown);
    BOOST_TEST(empty_headings(*c.markdown).empty(), folder.filename().string());
    BOOST_TEST(dangling_links(*c.prepared, *c.markdown).empty(), folder.filename().string());
  }
}

BOOST_AUTO_TEST_CASE(issue16_leaving_out_any_optional_part_leaves_no_empty_heading) {
  static const std::regex key(R"(^( *(?:- )?)([a-z_][a-z0-9_]*):)");
  int optional_parts = 0;
  std::size_t candidate = 0;
  const std::size_t stride = mutation_stride();
  for (const auto& folder : example_folders()) {
    const Scratch scratch(folder);
    const auto lines = lines_of(test::slurp(folder / "inspection.yaml"));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::smatch m;
      if (!std::regex_search(lines[i], m, key) || candidate++ % stride != 0) continue;
      const std::size_t end = block_end(lines, i, static_cast<int>(m[1].length()));
      // A list item's first key takes the item with it when the item holds nothing else.
      const Checked c = validate(scratch.write(joined(lines, i, end)), true);
      expect_placed(c, folder.filename().string() + " without '" + m[2].str() + "' (line " + std::to_string(i + 1) + ")");
      if (c.errors || !c.markdown) continue;  // a required part: its absence is an error, reported
      ++optional_parts;
      BOOST_TEST_CONTEXT(folder.filename().string() << " without '" << m[2] << "' (line " << i + 1 << ")") {
        const auto empty = empty_headings(*c.markdown);
        BOOST_TEST(empty.empty(), "heading with nothing under it: " << (empty.empty() ? "" : empty.front()));
        const auto dangling = dangling_links(*c.prepared, *c.markdown);
        BOOST_TEST(dangling.empty(), "contents entry without its heading: " << (dangling.empty() ? "" : dangling.front()));
      }
    }
  }
  BOOST_TEST(optional_parts > static_cast<int>(20 / stride));  // the check reached the optional parts
}

// Trial hB: an FJI report with `recommendations: []` printed "Recommendations" and its lead-in with
// nothing after them, and `acknowledgements: []` a bare "Appendix 3: Acknowledgements"; a domain's
// `strengths: []` printed "Strengths:" straight before "Areas for improvement:". A list left empty
// must be refused (as a required part) or leave no heading and no lead-in with nothing after it.
BOOST_AUTO_TEST_CASE(emptying_any_list_is_refused_or_leaves_no_empty_heading) {
  static const std::regex key(R"(^( *(?:- )?)([a-z_][a-z0-9_]*):( *\[.*)?( *#.*)?$)");
  int emptied = 0;
  std::size_t candidate = 0;
  const std::size_t stride = mutation_stride();
  for (const auto& folder : example_folders()) {
    const Scratch scratch(folder);
    auto lines = lines_of(test::slurp(folder / "inspection.yaml"));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::smatch m;
      if (!std::regex_search(lines[i], m, key)) continue;
      const int column = static_cast<int>(m[1].length());
      const std::size_t end = block_end(lines, i, column);
      const bool block_list = end > i + 1 && lines[i + 1].find_first_not_of(' ') != std::string::npos &&
                              lines[i + 1].compare(lines[i + 1].find_first_not_of(' '), 2, "- ") == 0;
      if (!m[3].matched && !block_list) continue;
      if (m[3].matched && m[3].str().find("[]") != std::string::npos) continue;  // already empty
      if (candidate++ % stride != 0) continue;
      std::vector<std::string> changed(lines.begin(), lines.begin() + static_cast<long>(i));
      changed.push_back(m[1].str() + m[2].str() + ": []");
      changed.insert(changed.end(), lines.begin() + static_cast<long>(end), lines.end());
      const Checked c = validate(scratch.write(joined(changed, 0, 0)), true);
      expect_placed(c, folder.filename().string() + " with '" + m[2].str() + "' empty (line " + std::to_string(i + 1) + ")");
      if (c.errors || !c.markdown) continue;  // refused: a list that needs items
      ++emptied;
      BOOST_TEST_CONTEXT(folder.filename().string() << " with '" << m[2] << "' empty (line " << i + 1 << ")") {
        const auto empty = empty_headings(*c.markdown);
        BOOST_TEST(empty.empty(), "heading with nothing under it: " << (empty.empty() ? "" : empty.front()));
        const auto lone = lone_lead_ins(*c.markdown);
        BOOST_TEST(lone.empty(), "lead-in with nothing after it: " << (lone.empty() ? "" : lone.front()));
      }
    }
  }
  BOOST_TEST(emptied > static_cast<int>(5 / stride));  // the check reached lists that may be empty
}

BOOST_AUTO_TEST_CASE(issue16_deleting_any_one_line_gives_a_result_or_errors_never_an_internal_error) {
  std::size_t candidate = 0;
  const std::size_t stride = mutation_stride();
  for (const auto& folder : example_folders()) {
    const Scratch scratch(folder);
    const auto lines = lines_of(test::slurp(folder / "inspection.yaml"));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (indent_of(lines[i]) < 0) continue;  // a blank line changes nothing
      if (candidate++ % stride != 0) continue;
      const fs::path input = scratch.write(joined(lines, i, i + 1));
      try {
        expect_placed(validate(input, true), folder.filename().string() + " without line " + std::to_string(i + 1));
      } catch (const std::exception& e) {
        BOOST_ERROR(folder.filename().string() << " without line " << i + 1 << ": internal error: " << e.what());
      }
    }
  }
}

// The guide promises every problem in the data at FILE:LINE:COL, with what was expected and what was
// found (s3: CCI's missing section or criterion and a headline without its score were shown at the
// file alone). The tests above check that for lines deleted, parts left out and lists emptied; this one
// changes each value of each example, its programme's, and rows and the header of its case file.
BOOST_AUTO_TEST_CASE(every_error_after_a_value_or_a_case_row_is_changed_names_its_position) {
  std::size_t candidate = 0;
  const std::size_t stride = mutation_stride();
  int changed = 0;
  for (const auto& folder : example_folders()) {
    const Scratch scratch(folder);
    const fs::path input = scratch.dir.path() / "inspection.yaml";
    const std::string name = folder.filename().string();
    for (const std::string file : {"inspection.yaml", "programme.yaml"}) {
      if (!fs::exists(folder / file)) continue;
      const auto lines = lines_of(test::slurp(folder / file));
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find_first_not_of(' ') == std::string::npos || lines[i][lines[i].find_first_not_of(' ')] == '#')
          continue;
        const std::string& value = wrong_values()[i % wrong_values().size()];
        const auto line = with_value(lines[i], value);
        if (!line || candidate++ % stride != 0) continue;
        auto mutated = lines;
        mutated[i] = *line;
        scratch.write_beside(file, joined(mutated, 0, 0));
        ++changed;
        expect_placed(validate(input, true), name + " " + file + " line " + std::to_string(i + 1) + " as '" + *line + "'");
      }
      scratch.write_beside(file, test::slurp(folder / file));
    }
    if (!fs::exists(folder / "cases.csv")) continue;
    const auto rows = lines_of(test::slurp(folder / "cases.csv"));
    // The header each way, then every 25th row (a file holds hundreds of rows of the same shape).
    for (std::size_t i = 0; i < rows.size(); i += (i == 0 ? 1 : 25)) {
      for (std::size_t kind = 0; kind < (i == 0 ? 5u : 1u); ++kind) {
        if (candidate++ % stride != 0) continue;
        auto mutated = rows;
        mutated[i] = wrong_row(rows[i], i == 0 ? kind : i / 25);
        scratch.write_beside("cases.csv", joined(mutated, 0, 0));
        ++changed;
        expect_placed(validate(input, true), name + " cases.csv row " + std::to_string(i + 1) + " as '" + mutated[i] + "'");
      }
    }
    scratch.write_beside("cases.csv", test::slurp(folder / "cases.csv"));
  }
  BOOST_TEST(changed > static_cast<int>(500 / stride));  // the check reached the values
}

BOOST_AUTO_TEST_SUITE_END()
