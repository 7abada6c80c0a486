// quire's own YAML tree, built from yaml-cpp's parser events (load/yaml_tree.cpp, the one file that
// includes yaml-cpp). YAML::Node keeps every node in a reference-counted graph and looks keys up
// through conversions; a report's data is read once, front to back, so plain nodes in one arena do.
//
// The tree is what YAML::Load gives, node for node: the same kinds, text, order (a key written twice
// is kept twice; lookup finds the first), the same 0-based marks, and an alias is the anchored node
// itself (same mark). One difference: YAML's merge key (`<<: *defaults`) is merged, as YAML 1.1
// defines it (the map's own keys win, then the first map named); yaml-cpp 0.7 keeps it as a key.
// The names follow YAML::Node's (IsMap, Scalar, Mark, ...) so loaders read as they did.
// Internal to load/.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/diagnostics.hpp"

namespace quire::load_detail {

// Where a node starts: 0-based, as yaml-cpp gives it; -1 everywhere when unknown.
struct YamlMark {
  int pos = -1;
  int line = -1;
  int column = -1;
  bool is_null() const { return pos == -1 && line == -1 && column == -1; }
};

struct YamlData;
struct YamlEntry;

// A handle on one node of a YamlDocument, valid while the document lives. A handle on nothing
// (a key that is not there) is not defined; every test on it is false and it holds no entries.
class YamlNode {
 public:
  YamlNode() = default;
  explicit YamlNode(const YamlData* data) : data_(data) {}

  bool IsDefined() const { return data_ != nullptr; }
  bool IsNull() const;
  bool IsScalar() const;
  bool IsSequence() const;
  bool IsMap() const;
  explicit operator bool() const { return IsDefined(); }

  // A scalar's text; empty for anything else.
  const std::string& Scalar() const;
  YamlMark Mark() const;
  // Entries of a map or items of a sequence; 0 for anything else.
  std::size_t size() const;

  // The value of the first entry whose key is the scalar `key`; nothing when none is, or when
  // this is not a map.
  YamlNode operator[](std::string_view key) const;
  // The sequence's item at `index`; nothing when out of range or not a sequence.
  YamlNode operator[](std::size_t index) const;
  YamlNode operator[](int index) const { return (*this)[static_cast<std::size_t>(index)]; }

  // Iteration as YAML::Node iterates: a sequence's items are entries that are the item itself; a
  // map's entries hold `first` (the key) and `second` (the value).
  const YamlEntry* begin() const;
  const YamlEntry* end() const;

 private:
  const YamlData* data_ = nullptr;
};

// One entry of a collection (see YamlNode::begin).
struct YamlEntry : YamlNode {
  YamlNode first;
  YamlNode second;
};

struct YamlArena;

// A parsed file: its root node, and the nodes under it.
class YamlDocument : public YamlNode {
 public:
  YamlDocument();  // holds nothing (an undefined root)
  YamlDocument(YamlNode root, std::unique_ptr<YamlArena> arena);
  YamlDocument(YamlDocument&&) noexcept;
  YamlDocument& operator=(YamlDocument&&) noexcept;
  ~YamlDocument();

 private:
  std::unique_ptr<YamlArena> arena_;
};

// Parses the first document of `source` (as YAML::Load: an empty file is a null root without a
// mark). A syntax error or a nesting too deep for yaml-cpp is reported at its 1-based position.
// The input limits (load/yaml_limits.hpp) are checked first.
std::optional<YamlDocument> parse_yaml(const std::string& file, const std::string& source, Diagnostics& diags);

}  // namespace quire::load_detail
