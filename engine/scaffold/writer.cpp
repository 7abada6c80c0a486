#include "scaffold/writer.hpp"

#include "load/placeholders.hpp"

namespace quire::scaffold {

namespace {

bool is_list(KeyKind kind) { return kind == KeyKind::markdown_list || kind == KeyKind::text_list; }

}  // namespace

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {  // a tab or line break typed into --area
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[(c >> 4) & 0xF];
      out += hex[c & 0xF];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string text_placeholder(std::string_view what) {
  return std::string(kPlaceholderTag) + " " + yaml_quoted("[to write: " + std::string(what) + "]");
}

void Writer::comment(std::string_view text) { out_ += indent() + "# " + std::string(text) + "\n"; }

void Writer::blank() { out_ += "\n"; }

void Writer::line(std::string_view yaml) { out_ += indent() + std::string(yaml) + "\n"; }

void Writer::key_line(const KeyDef& key, std::string_view rest) {
  std::string line = indent();
  if (item_pending_) {
    // "- " stands where the item's first key would be indented; the rest of the item lines up.
    line.resize(line.size() - 2);
    line += "- ";
    item_pending_ = false;
  }
  line += key.name + ":";
  if (!rest.empty()) line += " " + std::string(rest);
  if (!key.description.empty()) line += "  # " + key.description;
  out_ += line + "\n";
}

void Writer::value(const KeyDef& key, std::string_view yaml) { key_line(key, yaml); }

std::string Writer::placeholder(const KeyDef& key, std::string_view what) const {
  const bool text = key.stand_in.empty();
  std::string one = text ? text_placeholder(what) : std::string(kPlaceholderTag) + " " + key.stand_in;
  if (bilingual_ && key.translated && text)
    one = "{en: " + one + ", cy: " + text_placeholder(std::string(what) + ", in Welsh") + "}";
  return is_list(key.kind) ? "[" + one + "]" : one;
}

void Writer::todo(const KeyDef& key, std::string_view what) { key_line(key, placeholder(key, what)); }

void Writer::open(const KeyDef& key) {
  key_line(key, "");
  ++depth_;
}

void Writer::item() {
  item_pending_ = true;
  ++depth_;
}

void Writer::close() {
  item_pending_ = false;
  --depth_;
}

}  // namespace quire::scaffold
