// Diagnostics: problems found in a user's input, each with a position and a stable code.
// Every stage reports into one Diagnostics list so a run can show every problem at once.
#pragma once

#include <string>
#include <vector>

namespace quire {

// A 1-based position in a source file; line 0 means "the whole file".
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePos pos;
  std::string code;     // stable identifier, e.g. "unknown-key"
  std::string message;  // what was expected and what was found
};

// Collects diagnostics in the order they were found.
class Diagnostics {
 public:
  void error(SourcePos pos, std::string code, std::string message);
  void warning(SourcePos pos, std::string code, std::string message);
  void note(SourcePos pos, std::string code, std::string message);
  void add(Diagnostic d);
  void append(const Diagnostics& other);
  // Adds those of `other`'s diagnostics this list does not hold yet (the same problem found again,
  // as when one file is read once per language).
  void append_new(const Diagnostics& other);

  bool has_errors() const;
  std::size_t error_count() const;
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

// Formats one diagnostic as "FILE:LINE:COL: error: message [code]".
std::string format_diagnostic(const Diagnostic& d);

}  // namespace quire
