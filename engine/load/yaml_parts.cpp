#include "load/yaml_parts.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

namespace quire::load_detail {

namespace {

struct Line {
  std::size_t start = 0;  // byte offset of the line
  std::size_t end = 0;    // offset of its '\n' (or of the end of the file)
  std::size_t indent = 0;
  std::string_view text;  // after the indentation, without the line break
  bool empty() const { return text.empty() || text == "\r" || text[0] == '#'; }
};

std::vector<Line> lines_of(const std::string& source) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start < source.size()) {
    std::size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    Line line{start, end, 0, {}};
    while (start + line.indent < end && source[start + line.indent] == ' ') ++line.indent;
    line.text = std::string_view(source).substr(start + line.indent, end - start - line.indent);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// "name:" or "name: value" with a plain name; returns the name.
std::optional<std::string_view> plain_key(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '-'))
    ++i;
  if (i == 0 || i >= text.size() || text[i] != ':') return std::nullopt;
  if (i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\r') return std::nullopt;
  return text.substr(0, i);
}

bool is_item(std::string_view text) { return text == "-" || text == "-\r" || text.rfind("- ", 0) == 0; }

// Whether the key line has its value on the same line (then nothing below it belongs to it).
bool value_on_same_line(std::string_view text) {
  const std::size_t colon = text.find(':');
  const std::size_t rest = text.find_first_not_of(" \r", colon + 1);
  return rest != std::string_view::npos && text[rest] != '#';
}

struct TopKey {
  std::size_t line;
  std::string_view name;
};

// The top-level keys, or nothing when the top level is anything but a block mapping of plain keys
// (a list item at column 0 belongs to the key above it).
std::optional<std::vector<TopKey>> top_level_keys(const std::vector<Line>& lines) {
  std::vector<TopKey> keys;
  std::map<std::string_view, int> seen;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.indent > 0 || line.empty()) continue;
    if (line.text.rfind("---", 0) == 0 || line.text.rfind("...", 0) == 0) return std::nullopt;
    if (const auto name = plain_key(line.text)) {
      if (seen[*name]++) return std::nullopt;
      keys.push_back({i, *name});
    } else if (!is_item(line.text) || keys.empty()) {
      return std::nullopt;
    }
  }
  if (keys.empty()) return std::nullopt;
  return keys;
}

// The lines inside the value of the key on line `key` (up to line `end`) where an entry of that
// value starts, except the first: the places that value can be cut.
std::vector<std::size_t> entry_starts(const std::vector<Line>& lines, std::size_t key, std::size_t end) {
  if (value_on_same_line(lines[key].text)) return {};
  std::size_t first = key + 1;
  while (first < end && lines[first].empty()) ++first;
  if (first >= end) return {};
  const std::size_t indent = lines[first].indent;
  const bool list = is_item(lines[first].text);
  if (!list && (indent == 0 || !plain_key(lines[first].text))) return {};
  std::vector<std::size_t> starts;
  for (std::size_t i = first + 1; i < end; ++i) {
    const Line& line = lines[i];
    if (line.empty() || line.indent > indent) continue;
    if (line.indent < indent) return {};
    if (list ? is_item(line.text) : plain_key(line.text).has_value()) starts.push_back(i);
  }
  return starts;
}

std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

// Each part is parsed with one more entry after it, and that entry must come back as the tree's
// last: text that ends inside a quoted scalar or a flow collection swallows it (yaml-cpp accepts
// either left open at the end of its input, so only this shows that the cut fell inside one).
constexpr std::string_view kEndKey = "quire-part-end";

struct Part {
  std::string text;
  std::size_t indent = 0;  // of the part's entries
  bool list = false;       // entries are list items, not keys
};

// Line `line` up to byte `end`, after as many line breaks as come before it: each node gets the
// line (and so the column) it has in the whole file. Not the byte offset: spaces in place of the
// text before would cost yaml-cpp's scanner as much as the text itself.
Part part_of(const std::string& source, const std::vector<Line>& lines, std::size_t line, std::size_t end) {
  Part part{std::string(line, '\n'), 0, false};
  part.text.append(source, lines[line].start, end - lines[line].start);
  return part;
}

// The part's tree, its closing entry still last; throws when that entry is not where it was put.
YAML::Node parse_part(Part part) {
  if (!part.text.empty() && part.text.back() != '\n') part.text += '\n';
  const auto end_line = static_cast<int>(std::count(part.text.begin(), part.text.end(), '\n'));
  part.text += std::string(part.indent, ' ') + (part.list ? "- " : "") + std::string(kEndKey) + (part.list ? "\n" : ": 0\n");
  YAML::Node tree = YAML::Load(part.text);
  // reset(), not =: assigning to a YAML::Node that refers to a node overwrites that node.
  YAML::Node last;
  if (part.list && tree.IsSequence() && tree.size() > 0) last.reset(tree[tree.size() - 1]);
  if (!part.list && tree.IsMap())
    for (const auto& pair : tree) last.reset(pair.first);
  if (!last.IsScalar() || last.Scalar() != kEndKey || last.Mark().line != end_line)
    throw std::runtime_error("the part ends inside a value");
  return tree;
}

struct Parts {
  YAML::Node head, entries, tail;
};

Parts parse_parts(const std::string& source, const std::vector<Line>& lines, const YamlCut& cut) {
  const bool inside = !cut.container.empty();
  const bool has_tail = inside && cut.container_end < lines.size();
  const std::size_t tail_at = has_tail ? lines[cut.container_end].start : source.size();
  Part entries = part_of(source, lines, cut.line, tail_at);
  if (inside) {
    entries.indent = lines[cut.line].indent;
    entries.list = is_item(lines[cut.line].text);
  }
  Parts parts;
  bool second_failed = false;
  std::thread second([&] {
    try {
      parts.entries = parse_part(std::move(entries));
      if (has_tail) parts.tail = parse_part(part_of(source, lines, cut.container_end, source.size()));
    } catch (...) {
      second_failed = true;
    }
  });
  bool first_failed = false;
  try {
    parts.head = parse_part(part_of(source, lines, 0, lines[cut.line].start));
  } catch (...) {
    first_failed = true;
  }
  second.join();
  if (first_failed || second_failed) throw std::runtime_error("a part does not parse alone");
  return parts;
}

// Every entry of `from` but its closing one, added to `to` in order.
void append_entries(YAML::Node& to, const YAML::Node& from) {
  std::size_t left = from.size() - 1;
  for (auto it = from.begin(); left > 0; ++it, --left) {
    if (to.IsSequence()) to.push_back(*it);
    else to.force_insert(it->first, it->second);
  }
}

// The parts joined as one parse builds them, or nothing when a part has an unexpected shape.
std::optional<YAML::Node> join(Parts parts, const YamlCut& cut) {
  YAML::Node root = parts.head;
  if (!root.IsMap() || !parts.entries.IsDefined()) return std::nullopt;
  root.remove(std::string(kEndKey));
  if (cut.container.empty()) {
    if (!parts.entries.IsMap()) return std::nullopt;
    append_entries(root, parts.entries);
    return root;
  }
  YAML::Node container = static_cast<const YAML::Node&>(root)[cut.container];
  if (container.Type() != parts.entries.Type() || !(container.IsSequence() || container.IsMap())) return std::nullopt;
  append_entries(container, parts.entries);
  if (parts.tail.IsDefined()) {
    if (!parts.tail.IsMap()) return std::nullopt;
    append_entries(root, parts.tail);
  }
  return root;
}

std::optional<YamlCut> cut_in(const std::string& source, const std::vector<Line>& lines) {
  if (source.empty() || source[0] == '%') return std::nullopt;
  const auto keys = top_level_keys(lines);
  if (!keys) return std::nullopt;
  for (const auto& key : *keys)
    if (key.name == kEndKey) return std::nullopt;
  const std::size_t middle = source.size() / 2;
  std::optional<YamlCut> best;
  std::size_t best_distance = source.size();
  auto consider = [&](std::size_t line, std::string_view container, std::size_t container_end) {
    if (const std::size_t d = distance(lines[line].start, middle); d < best_distance) {
      best_distance = d;
      best = YamlCut{line, std::string(container), container_end};
    }
  };
  for (std::size_t k = 0; k < keys->size(); ++k) {
    const std::size_t end = k + 1 < keys->size() ? (*keys)[k + 1].line : lines.size();
    if (k > 0) consider((*keys)[k].line, {}, 0);
    for (const std::size_t line : entry_starts(lines, (*keys)[k].line, end)) consider(line, (*keys)[k].name, end);
  }
  return best;
}

}  // namespace

std::optional<YamlCut> find_cut(const std::string& source) { return cut_in(source, lines_of(source)); }

YAML::Node load_yaml(const std::string& source, std::size_t min_bytes) {
  if (source.size() < min_bytes) return YAML::Load(source);
  const auto lines = lines_of(source);
  const auto cut = cut_in(source, lines);
  if (!cut) return YAML::Load(source);
  try {
    if (auto joined = join(parse_parts(source, lines, *cut), *cut)) return *joined;
  } catch (const std::exception&) {
    // A part that does not parse alone: the whole file is parsed once below, which reports its
    // errors where they are.
  }
  return YAML::Load(source);
}

}  // namespace quire::load_detail
