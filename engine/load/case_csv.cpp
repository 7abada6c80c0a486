#include "load/case_csv.hpp"

#include <algorithm>
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
  if (t == "yes" || t == "y") return Answer::yes;
  if (t == "no" || t == "n") return Answer::no;
  if (t == "n/a" || t == "na" || t == "not applicable") return Answer::not_applicable;
  return std::nullopt;
}

// A record with nothing in it: an empty line, or the row of empty cells ",,," that Excel writes
// for a row it once touched. It says nothing, so it is passed over wherever it stands.
bool blank(const csv::Record& r) {
  return std::all_of(r.begin(), r.end(), [](const csv::Field& f) { return trim(f.text).empty(); });
}

// "2.1.1", "1.1": how the frameworks number their questions. A header cell of another shape
// ("Inspector", "Date") is a column the case tool adds, not a question.
bool names_a_question(std::string_view text) {
  if (text.empty() || text.front() == '.' || text.back() == '.') return false;
  bool dot = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.') {
      if (text[i - 1] == '.') return false;
      dot = true;
    } else if (text[i] < '0' || text[i] > '9') {
      return false;
    }
  }
  return dot;
}

// The separator between fields. Excel writes ';' where the decimal mark is a comma (most of
// Europe); the header row, the first line with text in it, holds no comma then.
char separator_of(std::string_view body) {
  for (std::size_t at = 0; at < body.size();) {
    const std::size_t end = std::min(body.find('\n', at), body.size());
    const std::string_view line = trim(body.substr(at, end - at));
    if (!line.empty()) return line.find(',') == std::string_view::npos && line.find(';') != std::string_view::npos ? ';' : ',';
    at = end + 1;
  }
  return ',';
}

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

  // A column of the case tool's own (an inspector, a date), said once, at its header cell.
  void column_not_read(const csv::Field& header, std::size_t column) {
    diags_.warning(at(header), "csv-column-ignored",
                   "column " + std::to_string(column + 1) + " ('" + cell(header) +
                       "') is not a question number (such as 1.1 or 2.1.1); quire does not read it");
  }

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

// Where a one-record-per-answer header has its three columns; any other column is not read.
struct AnswerColumns {
  std::size_t case_id = 0, question = 0, answer = 0;
};

// The columns of a header naming case, question and answer (in any order), if it does.
std::optional<AnswerColumns> answer_columns(const csv::Record& header) {
  std::map<std::string, std::size_t> named;
  for (std::size_t i = 0; i < header.size(); ++i) named.emplace(lower(cell(header[i])), i);
  if (!named.count("case") || !named.count("question") || !named.count("answer")) return std::nullopt;
  return AnswerColumns{named["case"], named["question"], named["answer"]};
}

// One record per answer: case, question, answer (a blank answer: none, as in a row per case).
void read_per_answer(const csv::Record& header, const AnswerColumns& c, const std::vector<csv::Record>& records,
                     CaseFile& f) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (i != c.case_id && i != c.question && i != c.answer) f.column_not_read(header[i], i);
  for (const auto& r : records) {
    if (blank(r)) continue;
    if (r.size() != header.size()) {
      f.error(f.at(r.size() > header.size() ? r[header.size()] : r[0]), "csv-fields",
              "expected " + std::to_string(header.size()) + " fields, as the header has, found " + std::to_string(r.size()));
      continue;
    }
    if (cell(r[c.answer]).empty()) continue;
    const auto answer = parse_answer(r[c.answer].text);
    if (!answer) {
      f.error(f.at(r[c.answer]), "csv-answer", "expected yes, no or n/a as the answer, found '" + cell(r[c.answer]) + "'");
      continue;
    }
    f.add(CaseAnswer{cell(r[c.case_id]), cell(r[c.question]), *answer, f.at(r[c.case_id]), f.at(r[c.question])});
  }
}

// The question of each column of a one-record-per-case header ("" for a column not read), each
// checked to name one question once. An unnamed column is an error only where a row fills it.
std::vector<std::string> question_columns(const csv::Record& header, const std::vector<csv::Record>& records,
                                          CaseFile& f) {
  std::vector<std::string> questions(header.size());
  std::map<std::string, std::size_t> column_of;
  for (std::size_t i = 1; i < header.size(); ++i) {
    const std::string q = cell(header[i]);
    if (q.empty()) {
      for (const auto& r : records)
        if (i < r.size() && !cell(r[i]).empty()) {
          f.error(f.at(header[i]), "csv-header",
                  "column " + std::to_string(i + 1) + " of the header names no question, but row " +
                      std::to_string(f.at(r[i]).line) + " fills it");
          break;
        }
    } else if (!names_a_question(q)) {
      f.column_not_read(header[i], i);
    } else if (const auto [it, fresh] = column_of.emplace(q, i + 1); !fresh) {
      f.error(f.at(header[i]), "csv-header",
              "question " + q + " has two columns (" + std::to_string(it->second) + " and " + std::to_string(i + 1) + ")");
    } else {
      questions[i] = q;
    }
  }
  return questions;
}

// One record per case: the case, then its answer to each question of the header (blank: none).
void read_per_case(const csv::Record& header, const std::vector<csv::Record>& records, CaseFile& f) {
  const std::vector<std::string> questions = question_columns(header, records, f);
  std::set<std::string> cases;
  for (const auto& r : records) {
    if (blank(r)) continue;
    if (r.size() != header.size()) {
      const SourcePos where = f.at(r.size() > header.size() ? r[header.size()] : r[0]);
      f.error(where, "csv-fields",
              "expected " + std::to_string(header.size()) + " fields (the case and a field for each column of the "
              "header), found " + std::to_string(r.size()));
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
      if (cell(r[i]).empty() || questions[i].empty()) continue;
      const auto answer = parse_answer(r[i].text);
      if (!answer) {
        f.error(f.at(r[i]), "csv-answer",
                "expected yes, no or n/a (or a blank cell) as case " + case_id + "'s answer to " + questions[i] +
                    ", found '" + cell(r[i]) + "'");
        continue;
      }
      f.add(CaseAnswer{case_id, questions[i], *answer, f.at(r[i]), f.at(header[i])});
    }
  }
}

}  // namespace

std::vector<CaseAnswer> read_case_answers(std::string_view source, const std::string& file, Diagnostics& diags) {
  // Positions are counted after the byte-order mark, which an editor does not show.
  const std::string_view body = csv::without_byte_order_mark(source);
  CaseFile f(body, file, diags);
  if (auto bad = find_invalid_utf8(body)) {
    f.error(f.at(*bad), "invalid-utf8", describe_invalid_utf8(body, *bad) + " (Excel: CSV UTF-8)");
    return {};
  }
  // "sep=;" on the first line is how a file tells Excel its separator; it is not the header.
  std::size_t skip = 0;
  char separator = separator_of(body);
  if (body.substr(0, 4) == "sep=" && body.size() > 4 && body[4] != '\r' && body[4] != '\n') {
    separator = body[4];
    skip = std::min(body.find('\n'), body.size() - 1) + 1;
  }
  csv::Table table = csv::read(body.substr(skip), separator);
  if (table.error) {
    f.error(f.at(skip + table.error->offset), "csv-syntax", table.error->message);
    return {};
  }
  auto& records = table.records;
  for (auto& r : records)
    for (auto& field : r) field.offset += skip;
  while (!records.empty() && blank(records.front())) records.erase(records.begin());
  // A file without answers scores nothing: said once here, not once for every question it lacks.
  if (records.empty()) {
    f.error(f.at(skip), "csv-empty", "the case file is empty; export the case assessment into it, or delete the "
                                     "inspection's 'cases' line until there are answers");
    return {};
  }
  const csv::Record header = std::move(records.front());
  records.erase(records.begin());
  const auto per_answer = answer_columns(header);
  if (!per_answer && (lower(cell(header[0])) != "case" || header.size() < 2)) {
    std::string found;
    for (const auto& h : header) found += (found.empty() ? "" : std::string(1, separator)) + cell(h);
    f.error(f.at(header[0]), "csv-header",
            "expected the header 'case,question,answer' (a row per answer) or 'case,' followed by the questions "
            "(a row per case), found '" + found + "'");
    return {};
  }
  if (std::all_of(records.begin(), records.end(), blank)) {
    f.error(f.at(header[0]), "csv-empty", "the case file has its header but no answers; export the case assessment "
                                          "into it, or delete the inspection's 'cases' line until there are answers");
    return {};
  }
  if (per_answer)
    read_per_answer(header, *per_answer, records, f);
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
