#include "pdf/pdf_tools.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <memory>
#include <sstream>
#include <sys/wait.h>

#include "markdown/document.hpp"
#include "support/support.hpp"

namespace quire::test {

Output run(const std::string& command) {
  Output result;
  FILE* pipe = popen((command + " 2>/dev/null").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 65536> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) result.out.append(buf.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::string normalise(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (b < 0x80) {
      if (std::isalnum(b)) out += static_cast<char>(std::tolower(b));
    } else {
      char32_t cp = len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
      for (std::size_t k = 1; k < len && i + k < text.size(); ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
      const bool punctuation = cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp < 0x2C00);
      if (!punctuation) out.append(text, i, len);
    }
    i += len;
  }
  return out;
}

std::string pdf_text(const std::filesystem::path& pdf, int first, int last, bool layout) {
  std::string command = "pdftotext -enc UTF-8 -nopgbrk";
  if (first > 0) command += " -f " + std::to_string(first) + " -l " + std::to_string(last > 0 ? last : first);
  // The A4 text area: 80 pt from the top, 78 from the foot (see layout::PageGeometry).
  command += layout ? " -layout" : " -x 0 -y 80 -W 596 -H 684";
  return run(command + " " + quoted(pdf) + " -").out;
}

std::vector<StructElem> struct_tree(const std::filesystem::path& pdf) {
  std::vector<StructElem> tree(1);
  tree[0].tag = "StructTreeRoot";
  std::vector<std::pair<std::size_t, std::size_t>> open{{0, 0}};  // indent + 1, element
  std::istringstream in(run("pdfinfo -struct-text " + quoted(pdf)).out);
  for (std::string line; std::getline(in, line);) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    while (open.size() > 1 && open.back().first > indent) open.pop_back();
    const std::string content = line.substr(indent);
    if (content[0] == '"') {  // text: the element's and every enclosing one's
      const std::string text = content.substr(1, content.size() >= 2 ? content.size() - 2 : 0);
      bool in_note = false;
      for (auto it = open.rbegin(); it != open.rend(); ++it) {
        StructElem& e = tree[it->second];
        in_note = in_note || e.tag == "Note";
        e.text += text;
        if (!in_note) e.text_outside_notes += text;
      }
    } else if (content[0] == '/') {
      tree[open.back().second].attributes.push_back(content);
    } else if (content.rfind("Object ", 0) == 0) {
      ++tree[open.back().second].objects;
    } else {
      StructElem e;
      e.tag = content.substr(0, content.find_first_of(" :"));
      e.parent = open.back().second;
      tree.push_back(std::move(e));
      open.emplace_back(indent + 1, tree.size() - 1);
    }
  }
  return tree;
}

doc::Document document_of(const std::string& markdown) {
  Diagnostics d;
  return parse_document(markdown, d);
}

const std::filesystem::path& scratch() {
  static TempDir dir;
  return dir.path();
}

const std::vector<Rendered>& rendered_examples() {
  static const std::vector<Rendered> examples = [] {
    std::vector<Rendered> out;
    for (const auto& entry : std::filesystem::directory_iterator(source_root() / "examples")) {
      Rendered r;
      r.name = entry.path().filename().string();
      r.pdf = scratch() / (r.name + ".pdf");
      const auto input = quoted(entry.path() / "inspection.yaml");
      const auto pdf = run_quire("render " + input + " -o " + quoted(r.pdf));
      BOOST_TEST_REQUIRE(pdf.exit_code == 0, r.name << ": " << pdf.err);
      const auto md = run_quire("render " + input + " -o " + quoted(scratch() / (r.name + ".md")));
      BOOST_TEST_REQUIRE(md.exit_code == 0, r.name << ": " << md.err);
      r.markdown = slurp(scratch() / (r.name + ".md"));
      out.push_back(std::move(r));
    }
    return out;
  }();
  return examples;
}

}  // namespace quire::test
