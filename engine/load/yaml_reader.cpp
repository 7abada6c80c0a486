#include "load/yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "base/text.hpp"
#include "load/yaml_limits.hpp"
#include "load/yaml_parts.hpp"

#include <yaml-cpp/depthguard.h>

namespace quire::load_detail {

std::optional<YAML::Node> parse_yaml(const std::string& file, const std::string& source, Diagnostics& diags) {
  if (!check_input_limits(file, source, InputLimits{}, diags)) return std::nullopt;
  try {
    return load_yaml(source);
  } catch (const YAML::DeepRecursion& e) {
    diags.error(SourcePos{file, e.mark.line + 1, e.mark.column + 1}, "nesting-limit",
                "nesting too deep for the YAML parser");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    SourcePos pos{file, e.mark.line + 1, e.mark.column + 1};
    if (e.mark.is_null()) pos = SourcePos{file, 0, 0};
    diags.error(pos, "yaml-syntax", "invalid YAML: " + e.msg);
    return std::nullopt;
  }
}

std::string describe_node(const YAML::Node& node) {
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

SourcePos YamlReader::pos(const YAML::Node& node) const {
  // An absent key's node has no mark (yaml-cpp throws for it); its map's check reports it.
  if (!node.IsDefined()) return SourcePos{file_, 0, 0};
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return SourcePos{file_, 0, 0};
  return SourcePos{file_, m.line + 1, m.column + 1};
}

void YamlReader::error(const YAML::Node& node, std::string code, std::string message) {
  diags_.error(pos(node), std::move(code), std::move(message));
}

void YamlReader::error_at(SourcePos p, std::string code, std::string message) {
  diags_.error(std::move(p), std::move(code), std::move(message));
}

void YamlReader::report_missing(const YAML::Node& map, const std::string& key, std::string_view what) {
  const SourcePos at = pos(map);
  if (!missing_reported_.emplace(at.line, at.column, key).second) return;
  std::string message = "missing required key '" + key + "'";
  if (!what.empty()) message += " in " + std::string(what);
  error_at(at, "missing-key", std::move(message));
}

std::optional<Located<bool>> YamlReader::boolean(const YAML::Node& map, const std::string& key, bool required) {
  const YAML::Node node = map[key];
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

bool YamlReader::check_map(const YAML::Node& node, std::string_view what, const std::vector<std::string>& allowed,
                           const std::vector<std::string>& required) {
  // An absent value is its parent's missing key (reported there, or optional): nothing to check.
  accept_words(allowed);
  if (!node.IsDefined()) return false;
  if (!node.IsMap()) {
    error(node, "wrong-type", "expected a map for " + std::string(what) + ", found " + describe_node(node));
    return false;
  }
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

bool YamlReader::check_sequence(const YAML::Node& node, std::string_view what) {
  if (!node.IsDefined()) return false;  // as in check_map
  if (node.IsSequence()) return true;
  error(node, "wrong-type", "expected a list for " + std::string(what) + ", found " + describe_node(node));
  return false;
}

bool is_language_map(const YAML::Node& node) {
  if (!node.IsMap() || node.size() == 0) return false;
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    if (key != "en" && key != "cy") return false;
  }
  return true;
}

void YamlReader::report_untranslated(const YAML::Node& node, std::string_view what, bool& fell_back) {
  const std::string message = std::string(what) + " has no '" + language_ + "' text (the " +
                              (language_ == "cy" ? "Welsh" : "English") + " edition needs it)";
  if (fallback_marker_.empty()) {
    error(node, "missing-translation", message);
  } else {
    diags_.warning(pos(node), "missing-translation", message + "; the draft shows the other language, marked");
    fell_back = true;
  }
}

YAML::Node YamlReader::localized(const YAML::Node& node, std::string_view what, bool& fell_back) {
  fell_back = false;
  if (!is_language_map(node)) return node;
  const YAML::Node chosen = node[language_];
  if (chosen.IsDefined()) return chosen;
  report_untranslated(node, what, fell_back);
  return node[language_ == "en" ? "cy" : "en"];
}

YAML::Node YamlReader::narrative_localized(const YAML::Node& node, std::string_view what, bool& fell_back) {
  fell_back = false;
  const bool english_only = node.IsScalar() && language_ != "en" && !trim(node.Scalar()).empty();
  if (!english_only) return localized(node, what, fell_back);
  report_untranslated(node, what, fell_back);
  return node;
}

std::optional<Located<std::string>> YamlReader::text_of(const YAML::Node& given, std::string_view what) {
  if (!given.IsDefined()) return std::nullopt;  // absent: reported as its map's missing key
  bool fell_back = false;
  const YAML::Node node = localized(given, what, fell_back);
  if (!node.IsScalar()) {
    error(node, "wrong-type", "expected text for " + std::string(what) + ", found " + describe_node(node));
    return std::nullopt;
  }
  return Located<std::string>{fell_back ? fallback_marker_ + node.Scalar() : node.Scalar(), pos(node)};
}

std::optional<Located<std::string>> YamlReader::text(const YAML::Node& map, const std::string& key, bool required) {
  const YAML::Node node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return std::nullopt;
  }
  return text_of(node, "'" + key + "'");
}

std::optional<Located<int>> YamlReader::integer_of(const YAML::Node& node, std::string_view what, long min, long max) {
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

std::optional<Located<int>> YamlReader::integer(const YAML::Node& map, const std::string& key, long min, long max,
                                                bool required) {
  const YAML::Node node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return std::nullopt;
  }
  return integer_of(node, "'" + key + "'", min, max);
}

std::optional<Located<double>> YamlReader::number_of(const YAML::Node& node, std::string_view what) {
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

std::optional<Located<double>> YamlReader::percent_of(const YAML::Node& node, std::string_view what) {
  auto value = number_of(node, what);
  if (value && (value->value < 0 || value->value > 100)) {
    error(node, "percent-out-of-range",
          "a percentage must be between 0 and 100; " + std::string(what) + " is " + node.Scalar());
    return std::nullopt;
  }
  return value;
}

std::size_t YamlReader::offset_of(const YAML::Mark& mark) const {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (std::size_t i = source_.find('\n'); i != std::string::npos; i = source_.find('\n', i + 1))
      line_starts_.push_back(i + 1);
  }
  if (mark.line < 0 || mark.column < 0 || static_cast<std::size_t>(mark.line) >= line_starts_.size())
    return std::string::npos;
  return line_starts_[static_cast<std::size_t>(mark.line)] + static_cast<std::size_t>(mark.column);
}

MarkdownText YamlReader::markdown_of(const YAML::Node& given, std::string_view what) {
  MarkdownText md;
  if (!given.IsDefined()) return md;  // absent: reported as its map's missing key
  bool fell_back = false;
  const YAML::Node node = narrative_localized(given, what, fell_back);
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
  const YAML::Mark m = node.Mark();
  const std::size_t at = m.is_null() ? std::string::npos : offset_of(m);
  if (!m.is_null() && at < source_.size() && (source_[at] == '|' || source_[at] == '>')) {
    // A block scalar's text starts on the next line, at its indentation.
    const std::size_t line_start = source_.find('\n', at);
    if (line_start != std::string::npos) {
      std::size_t indent = 0;
      while (line_start + 1 + indent < source_.size() && source_[line_start + 1 + indent] == ' ') ++indent;
      md.pos = SourcePos{file_, m.line + 2, static_cast<int>(indent) + 1};
      md.block = source_[at] == '|';
    }
  } else if (!m.is_null() && at < source_.size() && (source_[at] == '"' || source_[at] == '\'')) {
    md.pos.column += 1;  // past the opening quote
  }
  return md;
}

MarkdownText YamlReader::markdown(const YAML::Node& map, const std::string& key, bool required) {
  const YAML::Node node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return {};
  }
  return markdown_of(node, "'" + key + "'");
}

std::vector<MarkdownText> YamlReader::markdown_list(const YAML::Node& map, const std::string& key, bool required) {
  std::vector<MarkdownText> items;
  const YAML::Node node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return items;
  }
  if (!check_sequence(node, "'" + key + "'")) return items;
  for (const auto& item : node) items.push_back(markdown_of(item, "an item of '" + key + "'"));
  return items;
}

std::optional<Located<YearMonth>> YamlReader::year_month(const YAML::Node& map, const std::string& key) {
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

std::vector<std::string> YamlReader::string_list(const YAML::Node& map, const std::string& key, bool required) {
  std::vector<std::string> items;
  const YAML::Node node = map[key];
  if (!node.IsDefined()) {
    if (required) report_missing(map, key);
    return items;
  }
  if (!check_sequence(node, "'" + key + "'")) return items;
  for (const auto& item : node)
    if (auto t = text_of(item, "an item of '" + key + "'")) items.push_back(t->value);
  return items;
}

}  // namespace quire::load_detail
