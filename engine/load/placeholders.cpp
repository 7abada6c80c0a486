#include "load/placeholders.hpp"

#include <cctype>
#include <cstring>
#include <string_view>

namespace quire {

namespace {

bool tag_boundary_before(std::string_view line, std::size_t at) {
  if (at == 0) return true;
  const char c = line[at - 1];
  return c == ' ' || c == '\t' || c == '[' || c == '{' || c == ',' || c == '-' || c == ':';
}

bool tag_boundary_after(std::string_view line, std::size_t end) {
  return end == line.size() || line[end] == ' ' || line[end] == '\t';
}

// The stand-in written after the tag: up to a comment, a flow separator or the line's end.
std::string stand_in_after(std::string_view line, std::size_t from) {
  while (from < line.size() && line[from] == ' ') ++from;
  if (from < line.size() && (line[from] == '"' || line[from] == '\'')) {
    const std::size_t close = line.find(line[from], from + 1);
    return std::string(line.substr(from + 1, close == std::string_view::npos ? std::string_view::npos : close - from - 1));
  }
  std::size_t end = from;
  while (end < line.size() && line[end] != ',' && line[end] != ']' && line[end] != '}' && line[end] != '#') ++end;
  while (end > from && line[end - 1] == ' ') --end;
  return std::string(line.substr(from, end - from));
}

// The key the value belongs to on this line ("  published: !todo ..." -> "published",
// '"2.1.1": !todo 0' -> "2.1.1"), if any.
std::string key_before(std::string_view line, std::size_t at) {
  const std::size_t colon = line.rfind(':', at);
  if (colon == std::string_view::npos) return "";
  std::size_t end = colon;
  if (end > 0 && (line[end - 1] == '"' || line[end - 1] == '\'')) --end;
  std::size_t start = end;
  while (start > 0 && line[start - 1] != ' ' && line[start - 1] != '{' && line[start - 1] != ',' &&
         line[start - 1] != '"' && line[start - 1] != '\'')
    --start;
  return std::string(line.substr(start, end - start));
}

// "[to write: foreword]" -> "foreword"; a typed stand-in (`area: !todo 0`) names its key by its
// path instead ("key_facts.first_time_entrants.area"), as a file has many an "area" or "rating".
bool written_stand_in(std::string_view line, std::size_t at) {
  const std::string stand_in = stand_in_after(line, at + std::strlen(kPlaceholderTag));
  return stand_in.rfind("[to write: ", 0) == 0;
}

std::string what_of(std::string_view line, std::size_t at, const std::string& path) {
  const std::string stand_in = stand_in_after(line, at + std::strlen(kPlaceholderTag));
  constexpr std::string_view prefix = "[to write: ";
  if (stand_in.rfind(prefix, 0) == 0 && !stand_in.empty() && stand_in.back() == ']')
    return stand_in.substr(prefix.size(), stand_in.size() - prefix.size() - 1);
  const std::string key = key_before(line, at);
  if (key.empty()) return stand_in;
  return path.empty() ? key : path;
}

// The keys above a line, from the block indentation of the file as `quire new` writes it:
// mapping keys joined by dots, list items by their `number` ("domains[1].standards[1.1].rating").
class KeyPath {
 public:
  void feed(std::string_view line) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || line[indent] == '#') return;
    while (!levels_.empty() && levels_.back().indent >= indent) levels_.pop_back();
    std::string_view rest = line.substr(indent);
    if (rest.rfind("- ", 0) == 0) {
      rest.remove_prefix(2);
      const std::string key = leading_key(rest);
      levels_.push_back({indent, key == "number" ? "[" + value_after_colon(rest) + "]" : std::string()});
      if (!key.empty() && key != "number") levels_.push_back({indent + 2, key});
      return;
    }
    const std::string key = leading_key(rest);
    if (!key.empty()) levels_.push_back({indent, key});
  }
  std::string text() const {
    std::string out;
    for (const auto& level : levels_) {
      if (level.key.empty()) continue;
      if (!out.empty() && level.key.front() != '[') out += '.';
      out += level.key;
    }
    return out;
  }

 private:
  struct Level {
    std::size_t indent;
    std::string key;
  };
  // "published: ..." -> "published", '"2.1.1": ...' -> "2.1.1"; "" when the text is no key.
  static std::string leading_key(std::string_view text) {
    std::size_t from = 0, end = 0;
    if (!text.empty() && (text[0] == '"' || text[0] == '\'')) {
      end = text.find(text[0], 1);
      if (end == std::string_view::npos || end + 1 >= text.size() || text[end + 1] != ':') return "";
      from = 1;
    } else {
      end = text.find(':');
      if (end == std::string_view::npos || text.substr(0, end).find_first_of(" [{,\"'") != std::string_view::npos)
        return "";
      if (end + 1 < text.size() && text[end + 1] != ' ') return "";
    }
    return std::string(text.substr(from, end - from));
  }
  static std::string value_after_colon(std::string_view text) {
    std::string value = stand_in_after(text, text.find(':') + 1);
    return value;
  }
  std::vector<Level> levels_;
};

void scan_line(std::string_view line, int number, const std::string& path, std::vector<Placeholder>& found) {
  const std::string_view tag = kPlaceholderTag;
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // An apostrophe inside a plain word (it's) opens nothing.
      if (c == '"' || i == 0 || !std::isalnum(static_cast<unsigned char>(line[i - 1]))) quote = c;
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      return;
    } else if (line.compare(i, tag.size(), tag) == 0 && tag_boundary_before(line, i) &&
               tag_boundary_after(line, i + tag.size())) {
      found.push_back({number, static_cast<int>(i) + 1, what_of(line, i, path), !written_stand_in(line, i)});
    }
  }
}

}  // namespace

std::vector<Placeholder> find_placeholders(const std::string& source) {
  std::vector<Placeholder> found;
  if (source.find(kPlaceholderTag) == std::string::npos) return found;  // the usual case: a written file
  KeyPath path;
  std::size_t start = 0;
  for (int number = 1; start <= source.size(); ++number) {
    std::size_t end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    std::string_view line(source.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    path.feed(line);
    scan_line(line, number, path.text(), found);
    start = end + 1;
  }
  return found;
}

void report_placeholders(const std::string& file, const std::string& source, Severity severity, Diagnostics& diags) {
  for (const auto& p : find_placeholders(source))
    diags.add(Diagnostic{severity, SourcePos{file, p.line, p.column}, kNotYetWritten,
                         "not yet written: " + p.what + " (replace the " + kPlaceholderTag + " placeholder)"});
}

}  // namespace quire
