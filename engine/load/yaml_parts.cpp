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

// Whether a key's or item's value on this line opens a block scalar ("text: |", "- >-").
bool opens_block_scalar(std::string_view text) {
  std::size_t end = text.find(" #");
  if (end == std::string_view::npos) end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  std::size_t i = end;
  while (i > 0 && (text[i - 1] == '-' || text[i - 1] == '+' || std::isdigit(static_cast<unsigned char>(text[i - 1]))))
    --i;
  return i > 0 && (text[i - 1] == '|' || text[i - 1] == '>') && (i == 1 || text[i - 2] == ' ');
}

// Whether every line is a key, a list item, a comment, a blank or the text of a block scalar: a
// file with a value running over several lines any other way (a plain or quoted scalar, a flow
// collection) is not cut. yaml-cpp reads such text leniently, and reads it differently depending
// on what follows (found by fuzz_yaml_parts), so a seam near it could change what a file means.
bool written_in_plain_blocks(const std::vector<Line>& lines) {
  std::optional<std::size_t> block_scalar_indent;
  for (const Line& line : lines) {
    if (block_scalar_indent && (line.empty() || line.indent > *block_scalar_indent)) continue;
    block_scalar_indent.reset();
    if (line.empty()) continue;
    std::string_view text = line.text;
    while (is_item(text)) text = text.size() > 2 ? text.substr(2) : std::string_view();
    text.remove_prefix(std::min(text.find_first_not_of(' '), text.size()));
    const bool item = text.size() < line.text.size();
    if (!item && !plain_key(text)) return false;
    if (opens_block_scalar(text)) block_scalar_indent = line.indent;
  }
  return true;
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

// Each part is parsed with one more entry after it, which stands where the text after the part
// starts, as what starts there: an entry of the list or map being cut (after the first part), or a
// top-level key (after the others, and at the end of the file). That entry must come back where
// it was put: text that ends inside a quoted scalar or a flow collection swallows it (yaml-cpp
// accepts either left open at the end of its input), and yaml-cpp reads the end of a part as it
// reads the same text followed by what follows it in the file.
constexpr std::string_view kEndKey = "quire-part-end";

struct Part {
  std::string text;
  std::string container;   // for a part inside the cut list or map: its key, written on the line
                           // before the part so that the part is its entries
  bool closes_inside = false;  // the closing entry is an entry of the container (at `indent`)
  std::size_t indent = 0;
  bool list = false;           // the container is a list
};

// Line `line` up to byte `end`, after as many line breaks as come before it: each node gets the
// line (and so the column) it has in the whole file. Not the byte offset: spaces in place of the
// text before would cost yaml-cpp's scanner as much as the text itself.
std::string text_from(const std::string& source, const std::vector<Line>& lines, std::size_t line, std::size_t end) {
  std::string text(line, '\n');
  text.append(source, lines[line].start, end - lines[line].start);
  return text;
}

// The last child of a list or map (a map's last value, or with `key` its last key).
YAML::Node last_child(const YAML::Node& node, bool key = false) {
  // reset(), not =: assigning to a YAML::Node that refers to a node overwrites that node.
  YAML::Node child;
  std::size_t left = node.size();
  for (auto it = node.begin(); it != node.end() && left > 0; ++it)
    if (--left == 0) child.reset(node.IsMap() ? (key ? it->first : it->second) : *it);
  return child;
}

// The node the closing entry is in (the container, or the root), after checking that the entry
// is its last, where it was put.
YAML::Node closing_level(const YAML::Node& root, const Part& part, int end_line) {
  YAML::Node level = root;
  if (part.closes_inside) {
    if (!root.IsMap() || !last_child(root, true).IsScalar() || last_child(root, true).Scalar() != part.container)
      throw std::runtime_error("the part does not end in its list or map");
    level.reset(last_child(root));
  }
  const bool list = part.closes_inside && part.list;
  if (list ? !level.IsSequence() : !level.IsMap()) throw std::runtime_error("the part has another shape");
  const YAML::Node last = last_child(level, !list);
  if (!last.IsScalar() || last.Scalar() != kEndKey || last.Mark().line != end_line)
    throw std::runtime_error("the part ends inside a value");
  return level;
}

// Whether the value just before the closing entry was left empty ("- id:" at the end): yaml-cpp
// marks an empty value where the next token is. The closing entry stands where the next token
// does, but such a part is not used all the same. Only the last value in the text can be marked
// there, and it is at the end of the last branch before the closing entry.
bool ends_in_empty_value(const YAML::Node& level, bool list, int end_line) {
  YAML::Node node;
  std::size_t left = level.size();
  for (auto it = level.begin(); it != level.end() && left > 0; ++it)
    if (--left == 1) node.reset(list ? *it : it->second);
  while (node.IsDefined()) {
    if (node.Mark().line == end_line) return true;
    if (!node.IsMap() && !node.IsSequence()) break;
    node.reset(last_child(node));
  }
  return false;
}

struct Parsed {
  YAML::Node root;   // the part's document
  YAML::Node level;  // where its entries are, the closing entry last
};

Parsed parse_part(Part part) {
  const auto end_line = static_cast<int>(std::count(part.text.begin(), part.text.end(), '\n'));
  if (!part.container.empty() && !part.closes_inside) {
    // The entries of the cut list or map: their key on the line before them (padding there).
    const std::size_t first = part.text.find_first_not_of('\n');
    if (first == 0 || first == std::string::npos) throw std::runtime_error("no room for the key");
    part.text.insert(first - 1, part.container + ":");
  }
  if (part.closes_inside)
    part.text += std::string(part.indent, ' ') + (part.list ? "- " : "") + std::string(kEndKey) + (part.list ? "\n" : ": 0\n");
  else
    part.text += std::string(kEndKey) + ": 0\n";
  Parsed parsed;
  parsed.root = YAML::Load(part.text);
  parsed.level.reset(closing_level(parsed.root, part, end_line));
  if (ends_in_empty_value(parsed.level, part.closes_inside && part.list, end_line))
    throw std::runtime_error("the part ends in an empty value");
  return parsed;
}

struct Parts {
  Parsed head, entries, tail;
};

Parts parse_parts(const std::string& source, const std::vector<Line>& lines, const YamlCut& cut) {
  const bool inside = !cut.container.empty();
  const bool has_tail = inside && cut.container_end < lines.size();
  const std::size_t tail_at = has_tail ? lines[cut.container_end].start : source.size();
  Part head{text_from(source, lines, 0, lines[cut.line].start), cut.container, inside,
            lines[cut.line].indent, inside && is_item(lines[cut.line].text)};
  Part entries{text_from(source, lines, cut.line, tail_at), cut.container, false, 0, head.list};
  Parts parts;
  bool second_failed = false;
  std::thread second([&] {
    try {
      parts.entries = parse_part(std::move(entries));
      if (has_tail) parts.tail = parse_part(Part{text_from(source, lines, cut.container_end, source.size()), {}, false, 0, false});
    } catch (...) {
      second_failed = true;
    }
  });
  bool first_failed = false;
  try {
    parts.head = parse_part(std::move(head));
  } catch (...) {
    first_failed = true;
  }
  second.join();
  if (first_failed || second_failed) throw std::runtime_error("a part does not parse alone");
  return parts;
}

// Every entry of `from` but its closing one, added to `to` in order.
void append_entries(YAML::Node& to, const YAML::Node& from) {
  if (from.size() == 0) return;
  std::size_t left = from.size() - 1;
  for (auto it = from.begin(); left > 0; ++it, --left) {
    if (to.IsSequence()) to.push_back(*it);
    else to.force_insert(it->first, it->second);
  }
}

// The parts joined as one parse builds them, or nothing when a part has an unexpected shape.
std::optional<YAML::Node> join(Parts parts, const YamlCut& cut) {
  YAML::Node root = parts.head.root;
  YAML::Node& head_level = parts.head.level;  // the root, or the cut list or map
  if (head_level.IsSequence()) head_level.remove(head_level.size() - 1);
  else head_level.remove(std::string(kEndKey));
  if (cut.container.empty()) {
    if (!parts.entries.level.IsMap()) return std::nullopt;
    append_entries(root, parts.entries.level);
    return root;
  }
  // The entries part's document is {container: entries, quire-part-end: 0}.
  const YAML::Node entries = static_cast<const YAML::Node&>(parts.entries.root)[cut.container];
  if (entries.Type() != head_level.Type()) return std::nullopt;
  for (auto it = entries.begin(); it != entries.end(); ++it) {
    if (head_level.IsSequence()) head_level.push_back(*it);
    else head_level.force_insert(it->first, it->second);
  }
  if (parts.tail.root.IsMap()) append_entries(root, parts.tail.level);  // a default node is Null
  return root;
}

std::optional<YamlCut> cut_in(const std::string& source, const std::vector<Line>& lines) {
  // A file must end with a line break: each part gets its closing entry on a line of its own, and
  // a line break added after a block scalar at the end would become part of its text (found by
  // fuzz_yaml_parts).
  if (source.empty() || source[0] == '%' || source.back() != '\n') return std::nullopt;
  if (source.find(kEndKey) != std::string::npos) return std::nullopt;  // the closing entries' own name
  if (!written_in_plain_blocks(lines)) return std::nullopt;
  const auto keys = top_level_keys(lines);
  if (!keys) return std::nullopt;
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

namespace {

std::string difference_at(const YAML::Node& a, const YAML::Node& b, const std::string& path) {
  auto mark = [](const YAML::Node& n) { return std::to_string(n.Mark().line) + ":" + std::to_string(n.Mark().column); };
  if (a.Type() != b.Type()) return path + ": kind";
  if (mark(a) != mark(b)) return path + ": at " + mark(a) + " and " + mark(b);
  if (a.Tag() != b.Tag()) return path + ": tag";
  if (a.IsScalar() && a.Scalar() != b.Scalar()) return path + ": text";
  if (a.size() != b.size()) return path + ": size";
  if (a.IsSequence())
    for (std::size_t i = 0; i < a.size(); ++i)
      if (auto d = difference_at(a[i], b[i], path + "[" + std::to_string(i) + "]"); !d.empty()) return d;
  if (a.IsMap())
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
      if (auto d = difference_at(ia->first, ib->first, path + ".key"); !d.empty()) return d;
      if (auto d = difference_at(ia->second, ib->second, path + "." + ia->first.as<std::string>("?")); !d.empty())
        return d;
    }
  return {};
}

}  // namespace

std::string first_difference(const YAML::Node& a, const YAML::Node& b) { return difference_at(a, b, ""); }

}  // namespace quire::load_detail
