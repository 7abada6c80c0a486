// CSV as RFC 4180 defines it, for the case assessment tool's exports: fields separated by commas,
// records by CRLF (a bare LF is accepted too); a field holding a comma, a quote or a line break is
// enclosed in double quotes, and a quote inside it is doubled. Debian's CSV libraries were not fit:
// libfccp-dev reads line by line, so a quoted line break ends its record, and libcsv-dev reports
// a field without where it stands in the file, which a `FILE:ROW:COL` error needs (README: Case files).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quire::csv {

// One field: its text with the quoting undone, and the byte offset of its first character (the
// opening quote of a quoted field) in the text read.
struct Field {
  std::string text;
  std::size_t offset = 0;
  bool quoted = false;
};

using Record = std::vector<Field>;

// Where the text stops being CSV, and why.
struct SyntaxError {
  std::size_t offset = 0;
  std::string message;
};

struct Table {
  std::vector<Record> records;  // an empty line is a record of one empty, unquoted field
  std::optional<SyntaxError> error;  // reading stops at the first
};

// The UTF-8 byte-order mark that Excel's "CSV UTF-8" writes at the start of a file.
inline constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// `text` without a leading byte-order mark.
std::string_view without_byte_order_mark(std::string_view text);

// Reads `text` (without its byte-order mark) as RFC 4180 CSV. A final line break is optional.
// `separator` is ',' as the RFC has it, or ';', which Excel writes where the decimal mark is a comma.
Table read(std::string_view text, char separator = ',');

}  // namespace quire::csv
