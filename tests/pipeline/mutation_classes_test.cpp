// Issue 16's classes, over every example: an optional part left out leaves no heading with nothing
// under it and no contents entry without its heading; any one line deleted gives a clean result or
// errors (exit 0 or 2), never an internal error. Both run in this process, through the pipeline's
// own entry points (prepare, then the Markdown as `quire validate` does), to stay fast.
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
  test::TempDir dir;
};

// What `quire validate` does in English: prepare, and the Markdown when the data has no error.
struct Checked {
  bool errors = false;
  std::optional<Prepared> prepared;
  std::optional<std::string> markdown;
};

Checked validate(const fs::path& input, bool render) {
  Options options;
  options.root = test::source_root();
  Diagnostics diags;
  Checked c;
  c.prepared = prepare(input, options, diags);
  if (c.prepared && !diags.has_errors() && render) c.markdown = render_report_markdown(*c.prepared, options, diags);
  c.errors = !c.prepared || diags.has_errors();
  return c;
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
        validate(input, true);
      } catch (const std::exception& e) {
        BOOST_ERROR(folder.filename().string() << " without line " << i + 1 << ": internal error: " << e.what());
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
