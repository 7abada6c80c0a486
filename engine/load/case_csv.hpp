// Case-level answers as the case assessment tool exports them, in either of its two layouts, told
// apart by the header row:
//   one record per answer:  case,question,answer      then  C01,1.1.1,yes
//   one record per case:    case,1.1.1,1.1.2,...      then  C01,Yes,N/A,...  (a blank cell: no answer)
// The layout with the columns named case, question and answer (in any order) is the first; a
// header starting 'case' is the second. Answers are yes, no or n/a (y, n, na) in any case; a blank
// answer is none, in either layout. A column whose name is not a question number (the tool's
// "Inspector") is not read, with a warning at its name; rows of blank cells are passed over.
// The file is CSV per RFC 4180 (load/csv.hpp), UTF-8, with or without the byte-order mark Excel
// writes, its fields separated by ',' or, as Excel writes where the decimal mark is a comma, ';'.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

// Reads the case file at `path`. `referenced_from` is where the inspection names the file, for a
// "cannot read" error; problems in the file are reported at FILE:ROW:COL.
std::vector<CaseAnswer> load_case_answers(const std::filesystem::path& path, const SourcePos& referenced_from,
                                          Diagnostics& diags);

// The same, from the file's text; `file` names it in diagnostics.
std::vector<CaseAnswer> read_case_answers(std::string_view source, const std::string& file, Diagnostics& diags);

}  // namespace quire
