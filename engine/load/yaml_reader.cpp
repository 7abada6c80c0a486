#include "load/yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <set>

#include "base/text.hpp"
#include "load/placeholders.hpp"

namespace quire::load_detail {

std::string describe_node(const YamlNode& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsMap()) return "a map";
  if (node.IsSequence()) return "a list";
  return "'" + printable(node.Scalar()) + "'";
}

std::string printable(const std::string& text) {
  // Control characters are shown as \xNN and long values cut, so a message stays one readable line.
  constexpr std::size_t kMaxShown = 60;
  std::string out;
  for (std::size_t i = 0; i < text.size() && out.size() < kMaxShown; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (out.size() >= kMaxShown && text.size() > kMaxShown) out += "...";
  return out;
}

SourcePos YamlReader::pos(const YamlNode& node) const {
  const YamlMark m = node.Mark();
  if (m.is_null()) return SourcePos{file_, 0, 0};
  return SourcePos{file_, m.line + 1, m.column + 1};
}

void YamlReader::error(const YamlNode& node, std::string code, std::string message) {
  diags_.error(pos(node), std::move(code), std::move(message));
}

void YamlReader::error_at(SourcePos p, std::string code, std::string message) {
  diags_.error(std::move(p), std::move(code), std::move(message));
}

void YamlReader::report_missing(const YamlNode& map, const std::string& key, std::string_view what) {
  const SourcePos at = pos(map);
  if (!missing_reported_.emplace(at.line, at.column, key).second) return;
  std::string message = "missing required key '" + key + "'";
  if (!what.empty()) message += " in " + std::string(what);
  error_at(at, "missing-key", std::move(message));
}

std::optional<Located<bool>> YamlReader::boolean(const YamlNode& map, const std::string& key, bool required) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return std::nullopt;
  }
  if (!node.IsScalar() || (node.Scalar() != "true" && node.Scalar() != "false")) {
    error(node, "wrong-type", "expected true or false for '" + key + "', found " + describe_node(node));
    return std::nullopt;
  }
  return Located<bool>{node.Scalar() == "true", pos(node)};
}

void YamlReader::check_duplicate_keys(const YamlNode& root) {
  std::set<std::pair<int, int>> visited;  // an alias leads to a node already walked
  const auto walk = [&](const auto& self, const YamlNode& node) -> void {
    if (!(node.IsMap() || node.IsSequence()) || !visited.insert({node.Mark().line, node.Mark().column}).second) return;
    std::set<std::string> seen;
    const bool checked = checked_maps_.count({node.Mark().line, node.Mark().column}) > 0;
    for (const auto& entry : node) {
      if (node.IsSequence()) {
        self(self, entry);
        continue;
      }
      if (!checked && entry.first.IsScalar() && !seen.insert(entry.first.Scalar()).second)
        error(entry.first, "duplicate-key", "key '" + entry.first.Scalar() + "' appears twice in this map");
      self(self, entry.second);
    }
  };
  walk(walk, root);
}

bool YamlReader::check_map(const YamlNode& node, std::string_view what, const std::vector<std::string>& allowed,
                           const std::vector<std::string>& required) {
  // An absent value is its parent's missing key (reported there, or optional): nothing to check.
  accept_words(allowed);
  if (!node.IsDefined()) return false;
  if (!node.IsMap()) {
    error(node, "wrong-type", "expected a map for " + std::string(what) + ", found " + describe_node(node));
    return false;
  }
  checked_maps_.insert({node.Mark().line, node.Mark().column});
  std::set<std::string> seen;
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    if (!seen.insert(key).second) {
      error(entry.first, "duplicate-key", "key '" + key + "' appears twice in " + std::string(what));
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string message = "unknown key '" + key + "' in " + std::string(what);
    if (auto near = closest_match(key, allowed)) message += "; did you mean '" + *near + "'?";
    error(entry.first, "unknown-key", message);
  }
  for (const auto& key : required)
    if (!seen.count(key))
      report_missing(node, key, what);
  return true;
}

bool YamlReader::check_sequence(const YamlNode& node, std::string_view what) {
  if (!node.IsDefined()) return false;  // as in check_map
  if (node.IsSequence()) return true;
  error(node, "wrong-type", "expected a list for " + std::string(what) + ", found " + describe_node(node));
  return false;
}

bool is_language_map(const YamlNode& node) {
  if (!node.IsMap() || node.size() == 0) return false;
  bool text = false;
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    if (key == "en" || key == "cy") text = true;
    else if (key != "cy_of" && key != "cy_reviewed") return false;
  }
  return text;
}

namespace {

// A scalar that is there (a missing key's node is not).
bool has_scalar(const YamlNode& node) { return node.IsDefined() && node.IsScalar(); }

// A list item's name in a path: its `number` where it has one ("standards[3.4]"), else its
// place counted from 1 ("recommendations[2]"), as a reader counts.
std::string item_label(const YamlNode& item, std::size_t index) {
  if (item.IsMap()) {
    const YamlNode number = item["number"];
    if (has_scalar(number) && !number.Scalar().empty()) return number.Scalar();
  }
  return std::to_string(index + 1);
}

}  // namespace

const YamlReader::Placed* YamlReader::placed(const YamlNode& node) const {
  if (!root_.IsDefined()) return nullptr;
  if (paths_.empty()) {
    // Outer nodes first and never overwritten: a map shares its mark with its first key only.
    auto walk = [&](auto& self, const YamlNode& n, const std::string& path, bool in_flow) -> void {
      const std::size_t at = offset_of(n.Mark());
      if (at != std::string::npos && !path.empty()) paths_.emplace(at, Placed{path, in_flow});
      const bool flow = at < source_.size() && (source_[at] == '[' || source_[at] == '{');  // its own text says
      if (n.IsMap() && !is_language_map(n)) {
        for (const auto& entry : n)
          self(self, entry.second, path.empty() ? entry.first.Scalar() : path + "." + entry.first.Scalar(), flow);
      } else if (n.IsSequence()) {
        for (std::size_t i = 0; i < n.size(); ++i) self(self, n[i], path + "[" + item_label(n[i], i) + "]", flow);
      }
    };
    walk(walk, root_, "", false);
  }
  const auto found = paths_.find(offset_of(node.Mark()));
  return found == paths_.end() ? nullptr : &found->second;
}

std::string YamlReader::path_of(const YamlNode& node) const {
  const Placed* p = placed(node);
  return p ? p->path : std::string();
}

void YamlReader::check_stale(const YamlNode& map) {
  const YamlNode en = map["en"], cy = map["cy"], recorded = map["cy_of"];
  if (!has_scalar(en) || !cy.IsDefined() || !has_scalar(recorded)) return;
  const std::string now = english_fingerprint(en.Scalar());
  if (now == recorded.Scalar()) return;
  std::string path = path_of(map);
  if (path.empty()) path = "this text";
  const std::string message = path + ": the Welsh translates an earlier English (cy_of " + printable(recorded.Scalar()) +
                              ", the English is now " + now +
                              "); update the Welsh and its cy_of ('quire translations export' lists it)";
  if (language_ == "cy" && fallback_marker_.empty())
    error(recorded, "stale-translation", message);
  else
    diags_.warning(pos(recorded), "stale-translation", message);
}

void YamlReader::record(const YamlNode& given, bool markdown) {
  if (!record_) return;
  const bool map = is_language_map(given);
  const YamlNode en = map ? given["en"] : given;
  if (!has_scalar(en)) return;  // a wrong type, reported by the read itself
  TranslatableField field;
  field.path = path_of(given);
  field.pos = pos(given);
  field.offset = offset_of(given.Mark());
  field.english = en.Scalar();
  field.markdown = markdown;
  field.per_language = map;
  if (const Placed* p = placed(given)) field.in_flow = p->in_flow;
  // A bilingual scaffold's `cy: !todo "[to write: ..., in Welsh]"` is no Welsh yet: the
  // translator's export must hold it, and the import replaces it.
  if (map && has_scalar(given["cy"]) && !placeholder_at(given["cy"])) field.welsh = given["cy"].Scalar();
  if (map && has_scalar(given["cy_of"])) field.welsh_of = given["cy_of"].Scalar();
  field.reviewed = map && has_scalar(given["cy_reviewed"]) && given["cy_reviewed"].Scalar() == "true";
  record_->push_back(std::move(field));
}

void YamlReader::report_untranslated(const YamlNode& node, std::string_view what, bool& fell_back) {
  // The full path names the field among its many namesakes ("narrative" is in every standard).
  const std::string path = path_of(node);
  const std::string message = (path.empty() ? std::string(what) : path) + " has no '" + language_ + "' text (the " +
                              (language_ == "cy" ? "Welsh" : "English") + " edition needs it)";
  if (fallback_marker_.empty()) {
    error(node, "missing-translation", message);
  } else {
    diags_.warning(pos(node), "missing-translation", message + "; the draft shows the other language, marked");
    fell_back = true;
  }
}

YamlNode YamlReader::localized(const YamlNode& node, std::string_view what, bool& fell_back) {
  fell_back = false;
  if (!is_language_map(node)) return node;
  check_stale(node);
  const YamlNode chosen = node[language_];
  if (chosen.IsDefined()) return chosen;
  report_untranslated(node, what, fell_back);
  return node[language_ == "en" ? "cy" : "en"];
}

YamlNode YamlReader::narrative_localized(const YamlNode& node, std::string_view what, bool& fell_back) {
  fell_back = false;
  const bool english_only = node.IsScalar() && language_ != "en" && !trim(node.Scalar()).empty();
  if (!english_only) return localized(node, what, fell_back);
  report_untranslated(node, what, fell_back);
  return node;
}

std::optional<Located<std::string>> YamlReader::text_of(const YamlNode& given, std::string_view what) {
  if (!given.IsDefined()) return std::nullopt;  // absent: reported as its map's missing key
  if (is_language_map(given)) record(given, false);  // a name given a Welsh form is translated text
  bool fell_back = false;
  const YamlNode node = localized(given, what, fell_back);
  if (!node.IsScalar()) {
    error(node, "wrong-type", "expected text for " + std::string(what) + ", found " + describe_node(node));
    return std::nullopt;
  }
  return Located<std::string>{fell_back ? fallback_marker_ + node.Scalar() : node.Scalar(), pos(node)};
}

std::optional<Located<std::string>> YamlReader::text(const YamlNode& map, const std::string& key, bool required) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return std::nullopt;
  }
  return text_of(node, "'" + key + "'");
}

std::optional<Located<std::string>> YamlReader::words_of(const YamlNode& given, std::string_view what) {
  record(given, false);
  bool fell_back = false;
  const YamlNode node = narrative_localized(given, what, fell_back);
  auto value = text_of(node, what);
  if (value && fell_back) value->value = fallback_marker_ + value->value;
  return value;
}

std::optional<Located<std::string>> YamlReader::words(const YamlNode& map, const std::string& key, bool required) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return std::nullopt;
  }
  return words_of(node, "'" + key + "'");
}

std::optional<Located<int>> YamlReader::integer_of(const YamlNode& node, std::string_view what, long min, long max) {
  if (!node.IsDefined()) return std::nullopt;  // absent: reported as its map's missing key
  if (!node.IsScalar()) {
    error(node, "wrong-type", "expected a whole number for " + std::string(what) + ", found " + describe_node(node));
    return std::nullopt;
  }
  const std::string& s = node.Scalar();
  std::size_t used = 0;
  long value = 0;
  try {
    value = std::stol(s, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != s.size()) {
    error(node, "wrong-type", "expected a whole number for " + std::string(what) + ", found '" + printable(s) + "'");
    return std::nullopt;
  }
  if (value < min || value > max) {
    error(node, "out-of-range",
          std::string(what) + " must be between " + std::to_string(min) + " and " + std::to_string(max) +
              ", found " + s);
    return std::nullopt;
  }
  return Located<int>{static_cast<int>(value), pos(node)};
}

std::optional<Located<int>> YamlReader::integer(const YamlNode& map, const std::string& key, long min, long max,
                                                bool required) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return std::nullopt;
  }
  return integer_of(node, "'" + key + "'", min, max);
}

std::optional<Located<double>> YamlReader::number_of(const YamlNode& node, std::string_view what) {
  if (!node.IsDefined()) return std::nullopt;  // absent: reported as its map's missing key
  if (!node.IsScalar()) {
    error(node, "wrong-type", "expected a number for " + std::string(what) + ", found " + describe_node(node));
    return std::nullopt;
  }
  const std::string& s = node.Scalar();
  std::size_t used = 0;
  double value = 0;
  try {
    value = std::stod(s, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != s.size() || !std::isfinite(value)) {
    error(node, "wrong-type", "expected a finite number for " + std::string(what) + ", found '" + printable(s) + "'");
    return std::nullopt;
  }
  return Located<double>{value, pos(node)};
}

std::optional<Located<double>> YamlReader::percent_of(const YamlNode& node, std::string_view what) {
  auto value = number_of(node, what);
  if (value && (value->value < 0 || value->value > 100)) {
    error(node, "percent-out-of-range",
          "a percentage must be between 0 and 100; " + std::string(what) + " is " + node.Scalar());
    return std::nullopt;
  }
  return value;
}

bool YamlReader::placeholder_at(const YamlNode& node) const {
  const std::size_t at = offset_of(node.Mark());
  return at != std::string::npos && source_.compare(at, std::strlen(kPlaceholderTag), kPlaceholderTag) == 0;
}

std::size_t YamlReader::offset_of(const YamlMark& mark) const {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (std::size_t i = source_.find('\n'); i != std::string::npos; i = source_.find('\n', i + 1))
      line_starts_.push_back(i + 1);
  }
  if (mark.line < 0 || mark.column < 0 || static_cast<std::size_t>(mark.line) >= line_starts_.size())
    return std::string::npos;
  return line_starts_[static_cast<std::size_t>(mark.line)] + static_cast<std::size_t>(mark.column);
}

// Text typed in place of a scaffold's `!todo` pushes the comment that followed it ("  # the chief
// inspector's foreword") onto the block's last line, where YAML reads it as text and the report
// prints it. Two spaces and "# " end a line that way and hardly ever end prose, so say so there.
void YamlReader::warn_comment_in_text(const std::string& text, const SourcePos& first_line) {
  const auto lines = split(text, '\n');
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t hash = lines[i].find("  # ");
    if (hash == std::string::npos || trim(lines[i].substr(0, hash)).empty()) continue;
    const SourcePos at{file_, first_line.line + static_cast<int>(i), first_line.column + static_cast<int>(hash) + 2};
    diags_.warning(at, "comment-in-text",
                   "'" + std::string(trim(lines[i].substr(hash))) +
                       "' is inside the text and would print: in a block of text a YAML comment is text; "
                       "delete it, or move it to a line of its own above the key");
  }
}

MarkdownText YamlReader::markdown_of(const YamlNode& given, std::string_view what) {
  record(given, true);
  MarkdownText md;
  if (!given.IsDefined()) return md;  // absent: reported as its map's missing key
  bool fell_back = false;
  const YamlNode node = narrative_localized(given, what, fell_back);
  auto value = text_of(node, what);
  if (value && fell_back) {
    value->value = fallback_marker_ + value->value;
    md.language = language_ == "en" ? "cy" : "en";
  }
  if (!value) return md;
  if (trim(value->value).empty() && !fell_back) {
    // An empty text would print its heading with nothing under it: refused, as an empty list is.
    error(node, "empty-text", std::string(what) + " is empty; write it, or leave out the key where it is optional");
    return md;
  }
  md.text = value->value;
  md.pos = value->pos;
  const YamlMark m = node.Mark();
  const std::size_t at = m.is_null() ? std::string::npos : offset_of(m);
  if (!m.is_null() && at < source_.size() && (source_[at] == '|' || source_[at] == '>')) {
    // A block scalar's text starts on the next line, at its indentation.
    const std::size_t line_start = source_.find('\n', at);
    if (line_start != std::string::npos) {
      std::size_t indent = 0;
      while (line_start + 1 + indent < source_.size() && source_[line_start + 1 + indent] == ' ') ++indent;
      md.pos = SourcePos{file_, m.line + 2, static_cast<int>(indent) + 1};
      md.block = source_[at] == '|';
      if (md.block) warn_comment_in_text(md.text, md.pos);
    }
  } else if (!m.is_null() && at < source_.size() && (source_[at] == '"' || source_[at] == '\'')) {
    md.pos.column += 1;  // past the opening quote
  }
  return md;
}

MarkdownText YamlReader::markdown(const YamlNode& map, const std::string& key, bool required) {
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return {};
  }
  return markdown_of(node, "'" + key + "'");
}

std::vector<MarkdownText> YamlReader::markdown_list(const YamlNode& map, const std::string& key, bool required) {
  std::vector<MarkdownText> items;
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return items;
  }
  if (!check_sequence(node, "'" + key + "'")) return items;
  for (const auto& item : node) items.push_back(markdown_of(item, "an item of '" + key + "'"));
  return items;
}

std::optional<Located<YearMonth>> YamlReader::year_month(const YamlNode& map, const std::string& key) {
  auto value = text(map, key);
  if (!value) return std::nullopt;
  const std::string& s = value->value;
  const bool shape = s.size() == 7 && s[4] == '-' && std::isdigit(static_cast<unsigned char>(s[0])) &&
                     std::isdigit(static_cast<unsigned char>(s[5])) && std::isdigit(static_cast<unsigned char>(s[6]));
  const int month = shape ? std::stoi(s.substr(5, 2)) : 0;
  if (!shape || month < 1 || month > 12) {
    error_at(value->pos, "bad-date", "expected a year and month as YYYY-MM for '" + key + "', found '" + s + "'");
    return std::nullopt;
  }
  return Located<YearMonth>{YearMonth{std::stoi(s.substr(0, 4)), month}, value->pos};
}

std::vector<std::string> YamlReader::string_list(const YamlNode& map, const std::string& key, bool required,
                                                 ItemReader item_reader) {
  std::vector<std::string> items;
  const YamlNode node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return items;
  }
  if (!check_sequence(node, "'" + key + "'")) return items;
  for (const auto& item : node)
    if (auto t = (this->*item_reader)(item, "an item of '" + key + "'")) items.push_back(t->value);
  return items;
}

}  // namespace quire::load_detail
