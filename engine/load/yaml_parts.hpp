// Parses a large YAML file on two threads. yaml-cpp has no faster path than its scanner, and a
// report's data is one big block mapping, so the file is cut at a line where a key or list item
// starts, each part is parsed alone and the parts are joined into the tree one parse would give:
// the same nodes in the same order, each with the line and column it has in the file (not
// yaml-cpp's byte offset: readers find a node's offset from its line and column).
// Internal to load/.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>

namespace quire::load_detail {

// Where `source` may be cut, if anywhere: its top-level mapping is cut before the key on line
// `line` (0-based); when `container` is set, that line is an entry inside the value of the
// top-level key `container`, and the entries from `line` to the line `container_end` (the next
// top-level key, or the end of the file) form a part of their own.
struct YamlCut {
  std::size_t line = 0;
  std::string container;
  std::size_t container_end = 0;
};

// The cut nearest the middle of `source`, or nothing when its shape is not plain enough to cut
// safely (document markers, directives, a top level that is not a block mapping of plain keys,
// a key written twice, no line break at the end, a value running over lines other than as a
// block scalar).
std::optional<YamlCut> find_cut(const std::string& source);

// What YAML::Load(source) returns, and throws what it throws: files of `min_bytes` or more with a
// cut are parsed in two parts at once; any part that does not parse alone sends the whole file
// through YAML::Load, so errors are always reported as one parse reports them.
YAML::Node load_yaml(const std::string& source, std::size_t min_bytes = 32 * 1024);

// The first difference between two trees (kind, tag, text, size, order, line and column of every
// node), as "PATH: what"; empty when they are the same. What load_yaml promises, as the tests and
// the differential fuzzer (tests/fuzz/fuzz_yaml_parts.cpp) check it.
std::string first_difference(const YAML::Node& a, const YAML::Node& b);

}  // namespace quire::load_detail
