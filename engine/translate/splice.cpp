#include "translate/splice.hpp"

#include <algorithm>
#include <cstdio>

namespace quire::translate {

namespace {

struct Edit {
  std::size_t begin = 0, end = 0;
  std::string text;
};

std::size_t line_start(const std::string& s, std::size_t at) {
  const std::size_t nl = at == 0 ? std::string::npos : s.rfind('\n', at - 1);
  return nl == std::string::npos ? 0 : nl + 1;
}

// One past the line's `\n` (or the end of the text).
std::size_t next_line(const std::string& s, std::size_t at) {
  const std::size_t nl = s.find('\n', at);
  return nl == std::string::npos ? s.size() : nl + 1;
}

std::size_t indent_at(const std::string& s, std::size_t ls) {
  std::size_t i = ls;
  while (i < s.size() && s[i] == ' ') ++i;
  return i - ls;
}

bool blank_or_comment(const std::string& s, std::size_t ls) {
  const std::size_t i = ls + indent_at(s, ls);
  return i >= s.size() || s[i] == '\n' || s[i] == '\r' || s[i] == '#';
}

// The column where a line's key starts, past its indentation and any "- " of list items.
std::size_t key_column(const std::string& s, std::size_t ls) {
  std::size_t i = ls;
  for (;;) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i + 1 < s.size() && s[i] == '-' && s[i + 1] == ' ') { i += 2; continue; }
    return i - ls;
  }
}

// Welsh as a YAML double-quoted scalar: one line, every character kept.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += {'\\', c};
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else out += c;
  }
  return out + "\"";
}

// Welsh as a literal block (`|`) whose lines are indented by `indent`, or quoted where a block
// cannot hold it exactly (a first line starting with a space, control characters).
std::string block_or_quoted(const std::string& text, std::size_t indent) {
  const bool controls = std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\n';
  });
  if (text.find('\n') == std::string::npos || text.empty() || text[0] == ' ' || controls) return quoted(text);
  std::string body = text;
  while (!body.empty() && body.back() == '\n') body.pop_back();
  std::string out = text.back() == '\n' ? "|\n" : "|-\n";
  std::size_t from = 0;
  while (from <= body.size()) {
    std::size_t nl = body.find('\n', from);
    if (nl == std::string::npos) nl = body.size();
    const std::string line = body.substr(from, nl - from);
    out += (line.empty() ? "" : std::string(indent, ' ') + line) + "\n";
    from = nl + 1;
  }
  return out;
}

// The entries recording the Welsh, one a line at `column` (the first without its indentation, for
// the caller to place), each line ended.
std::string block_entries(const Translation& t, std::size_t column) {
  const std::string pad(column, ' ');
  std::string welsh = block_or_quoted(t.welsh, column + 2);
  if (welsh.back() != '\n') welsh += "\n";
  std::string out = "cy: " + welsh + pad + "cy_of: " + english_fingerprint(t.field->english) + "\n";
  if (t.reviewed) out += pad + "cy_reviewed: true\n";
  return out;
}

std::string flow_entries(const Translation& t) {
  std::string out = "cy: " + quoted(t.welsh) + ", cy_of: " + english_fingerprint(t.field->english);
  return t.reviewed ? out + ", cy_reviewed: true" : out;
}

// One past a quoted scalar starting at `at`; npos when it does not close on its line.
std::size_t quoted_end(const std::string& s, std::size_t at) {
  const char q = s[at];
  for (std::size_t i = at + 1; i < s.size() && s[i] != '\n'; ++i) {
    if (q == '"' && s[i] == '\\') { ++i; continue; }
    if (s[i] != q) continue;
    if (q == '\'' && i + 1 < s.size() && s[i + 1] == '\'') { ++i; continue; }
    return i + 1;
  }
  return std::string::npos;
}

// One past a flow collection's closing bracket, the collection starting at `at`.
std::size_t flow_end(const std::string& s, std::size_t at) {
  int depth = 0;
  for (std::size_t i = at; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '"' || c == '\'') {
      const std::size_t e = quoted_end(s, i);
      if (e == std::string::npos) return e;
      i = e - 1;
    } else if (c == '{' || c == '[') ++depth;
    else if ((c == '}' || c == ']') && --depth == 0) return i + 1;
    else if (c == '#' && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n')) i = next_line(s, i) - 1;
  }
  return std::string::npos;
}

class Splicer {
 public:
  Splicer(const std::string& s, Diagnostics& diags) : s_(s), diags_(diags) {}

  bool add(const Translation& t) {
    const std::size_t at = t.field->offset;
    if (at >= s_.size()) return refuse(t, "its place in the file is unknown");
    if (t.field->per_language) return s_[at] == '{' ? flow_map(t) : block_map(t);
    if (s_[at] == '|' || s_[at] == '>') return block_scalar(t);
    return one_line_scalar(t);
  }

  std::vector<Edit>& edits() { return edits_; }

 private:
  bool refuse(const Translation& t, const std::string& why) {
    diags_.error(t.field->pos, "import-cannot-place",
                 t.field->path + ": cannot place the Welsh beside this English (" + why +
                     "); write it as {en: ..., cy: ...} by hand, or rewrite the English as one line or a '|' block");
    return false;
  }

  // A plain or quoted scalar on one line: `key: English` -> `key: {en: English, cy: ..., cy_of: ...}`.
  bool one_line_scalar(const Translation& t) {
    const std::size_t at = t.field->offset;
    std::size_t end = std::string::npos;
    if (s_[at] == '"' || s_[at] == '\'') {
      end = quoted_end(s_, at);
    } else if (s_.compare(at, t.field->english.size(), t.field->english) == 0) {
      end = at + t.field->english.size();
      // Inside {...} or [...] a plain scalar cannot hold these; outside, the wrapper would make it so.
      if (t.field->english.find_first_of(",[]{}") != std::string::npos && !t.field->in_flow)
        return plain_in_block(t, end);
    }
    if (end == std::string::npos) return refuse(t, "the English runs over several lines");
    // A long text reads better as lines of its own than as one long {en, cy} line.
    constexpr std::size_t kLongLine = 100;
    if (!t.field->in_flow && (end - at) + t.welsh.size() > kLongLine) return plain_in_block(t, end);
    edits_.push_back(Edit{at, end, "{en: " + s_.substr(at, end - at) + ", " + flow_entries(t) + "}"});
    return true;
  }

  // A plain scalar with commas or brackets, as a key's value: wrapped in a block map instead.
  bool plain_in_block(const Translation& t, std::size_t end) {
    const std::size_t at = t.field->offset, ls = line_start(s_, at);
    std::size_t colon = at;
    while (colon > ls && s_[colon - 1] == ' ') --colon;
    if (colon > ls && s_[colon - 1] == '-') {
      // A list item: `- English` -> `- en: English` with the Welsh entries below, at its column.
      const std::size_t column = at - ls;
      edits_.push_back(Edit{at, at, "en: "});
      std::string entries = block_entries(t, column);
      entries.pop_back();
      edits_.push_back(Edit{end, end, "\n" + std::string(column, ' ') + entries});
      return true;
    }
    if (colon == ls || s_[colon - 1] != ':') return refuse(t, "a value inside another on one line");
    const std::size_t column = key_column(s_, ls) + 2;
    const std::string pad(column, ' ');
    edits_.push_back(Edit{colon, at, "\n" + pad + "en: "});
    std::string entries = block_entries(t, column);
    entries.pop_back();  // the line's own end follows
    edits_.push_back(Edit{end, end, "\n" + pad + entries});
    return true;
  }

  // `key: |` and its indented lines -> `key:` / ` en: |` (the English lines untouched: the map sits
  // one column in, so they stay inside it) / ` cy: |` ... / ` cy_of: ...`.
  bool block_scalar(const Translation& t) {
    const std::size_t at = t.field->offset, ls = line_start(s_, at);
    std::size_t colon = at;
    while (colon > ls && s_[colon - 1] == ' ') --colon;
    const bool item = colon > ls && s_[colon - 1] == '-';
    if (!item && (colon == ls || s_[colon - 1] != ':')) return refuse(t, "a block inside another on one line");
    const std::size_t column = item ? at - ls : key_column(s_, ls) + 1;
    std::size_t line = next_line(s_, at), content_indent = 0, content_end = line;
    for (; line < s_.size(); line = next_line(s_, line)) {
      if (blank_or_comment(s_, line) && (content_indent == 0 || s_[line + indent_at(s_, line)] != '#')) continue;
      const std::size_t indent = indent_at(s_, line);
      if (content_indent == 0) content_indent = indent;
      if (indent < content_indent) break;
      content_end = next_line(s_, line);
    }
    const std::string pad(column, ' ');
    if (item) {
      // `- |` and its lines: the item becomes `- en: |`, whose lines must sit deeper than `en`, so
      // the English lines move two columns in (their text, as read, is the same).
      edits_.push_back(Edit{at, at, "en: "});
      for (std::size_t l = next_line(s_, at); l < content_end; l = next_line(s_, l))
        if (!blank_or_comment(s_, l) || s_[l + indent_at(s_, l)] == '#') edits_.push_back(Edit{l, l, "  "});
    } else {
      if (content_indent <= column) return refuse(t, "its lines are indented too little to move into a map");
      edits_.push_back(Edit{colon, at, "\n" + pad + "en: "});
    }
    std::string entries = block_entries(t, column);
    if (content_end == s_.size() && !s_.empty() && s_.back() != '\n') entries = "\n" + entries;
    edits_.push_back(Edit{content_end, content_end, pad + entries});
    return true;
  }

  // {en: ..., cy: ...}: the Welsh entries replaced or added before the closing brace.
  bool flow_map(const Translation& t) {
    const std::size_t at = t.field->offset, end = flow_end(s_, at);
    if (end == std::string::npos) return refuse(t, "its braces do not close");
    std::vector<std::string> kept;
    std::size_t from = at + 1;
    int depth = 0;
    for (std::size_t i = at + 1; i < end - 1; ++i) {
      const char c = s_[i];
      if (c == '"' || c == '\'') { i = quoted_end(s_, i) - 1; continue; }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') --depth;
      if (c == ',' && depth == 0) { kept.push_back(s_.substr(from, i - from)); from = i + 1; }
    }
    kept.push_back(s_.substr(from, end - 1 - from));
    std::string inside;
    for (const auto& entry : kept) {
      const auto key_start = entry.find_first_not_of(" \n");
      const std::string key = key_start == std::string::npos ? "" : entry.substr(key_start, entry.find(':', key_start) - key_start);
      if (key == "cy" || key == "cy_of" || key == "cy_reviewed" || key.empty()) continue;
      inside += (inside.empty() ? "" : ",") + entry;
    }
    edits_.push_back(Edit{at + 1, end - 1, inside + ", " + flow_entries(t)});
    return true;
  }

  // en: ... / cy: ... lines: the old Welsh entries removed, the new ones after the map's last line.
  bool block_map(const Translation& t) {
    const std::size_t at = t.field->offset, first = line_start(s_, at);
    const std::size_t column = at - first;
    std::size_t last_end = next_line(s_, at);
    auto entry_key = [&](std::size_t ls) {
      const std::size_t k = ls + column, colon = s_.find(':', k);
      return colon == std::string::npos ? std::string() : s_.substr(k, colon - k);
    };
    auto own_entry = [](const std::string& key) { return key == "cy" || key == "cy_of" || key == "cy_reviewed"; };
    if (own_entry(entry_key(first))) return refuse(t, "the Welsh is written before the English");
    bool removing = false;
    std::vector<std::size_t> quiet_lines;  // blank or comment lines not yet known to be inside an entry
    for (std::size_t line = last_end; line < s_.size(); line = next_line(s_, line)) {
      if (blank_or_comment(s_, line)) {
        quiet_lines.push_back(line);
        continue;
      }
      const std::size_t indent = indent_at(s_, line);
      if (indent < column) break;
      const bool continues = indent > column;  // a line of the entry above (a block's text)
      if (continues && removing)
        for (const std::size_t q : quiet_lines) edits_.push_back(Edit{q, next_line(s_, q), ""});
      quiet_lines.clear();
      if (!continues) removing = own_entry(entry_key(line));
      if (removing) edits_.push_back(Edit{line, next_line(s_, line), ""});
      last_end = next_line(s_, line);
    }
    std::string entries = std::string(column, ' ') + block_entries(t, column);
    if (last_end == s_.size() && !s_.empty() && s_.back() != '\n') entries = "\n" + entries;
    edits_.push_back(Edit{last_end, last_end, entries});
    return true;
  }

  const std::string& s_;
  Diagnostics& diags_;
  std::vector<Edit> edits_;
};

}  // namespace

std::optional<std::string> splice_translations(const std::string& source, const std::vector<Translation>& translations,
                                               Diagnostics& diags) {
  Splicer splicer(source, diags);
  bool ok = true;
  for (const Translation& t : translations) ok = splicer.add(t) && ok;
  if (!ok) return std::nullopt;
  auto& edits = splicer.edits();
  // Later edits first, so earlier offsets stay true; removals before insertions at one place.
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.begin != b.begin ? a.begin > b.begin : a.end > b.end;
  });
  std::string out = source;
  for (const Edit& e : edits) out.replace(e.begin, e.end - e.begin, e.text);
  return out;
}

}  // namespace quire::translate
