#include "load/case_csv.hpp"

#include <map>
#include <optional>
#include <set>

#include "base/files.hpp"
#include "base/text.hpp"
#include "load/csv.hpp"

namespace quire {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A cell's text without the spaces around it: spaces are never part of an id or an answer.
std::string cell(const csv::Field& f) { return std::string(trim(f.text)); }

std::optional<Answer> parse_answer(std::string_view text) {
  const std::string t = lower(trim(text));
  if (t == "yes") return Answer::yes;
  if (t == "no") return Answer::no;
  if (t == "n/a" || t == "na" || t == "not applicable") return Answer::not_applicable;
  return std::nullopt;
}

bool blank(const csv::Record& r) { return r.size() == 1 && trim(r[0].text).empty(); }

// One case file being read: where its fields stand, and what has been read so far.
class CaseFile {
 public:
  CaseFile(std::string_view body, std::string file, Diagnostics& diags)
      : lines_(body), file_(std::move(file)), diags_(diags) {}

  // Where byte `offset` of the text after the byte-order mark is, as an editor counts: the
  // line (a quoted line break makes a record span two) and the character on it.
  SourcePos at(std::size_t offset) const {
    const LineColumn lc = lines_.at(offset);
    return SourcePos{file_, lc.line, lc.column};
  }
  SourcePos at(const csv::Field& f) const { return at(f.offset); }

  void error(const SourcePos& pos, const char* code, const std::string& message) { diags_.error(pos, code, message); }

  // Records one answer, unless the case has answered the question already.
  void add(CaseAnswer a) {
    if (!seen_.insert({a.case_id, a.question}).second) {
      error(a.pos, "csv-duplicate", "case " + a.case_id + " answers " + a.question + " twice");
      return;
    }
    answers_.push_back(std::move(a));
  }

  std::vector<CaseAnswer> take() { return std::move(answers_); }

 private:
  LineIndex lines_;
  std::string file_;
  Diagnostics& diags_;
  std::set<std::pair<std::string, std::string>> seen_;
  std::vector<CaseAnswer> answers_;
};

// One record per answer: case, question, answer.
void read_per_answer(const std::vector<csv::Record>& records, CaseFile& f) {
  for (const auto& r : records) {
    if (blank(r)) continue;
    if (r.size() != 3) {
      f.error(f.at(r[0]), "csv-fields", "expected 3 fields (case,question,answer), found " + std::to_string(r.size()));
      continue;
    }
    const auto answer = parse_answer(r[2].text);
    if (!answer) {
      f.error(f.at(r[2]), "csv-answer", "expected yes, no or n/a as the answer, found '" + cell(r[2]) + "'");
      continue;
    }
    f.add(CaseAnswer{cell(r[0]), cell(r[1]), *answer, f.at(r[0]), f.at(r[1])});
  }
}

// The question columns of a one-record-per-case header, each checked to name one question once.
std::vector<std::string> question_columns(const csv::Record& header, CaseFile& f) {
  std::vector<std::string> questions;
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 1; i < header.size(); ++i) {
    const std::string q = cell(header[i]);
    questions.push_back(q);
    if (q.empty())
      f.error(f.at(header[i]), "csv-header", "column " + std::to_string(i + 1) + " of the header names no question");
    else if (const auto [it, fresh] = column_of.emplace(q, i + 1); !fresh)
      f.error(f.at(header[i]), "csv-header",
              "question " + q + " has two columns (" + std::to_string(it->second) + " and " + std::to_string(i + 1) + ")");
  }
  return questions;
}

// One record per case: the case, then its answer to each question of the header (blank: none).
void read_per_case(const csv::Record& header, const std::vector<csv::Record>& records, CaseFile& f) {
  const std::vector<std::string> questions = question_columns(header, f);
  std::set<std::string> cases;
  for (const auto& r : records) {
    if (blank(r)) continue;
    if (r.size() != header.size()) {
      const SourcePos where = f.at(r.size() > header.size() ? r[header.size()] : r[0]);
      f.error(where, "csv-fields",
              "expected " + std::to_string(header.size()) + " fields (the case and the " +
                  std::to_string(questions.size()) + " questions of the header), found " + std::to_string(r.size()));
      continue;
    }
    const std::string case_id = cell(r[0]);
    if (case_id.empty()) {
      f.error(f.at(r[0]), "csv-case", "the first field of a row names its case; this one is blank");
      continue;
    }
    if (!cases.insert(case_id).second) {
      f.error(f.at(r[0]), "csv-duplicate", "case " + case_id + " has a second row");
      continue;
    }
    for (std::size_t i = 1; i < r.size(); ++i) {
      if (cell(r[i]).empty() || questions[i - 1].empty()) continue;
      const auto answer = parse_answer(r[i].text);
      if (!answer) {
        f.error(f.at(r[i]), "csv-answer",
                "expected yes, no or n/a (or a blank cell) as case " + case_id + "'s answer to " + questions[i - 1] +
                    ", found '" + cell(r[i]) + "'");
        continue;
      }
      f.add(CaseAnswer{case_id, questions[i - 1], *answer, f.at(r[i]), f.at(header[i])});
    }
  }
}

}  // namespace

std::vector<CaseAnswer> read_case_answers(std::string_view source, const std::string& file, Diagnostics& diags) {
  // Positions are counted after the byte-order mark, which an editor does not show.
  const std::string_view body = csv::without_byte_order_mark(source);
  CaseFile f(body, file, diags);
  if (auto bad = find_invalid_utf8(body)) {
    f.error(f.at(*bad), "invalid-utf8", "invalid UTF-8; save the file as UTF-8 (Excel: CSV UTF-8)");
    return {};
  }
  csv::Table table = csv::read(body);
  if (table.error) {
    f.error(f.at(table.error->offset), "csv-syntax", table.error->message);
    return {};
  }
  auto& records = table.records;
  while (!records.empty() && blank(records.front())) records.erase(records.begin());
  if (records.empty()) return {};
  const csv::Record header = std::move(records.front());
  records.erase(records.begin());
  const bool per_answer = header.size() == 3 && lower(cell(header[1])) == "question" && lower(cell(header[2])) == "answer";
  if (lower(cell(header[0])) != "case" || header.size() < 2) {
    std::string found;
    for (const auto& h : header) found += (found.empty() ? "" : ",") + cell(h);
    f.error(f.at(header[0]), "csv-header",
            "expected the header 'case,question,answer' (a row per answer) or 'case,' followed by the questions "
            "(a row per case), found '" + found + "'");
    return {};
  }
  if (per_answer)
    read_per_answer(records, f);
  else
    read_per_case(header, records, f);
  return f.take();
}

std::vector<CaseAnswer> load_case_answers(const std::filesystem::path& path, const SourcePos& referenced_from,
                                          Diagnostics& diags) {
  std::string source;
  try {
    source = read_file(path);
  } catch (const FileError& e) {
    diags.error(referenced_from, "cannot-read", std::string("case results: ") + e.what());
    return {};
  }
  return read_case_answers(source, path.string(), diags);
}

}  // namespace quire
