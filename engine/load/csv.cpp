// An RFC 4180 reader written as the grammar reads: a file is records, a record is fields, a
// field is quoted or not. Each function reads one of them from `at` and leaves `at` after it.
#include "load/csv.hpp"

namespace quire::csv {

namespace {

class Reader {
 public:
  Reader(std::string_view text, char separator) : text_(text), separator_(separator) {}

  Table table() {
    Table t;
    while (at_ < text_.size() && !error_) {
      Record r = record();
      if (!error_) t.records.push_back(std::move(r));
    }
    t.error = std::move(error_);
    return t;
  }

 private:
  bool at_end() const { return at_ >= text_.size(); }
  char peek() const { return text_[at_]; }

  // Consumes the line break (CRLF or LF) that ends a record; a CR alone is not one.
  void line_break() {
    if (text_.substr(at_, 2) == "\r\n") {
      at_ += 2;
    } else if (peek() == '\n') {
      at_ += 1;
    } else {
      fail(at_, "a carriage return without a line feed; save the file as CSV with Windows (CRLF) or Unix (LF) line ends");
    }
  }

  Record record() {
    Record r;
    while (true) {
      r.push_back(field());
      if (error_ || at_end()) return r;
      if (peek() == separator_) {
        ++at_;
        continue;
      }
      line_break();
      return r;
    }
  }

  Field field() { return !at_end() && peek() == '"' ? quoted() : unquoted(); }

  Field unquoted() {
    Field f{{}, at_, false};
    while (!at_end() && peek() != separator_ && peek() != '\n' && peek() != '\r') {
      if (peek() == '"') {
        fail(at_, "a quote inside a field that does not start with one; enclose the whole field in quotes and "
                  "double the quote (\"\")");
        return f;
      }
      f.text += peek();
      ++at_;
    }
    return f;
  }

  Field quoted() {
    Field f{{}, at_, true};
    ++at_;  // the opening quote
    while (true) {
      if (at_end()) {
        fail(f.offset, "this quoted field is never closed: a field that starts with a quote must end with one");
        return f;
      }
      const char c = peek();
      ++at_;
      if (c != '"') {
        f.text += c;
      } else if (!at_end() && peek() == '"') {
        f.text += '"';  // a doubled quote stands for one
        ++at_;
      } else {
        break;
      }
    }
    if (!at_end() && peek() != separator_ && peek() != '\n' && peek() != '\r')
      fail(at_, "text after the closing quote of a field; a quote inside a quoted field is written twice (\"\")");
    return f;
  }

  void fail(std::size_t offset, std::string message) {
    if (!error_) error_ = SyntaxError{offset, std::move(message)};
  }

  std::string_view text_;
  char separator_;
  std::size_t at_ = 0;
  std::optional<SyntaxError> error_;
};

}  // namespace

std::string_view without_byte_order_mark(std::string_view text) {
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  return text;
}

Table read(std::string_view text, char separator) { return Reader(text, separator).table(); }

}  // namespace quire::csv
