#include "load/yaml_limits.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "base/text.hpp"

namespace quire::load_detail {

namespace {

bool is_anchor_char(char c) {
  return !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '[' || c == ']' || c == '{' ||
           c == '}');
}

// Walks the source once, skipping quoted scalars and comments, tracking flow and block depth.
class Scanner {
 public:
  Scanner(const std::string& file, const std::string& source, const InputLimits& limits, Diagnostics& diags)
      : file_(file), s_(source), limits_(limits), diags_(diags) {}

  bool run() {
    for (std::size_t i = 0; i < s_.size() && ok_; ++i) {
      if (!line_start_) i = next_special(i);
      if (i >= s_.size()) break;
      const char c = s_[i];
      if (c == '\n') {
        line_start_ = true;
        continue;
      }
      if (line_start_) i = start_line(i);
      if (i >= s_.size()) break;
      step(i);
    }
    return ok_;
  }

 private:
  // The first character from `i` that step() or a line break acts on: the rest of a line of
  // text is passed over in a tight loop.
  std::size_t next_special(std::size_t i) const {
    static const auto special = [] {
      std::array<bool, 256> table{};
      for (const unsigned char c : std::string_view("\n#\"'[]{}*")) table[c] = true;
      return table;
    }();
    while (i < s_.size() && !special[static_cast<unsigned char>(s_[i])]) ++i;
    return i;
  }

  // At a line's first character: measure indentation to track block nesting.
  std::size_t start_line(std::size_t i) {
    line_start_ = false;
    std::size_t indent = 0;
    while (i + indent < s_.size() && s_[i + indent] == ' ') ++indent;
    const std::size_t first = i + indent;
    if (first >= s_.size() || s_[first] == '\n' || s_[first] == '#' || flow_depth_ > 0) return first;
    while (!indents_.empty() && indents_.back() >= indent) indents_.pop_back();
    indents_.push_back(indent);
    // "- - - x" nests one level per dash on the same line.
    int dashes = 0;
    for (std::size_t k = first; k + 1 < s_.size() && s_[k] == '-' && s_[k + 1] == ' '; k += 2) ++dashes;
    check_depth(static_cast<int>(indents_.size()) + dashes, first);
    return first;
  }

  void step(std::size_t& i) {
    const char c = s_[i];
    if (c == '#' && (i == 0 || s_[i - 1] == ' ' || s_[i - 1] == '\t')) {
      while (i < s_.size() && s_[i] != '\n') ++i;
      if (i < s_.size()) line_start_ = true;
    } else if (c == '"' || c == '\'') {
      skip_quoted(i, c);
    } else if (c == '[' || c == '{') {
      ++flow_depth_;
      check_depth(static_cast<int>(indents_.size()) + flow_depth_, i);
    } else if ((c == ']' || c == '}') && flow_depth_ > 0) {
      --flow_depth_;
    } else if (c == '*' && i + 1 < s_.size() && is_anchor_char(s_[i + 1]) && starts_token(i)) {
      if (++aliases_ > limits_.max_aliases)
        fail(i, "alias-limit", "more than " + std::to_string(limits_.max_aliases) +
                                   " aliases (*name) in one file; write the values out instead");
    }
  }

  bool starts_token(std::size_t i) const {
    if (i == 0) return true;
    const char before = s_[i - 1];
    return before == ' ' || before == '\t' || before == '[' || before == '{' || before == ',' || before == '\n';
  }

  void skip_quoted(std::size_t& i, char quote) {
    // A quote inside a plain scalar ("children's") does not open a quoted scalar.
    if (!starts_token(i) && !(i >= 2 && s_[i - 1] == ' ' && s_[i - 2] == ':')) return;
    for (++i; i < s_.size(); ++i) {
      if (quote == '"' && s_[i] == '\\') {
        ++i;
      } else if (s_[i] == quote) {
        if (quote == '\'' && i + 1 < s_.size() && s_[i + 1] == '\'') {
          ++i;  // '' is an escaped quote
        } else {
          return;
        }
      }
    }
  }

  void check_depth(int depth, std::size_t at) {
    if (depth > limits_.max_depth)
      fail(at, "nesting-limit", "nesting deeper than " + std::to_string(limits_.max_depth) +
                                    " levels of maps and lists; inspection data never needs this many");
  }

  void fail(std::size_t at, const char* code, const std::string& message) {
    const LineColumn lc = line_column_at(s_, at);
    diags_.error(SourcePos{file_, lc.line, lc.column}, code, message);
    ok_ = false;
  }

  const std::string& file_;
  const std::string& s_;
  const InputLimits& limits_;
  Diagnostics& diags_;
  std::vector<std::size_t> indents_;
  int flow_depth_ = 0;
  int aliases_ = 0;
  bool line_start_ = true;
  bool ok_ = true;
};

}  // namespace

bool check_input_limits(const std::string& file, const std::string& source, const InputLimits& limits,
                        Diagnostics& diags) {
  if (source.size() > limits.max_bytes) {
    diags.error(SourcePos{file, 0, 0}, "input-too-large",
                "the file is " + std::to_string(source.size()) + " bytes; the limit is " +
                    std::to_string(limits.max_bytes) + " bytes");
    return false;
  }
  return Scanner(file, source, limits, diags).run();
}

}  // namespace quire::load_detail
