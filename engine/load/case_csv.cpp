#include "load/case_csv.hpp"

#include <set>

#include "base/files.hpp"
#include "base/text.hpp"

namespace quire {

namespace {

// The case tool's answers in any letter case: exports say "NA", "N/a" or "Not applicable" as
// readily as "n/a", and a hand-typed "yEs" means yes.
std::optional<Answer> parse_answer(std::string_view text) {
  std::string t(trim(text));
  for (char& c : t)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (t == "yes") return Answer::yes;
  if (t == "no") return Answer::no;
  if (t == "n/a" || t == "na" || t == "not applicable") return Answer::not_applicable;
  return std::nullopt;
}

// Column (1-based, in bytes of ASCII CSV) where field `index` starts on a line.
int field_column(const std::vector<std::string>& fields, std::size_t index) {
  int column = 1;
  for (std::size_t i = 0; i < index && i < fields.size(); ++i) column += static_cast<int>(fields[i].size()) + 1;
  return column;
}

}  // namespace

std::vector<CaseAnswer> load_case_answers(const std::filesystem::path& path, const SourcePos& referenced_from,
                                          Diagnostics& diags) {
  std::vector<CaseAnswer> answers;
  const std::string file = path.string();
  std::string source;
  try {
    source = read_file(path);
  } catch (const FileError& e) {
    diags.error(referenced_from, "cannot-read", std::string("case results: ") + e.what());
    return answers;
  }
  if (auto bad = find_invalid_utf8(source)) {
    const LineColumn lc = line_column_at(source, *bad);
    diags.error(SourcePos{file, lc.line, lc.column}, "invalid-utf8", "invalid UTF-8; save the file as UTF-8");
    return answers;
  }
  const auto lines = split(source, '\n');
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string line = lines[n];
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const int line_no = static_cast<int>(n) + 1;
    if (trim(line).empty()) continue;
    const auto fields = split(line, ',');
    if (n == 0) {
      if (fields.size() != 3 || trim(fields[0]) != "case" || trim(fields[1]) != "question" ||
          trim(fields[2]) != "answer")
        diags.error(SourcePos{file, 1, 1}, "csv-header", "expected the header 'case,question,answer', found '" + line + "'");
      continue;
    }
    if (fields.size() != 3) {
      diags.error(SourcePos{file, line_no, 1}, "csv-fields",
                  "expected 3 fields (case,question,answer), found " + std::to_string(fields.size()));
      continue;
    }
    CaseAnswer a;
    a.case_id = std::string(trim(fields[0]));
    a.question = std::string(trim(fields[1]));
    a.pos = SourcePos{file, line_no, 1};
    const auto answer = parse_answer(fields[2]);
    if (!answer) {
      diags.error(SourcePos{file, line_no, field_column(fields, 2)}, "csv-answer",
                  "expected yes, no or n/a (in any letter case) as the answer, found '" + std::string(trim(fields[2])) + "'");
      continue;
    }
    a.answer = *answer;
    if (!seen.insert({a.case_id, a.question}).second) {
      diags.error(a.pos, "csv-duplicate", "case " + a.case_id + " answers " + a.question + " twice");
      continue;
    }
    answers.push_back(std::move(a));
  }
  return answers;
}

}  // namespace quire
