#include "render_md/markdown_escape.hpp"

#include <cctype>

namespace quire {

namespace {

// ASCII punctuation that CommonMark gives a meaning inside a line.
bool is_inline_syntax(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '|': case '~':
      return true;
    default:
      return false;
  }
}

// Characters that start a block (heading, list, quote, rule) when they open a line.
bool is_block_start(char c) { return c == '#' || c == '-' || c == '+' || c == '=' || c == '>'; }

// "&amp;", "&#38;" or "&#x26;": text that CommonMark would turn into another character.
bool starts_entity(std::string_view text) {
  std::size_t i = 1;
  if (i < text.size() && text[i] == '#') ++i;
  const std::size_t start = i;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
  return i > start && i < text.size() && text[i] == ';';
}

}  // namespace

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      out += ' ';  // a data value is one line of running text
      line_start = true;
      continue;
    }
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    // "![" opens an image and "&name;" an entity; elsewhere ! and & are plain.
    const bool opens_image_or_entity = (c == '!' && next == '[') || (c == '&' && starts_entity(text.substr(i)));
    if (is_inline_syntax(c) || opens_image_or_entity || (line_start && is_block_start(c))) {
      out += '\\';
    } else if (line_start && std::isdigit(static_cast<unsigned char>(c))) {
      // "1." or "1)" opening a line would start an ordered list.
      std::size_t j = i;
      while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
      const bool marker_then_space = j + 1 >= text.size() || text[j + 1] == ' ' || text[j + 1] == '\t';
      if (j < text.size() && (text[j] == '.' || text[j] == ')') && marker_then_space) {
        out.append(text.substr(i, j - i));
        out += '\\';
        out += text[j];
        i = j;
        line_start = false;
        continue;
      }
    }
    out += c;
    if (c != ' ' && c != '\t') line_start = false;
  }
  return out;
}

std::string markdown_for_table_cell(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    const char c = markdown[i];
    if (c == '|' && (i == 0 || markdown[i - 1] != '\\')) {
      out += "\\|";
    } else if (c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace quire
