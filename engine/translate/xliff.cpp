#include "translate/xliff.hpp"

#include <pugixml.hpp>

#include <map>
#include <sstream>

#include "base/text.hpp"
#include "translate/inline_codes.hpp"
#include "translate/xliff_bytes.hpp"

namespace quire::translate {

namespace {

constexpr const char* kNamespace = "urn:oasis:names:tc:xliff:document:1.2";

// Markdown as XLIFF inline content: text, <g> around what a pair of codes encloses, <x/> alone.
// `plain`: the text as the translator reads it, its Markdown escapes resolved (plain_text).
void append_coded(pugi::xml_node parent, const CodedText& coded, bool plain = false) {
  std::vector<std::pair<pugi::xml_node, int>> open{{parent, 0}};
  for (const Piece& p : coded.pieces) {
    if (p.kind == Piece::Kind::text) {
      open.back().first.append_child(pugi::node_pcdata).set_value((plain ? plain_text(p.text) : p.text).c_str());
    } else if (p.kind == Piece::Kind::close) {
      if (open.size() > 1 && open.back().second == p.id) open.pop_back();
    } else {
      const InlineCode& code = coded.codes.at(p.id);
      pugi::xml_node element = open.back().first.append_child(p.kind == Piece::Kind::open ? "g" : "x");
      element.append_attribute("id") = std::to_string(p.id).c_str();
      element.append_attribute("ctype") = code.ctype.c_str();
      if (p.kind == Piece::Kind::open) open.emplace_back(element, p.id);
    }
  }
}

void append_text(pugi::xml_node parent, const std::string& text, bool markdown) {
  if (markdown) append_coded(parent, encode_inline(text), true);
  else parent.append_child(pugi::node_pcdata).set_value(text.c_str());
}

// Line breaks between elements, so the file reads well; inside <source> and <target> nothing is
// added (the text is preserved as it is).
void newline(pugi::xml_node parent, int depth) {
  parent.append_child(pugi::node_pcdata).set_value(("\n" + std::string(2 * static_cast<std::size_t>(depth), ' ')).c_str());
}

}  // namespace

std::string write_xliff(const std::vector<ExportUnit>& units, const std::string& original, const std::string& target) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node xliff = doc.append_child("xliff");
  xliff.append_attribute("version") = "1.2";
  xliff.append_attribute("xmlns") = kNamespace;
  newline(xliff, 1);
  pugi::xml_node file = xliff.append_child("file");
  file.append_attribute("original") = original.c_str();
  file.append_attribute("source-language") = "en-GB";
  file.append_attribute("target-language") = target.c_str();
  file.append_attribute("datatype") = "plaintext";
  newline(file, 2);
  pugi::xml_node body = file.append_child("body");
  for (const ExportUnit& unit : units) {
    newline(body, 3);
    pugi::xml_node tu = body.append_child("trans-unit");
    tu.append_attribute("id") = unit.id.c_str();
    tu.append_attribute("xml:space") = "preserve";
    newline(tu, 4);
    append_text(tu.append_child("source"), unit.english, unit.markdown);
    if (unit.current) {
      newline(tu, 4);
      pugi::xml_node target_node = tu.append_child("target");
      target_node.append_attribute("state") = "needs-review-translation";
      append_coded(target_node, encode_matching(*unit.current, encode_inline(unit.english)), unit.markdown);
    }
    newline(tu, 4);
    pugi::xml_node note = tu.append_child("note");
    note.append_attribute("from") = "quire";
    note.text().set(unit.note.c_str());
    if (unit.previous) {
      newline(tu, 4);
      pugi::xml_node alt = tu.append_child("alt-trans");
      alt.append_attribute("origin") = "quire: the Welsh of an earlier English";
      pugi::xml_node old = alt.append_child("target");
      old.append_attribute("xml:lang") = target.c_str();
      old.text().set(unit.previous->c_str());
    }
    newline(tu, 3);
  }
  newline(body, 2);
  newline(file, 1);
  newline(xliff, 0);
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str() + "\n";
}

namespace {

// `text` trimmed, each run of spaces, tabs and line breaks one space: what a tool that re-wraps
// XML text keeps of it.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : trim(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Whether text appended to `out` starts a line (nothing but spaces since the last line break).
bool at_line_start(const std::string& out) {
  const std::size_t nl = out.rfind('\n');
  return out.find_first_not_of(' ', nl == std::string::npos ? 0 : nl + 1) == std::string::npos;
}

// The English as an import writes it back from its own XLIFF source: in Markdown, each text
// between codes through plain_text and markdown_text ("&amp;" -> "&"), which prints the same.
std::string as_imported(const std::string& english, bool markdown) {
  if (!markdown) return english;
  const CodedText coded = encode_inline(english);
  std::string out;
  for (const Piece& p : coded.pieces) {
    if (p.kind == Piece::Kind::text) out += markdown_text(plain_text(p.text), at_line_start(out));
    else if (p.kind == Piece::Kind::close) out += coded.codes.at(p.id).close;
    else out += coded.codes.at(p.id).open;
  }
  return out;
}

class UnitReader {
 public:
  UnitReader(const std::string& file, const std::string& xml, Diagnostics& diags) : file_(file), xml_(xml), diags_(diags) {}

  SourcePos pos_of(const pugi::xml_node& node) const {
    const auto offset = node.offset_debug();
    if (offset < 0) return SourcePos{file_, 0, 0};
    const LineColumn lc = line_column_at(xml_, static_cast<std::size_t>(offset));
    return SourcePos{file_, lc.line, lc.column};
  }

  // The target's content as Markdown, the codes put back as the English wrote them; `used` counts
  // each code's appearances.
  bool rebuild(const pugi::xml_node& parent, const CodedText& english, std::map<int, int>& used, std::string& out,
               const std::string& unit, bool markdown) {
    for (const pugi::xml_node& child : parent.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        // The translator's "&", "<" or "*" is a character: in Markdown it is escaped to print so.
        out += markdown ? markdown_text(child.value(), at_line_start(out)) : std::string(child.value());
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      if (name == "mrk") {  // a tool's own markers (segments, terms): their words are the text
        if (!rebuild(child, english, used, out, unit, markdown)) return false;
        continue;
      }
      const int id = child.attribute("id").as_int(0);
      const auto code = english.codes.find(id);
      const bool pair = name == "g", single = name == "x";
      if ((!pair && !single) || code == english.codes.end() || code->second.paired() != pair) {
        diags_.error(pos_of(child), "xliff-inline-code",
                     "unit '" + unit + "': <" + name + " id=\"" + child.attribute("id").value() +
                         "\"> is not one of the English's inline codes; keep the codes the English has");
        return false;
      }
      ++used[id];
      out += code->second.open;
      if (pair && !rebuild(child, english, used, out, unit, markdown)) return false;
      out += code->second.close;
    }
    return true;
  }

  std::optional<ImportedUnit> unit(const pugi::xml_node& tu, const UnitEnglish& from) {
    const std::string& english = from.text;
    ImportedUnit u;
    u.id = tu.attribute("id").value();
    u.pos = pos_of(tu);
    const pugi::xml_node target = tu.child("target");
    const std::string state = target.attribute("state").value();
    if (!target || state == "new" || state == "needs-translation") return std::nullopt;
    const CodedText coded = encode_inline(english);
    std::map<int, int> used;
    if (!rebuild(target, coded, used, u.target, u.id, from.markdown)) return std::nullopt;
    if (trim(u.target).empty()) return std::nullopt;
    std::map<int, int> in_source;
    std::string source;
    if (!rebuild(tu.child("source"), coded, in_source, source, u.id, from.markdown)) return std::nullopt;
    const std::string expected = as_imported(english, from.markdown);
    // A tool may re-wrap the text (ignoring xml:space="preserve"). In one line of English a line
    // break means nothing, so the Welsh's are spaces too. In more lines they separate paragraphs,
    // list items or table rows, which a re-wrapped text no longer shows.
    const bool one_line = trim(english).find('\n') == std::string_view::npos;
    if (one_line) u.target = collapse_whitespace(u.target);
    if (trim(source) != trim(expected)) {
      if (collapse_whitespace(source) != collapse_whitespace(expected)) {
        diags_.error(pos_of(tu), "xliff-stale-source",
                     "unit '" + u.id + "': its English is not the file's English any more (edited since the export); "
                     "export again and translate the new English");
        return std::nullopt;
      }
      if (!one_line) {
        diags_.error(pos_of(tu), "xliff-whitespace",
                     "unit '" + u.id + "': the translation tool changed the text's line breaks (it re-wrapped it, "
                     "though the unit asks for xml:space=\"preserve\"), and this English's line breaks separate "
                     "paragraphs, list items or table rows; set the tool to keep whitespace, or export again");
        return std::nullopt;
      }
    }
    for (const auto& [id, code] : coded.codes) {
      const int n = used.count(id) ? used.at(id) : 0;
      if (n == 1) continue;
      diags_.error(pos_of(target), "xliff-inline-code",
                   "unit '" + u.id + "': the translation has the inline code " + std::to_string(id) + " (" +
                       code.open + code.close + ") " + (n == 0 ? "missing" : std::to_string(n) + " times") +
                       "; keep each code the English has exactly once");
      return std::nullopt;
    }
    u.source = english;
    u.reviewed = state == "final" || state == "signed-off";
    u.state = state;
    return u;
  }

 private:
  const std::string& file_;
  const std::string& xml_;
  Diagnostics& diags_;
};

}  // namespace

std::optional<std::vector<ImportedUnit>> read_xliff(
    const std::string& file, const std::string& bytes,
    const std::function<std::optional<UnitEnglish>(const std::string&)>& english_of, Diagnostics& diags) {
  const auto text = xliff_text(file, bytes, diags);
  if (!text) return std::nullopt;
  const std::string& xml = *text;
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    const LineColumn lc = line_column_at(xml, static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0)));
    diags.error(SourcePos{file, lc.line, lc.column}, "xliff-syntax", std::string("invalid XML: ") + parsed.description());
    return std::nullopt;
  }
  const std::size_t errors_before = diags.error_count();
  UnitReader reader(file, xml, diags);
  const pugi::xml_node root = doc.document_element();
  if (std::string(root.name()) != "xliff" || std::string(root.attribute("version").value()) != "1.2") {
    diags.error(reader.pos_of(root), "xliff-version", "expected an XLIFF 1.2 file (<xliff version=\"1.2\">)");
    return std::nullopt;
  }
  std::vector<ImportedUnit> units;
  std::map<std::string, int> seen;
  for (const pugi::xpath_node& found : doc.select_nodes("//trans-unit")) {
    const pugi::xml_node tu = found.node();
    const std::string id = tu.attribute("id").value();
    if (++seen[id] > 1) {
      diags.error(reader.pos_of(tu), "xliff-duplicate-unit", "unit '" + id + "' appears twice");
      continue;
    }
    const auto english = english_of(id);
    if (!english) {
      diags.error(reader.pos_of(tu), "xliff-unknown-unit",
                  "unit '" + id + "' names no translatable text of this inspection (was the file exported from another?)");
      continue;
    }
    if (auto u = reader.unit(tu, *english)) units.push_back(std::move(*u));
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return units;
}

}  // namespace quire::translate
