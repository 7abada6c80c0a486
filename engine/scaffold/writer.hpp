// The scaffold's YAML, written line by line from the key tables (load/keys.hpp): each key with
// its description as a comment, and a `!todo` placeholder (load/placeholders.hpp) where an
// inspector writes. Internal to scaffold/.
#pragma once

#include <string>
#include <string_view>

#include "load/keys.hpp"

namespace quire::scaffold {

class Writer {
 public:
  // `bilingual`: text an inspector writes per language gets an English and a Welsh placeholder.
  explicit Writer(bool bilingual) : bilingual_(bilingual) {}

  void comment(std::string_view text);
  void blank();
  // key: VALUE  # description (VALUE is YAML, written as it is).
  void value(const KeyDef& key, std::string_view yaml);
  // key: a placeholder for what is to be written there, by the key's kind.
  void todo(const KeyDef& key, std::string_view what);
  // key:  # description; the keys that follow are inside it, until close().
  void open(const KeyDef& key);
  // The next key starts an item of the enclosing list ("- key: ..."); close() ends the item.
  void item();
  void close();
  // A line of YAML as it is, at the current depth (an item of a list of lists, say).
  void line(std::string_view yaml);
  // What todo() writes after the key: the placeholder for `key`'s kind.
  std::string placeholder(const KeyDef& key, std::string_view what) const;

  const std::string& text() const { return out_; }
  bool bilingual() const { return bilingual_; }

 private:
  void key_line(const KeyDef& key, std::string_view rest);
  std::string indent() const { return std::string(static_cast<std::size_t>(depth_) * 2, ' '); }

  bool bilingual_;
  std::string out_;
  int depth_ = 0;
  bool item_pending_ = false;
};

// `text` in YAML's double-quoted style, whatever it holds (quotes, backslashes, control characters).
std::string yaml_quoted(std::string_view text);

// A `!todo` stand-in for text: "[to write: WHAT]", quoted for YAML.
std::string text_placeholder(std::string_view what);

}  // namespace quire::scaffold
