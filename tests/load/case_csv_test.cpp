// The case files: CSV per RFC 4180 (load/csv.hpp), and the case tool's two layouts
// (load/case_csv.hpp), with every problem at FILE:LINE:COL.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "load/case_csv.hpp"
#include "load/csv.hpp"
#include "support/support.hpp"

using namespace quire;
using test::has_diagnostic;

namespace {

std::vector<std::vector<std::string>> texts(const csv::Table& t) {
  std::vector<std::vector<std::string>> out;
  for (const auto& r : t.records) {
    auto& row = out.emplace_back();
    for (const auto& f : r) row.push_back(f.text);
  }
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

struct Read {
  std::vector<CaseAnswer> answers;
  Diagnostics diags;
};

Read read(const std::string& text) {
  Read r;
  r.answers = read_case_answers(text, "cases.csv", r.diags);
  return r;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rfc4180)

BOOST_AUTO_TEST_CASE(quoted_fields_hold_commas_quotes_and_line_breaks) {
  const auto t = csv::read("a,\"b, c\",\"say \"\"yes\"\"\"\r\n\"two\r\nlines\",,\"\"\r\nlast,row");
  BOOST_TEST(!t.error.has_value());
  BOOST_TEST(texts(t) == (Rows{{"a", "b, c", "say \"yes\""}, {"two\r\nlines", "", ""}, {"last", "row"}}));
  BOOST_TEST(t.records[1][0].quoted);
  BOOST_TEST(t.records[2][0].offset == 42u);
}

BOOST_AUTO_TEST_CASE(line_ends_are_crlf_or_lf_and_the_last_is_optional) {
  BOOST_TEST(texts(csv::read("a,b\r\nc,d\r\n")) == (Rows{{"a", "b"}, {"c", "d"}}));
  BOOST_TEST(texts(csv::read("a,b\nc,d")) == (Rows{{"a", "b"}, {"c", "d"}}));
  BOOST_TEST(texts(csv::read("a,\n\nb")) == (Rows{{"a", ""}, {""}, {"b"}}));
}

BOOST_AUTO_TEST_CASE(broken_quoting_is_an_error_where_it_is) {
  struct Case {
    std::string text;
    std::size_t offset;
    std::string says;
  };
  for (const auto& c : std::vector<Case>{{"a,\"never closed\nb,c\n", 2, "never closed"},
                                         {"a,\"quoted\"then text\n", 10, "after the closing quote"},
                                         {"a,say \"hi\"\n", 6, "does not start with one"},
                                         {"a,b\rc,d\n", 3, "carriage return without a line feed"}}) {
    BOOST_TEST_CONTEXT(c.text) {
      const auto t = csv::read(c.text);
      BOOST_TEST_REQUIRE(t.error.has_value());
      BOOST_TEST(t.error->offset == c.offset);
      BOOST_TEST(t.error->message.find(c.says) != std::string::npos, t.error->message);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_byte_order_mark_is_not_text) {
  BOOST_TEST(csv::without_byte_order_mark("\xEF\xBB\xBF" "case") == "case");
  BOOST_TEST(csv::without_byte_order_mark("case") == "case");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(case_files)

// What Excel's "CSV UTF-8" writes: a byte-order mark, CRLF, and quotes where it thinks them needed.
BOOST_AUTO_TEST_CASE(an_excel_export_with_one_row_per_answer_reads_as_written) {
  const Read r = read("\xEF\xBB\xBF" "case,question,answer\r\n\"C 01\",2.1.1,Yes\r\nC02,\"2.1.1\",N/A\r\nC02,2.1.2,no\r\n");
  BOOST_TEST(!r.diags.has_errors(), test::dump(r.diags));
  BOOST_TEST_REQUIRE(r.answers.size() == 3u);
  BOOST_TEST(r.answers[0].case_id == "C 01");
  BOOST_TEST((r.answers[0].answer == Answer::yes));
  BOOST_TEST((r.answers[1].answer == Answer::not_applicable));
  BOOST_TEST(r.answers[1].question == "2.1.1");
  BOOST_TEST(r.answers[2].pos.line == 4);
  BOOST_TEST(r.answers[2].question_pos.column == 5);
}

BOOST_AUTO_TEST_CASE(one_row_per_case_gives_the_same_answers) {
  const Read wide = read("\xEF\xBB\xBF" "Case,2.1.1,2.1.2\r\nC01,Yes,\r\nC02,n/a,NO\r\n");
  BOOST_TEST(!wide.diags.has_errors(), test::dump(wide.diags));
  BOOST_TEST_REQUIRE(wide.answers.size() == 3u);  // the blank cell is no answer
  BOOST_TEST(wide.answers[0].case_id == "C01");
  BOOST_TEST(wide.answers[0].question == "2.1.1");
  BOOST_TEST((wide.answers[2].answer == Answer::no));
  BOOST_TEST(wide.answers[2].question == "2.1.2");
  // Positions after the byte-order mark: what an editor shows as line 1, column 1.
  BOOST_TEST(wide.answers[2].pos.line == 3);
  BOOST_TEST(wide.answers[2].pos.column == 9);
  BOOST_TEST(wide.answers[2].question_pos.line == 1);
  BOOST_TEST(wide.answers[2].question_pos.column == 12);
}

BOOST_AUTO_TEST_CASE(wrong_wide_files_are_reported_at_row_and_column) {
  const Read r = read(
      "case,2.1.1,2.1.2,2.1.1,\n"
      "C01,yes,maybe,,x\n"
      "C02,yes\n"
      "\"C03\nstill C03\",no,no,,,extra\n"
      "C01,no,no,,\n");
  BOOST_TEST(has_diagnostic(r.diags, "csv-header", 1, 18), test::dump(r.diags));  // 2.1.1 again
  BOOST_TEST(has_diagnostic(r.diags, "csv-header", 1, 24), test::dump(r.diags));  // no question, but "x" under it
  BOOST_TEST(has_diagnostic(r.diags, "csv-answer", 2, 9), test::dump(r.diags));   // maybe
  BOOST_TEST(has_diagnostic(r.diags, "csv-fields", 3, 1), test::dump(r.diags));   // too few
  BOOST_TEST(has_diagnostic(r.diags, "csv-fields", 5, 20), test::dump(r.diags));  // too many, after a quoted line break
  BOOST_TEST(has_diagnostic(r.diags, "csv-duplicate", 6, 1), test::dump(r.diags));
  BOOST_TEST(test::dump(r.diags).find("case C01's answer to 2.1.2, found 'maybe'") != std::string::npos,
             test::dump(r.diags));
}

BOOST_AUTO_TEST_CASE(broken_csv_and_unknown_headers_stop_the_file_at_their_position) {
  BOOST_TEST(has_diagnostic(read("case,question,answer\nC1,2.1.1,\"yes\n").diags, "csv-syntax", 2, 10));
  BOOST_TEST(has_diagnostic(read("\xEF\xBB\xBF" "id,question,answer\n").diags, "csv-header", 1, 1));
  BOOST_TEST(has_diagnostic(read("case\nC1\n").diags, "csv-header", 1, 1));
  BOOST_TEST(has_diagnostic(read("case,question,answer\nC1,2.1.1,\xC3\n").diags, "invalid-utf8", 2, 10));
}

// What the case tool's export looks like after Excel: each trial of a new inspection (s4 trial4)
// met these; each was an error before, most of them once per row.
BOOST_AUTO_TEST_CASE(excel_exports_as_they_come_read_the_same_in_both_layouts) {
  const std::string long_file =
      "\xEF\xBB\xBF" "Case,Question,Answer,Inspector\r\n"
      "C01,2.1.1,Yes ,AB\r\nC01,2.1.2,Y,AB\r\nC01,2.1.3,,AB\r\n"
      "C02,2.1.1,N,CD\r\nC02,2.1.2,NA,CD\r\nC02,2.1.3,no ,CD\r\n"
      ",,,\r\n,,,\r\n";
  const std::string wide_file =
      "\xEF\xBB\xBF" "case,2.1.1,2.1.2,2.1.3,Inspector,\r\n"
      "C01,yes ,y,,AB,\r\n"
      ",,,,,\r\n"
      "C02,N,na,NO,CD,\r\n"
      ",,,,,\r\n";
  const auto answers = [](const Read& r) {
    std::vector<std::string> out;
    for (const auto& a : r.answers) out.push_back(a.case_id + " " + a.question + " " + std::to_string(static_cast<int>(a.answer)));
    std::sort(out.begin(), out.end());
    return out;
  };
  const Read long_read = read(long_file);
  const Read wide_read = read(wide_file);
  for (const Read* r : {&long_read, &wide_read}) {
    BOOST_TEST(!r->diags.has_errors(), test::dump(r->diags));
    BOOST_TEST(r->answers.size() == 5u);  // C01's blank 2.1.3 is no answer
  }
  BOOST_TEST(answers(long_read) == answers(wide_read));
  // The tool's own column is said once, at its name, not once a row.
  BOOST_TEST(has_diagnostic(long_read.diags, "csv-column-ignored", 1, 22), test::dump(long_read.diags));
  BOOST_TEST(has_diagnostic(wide_read.diags, "csv-column-ignored", 1, 24), test::dump(wide_read.diags));
  BOOST_TEST(long_read.diags.all().size() == 1u, test::dump(long_read.diags));
  BOOST_TEST(wide_read.diags.all().size() == 1u, test::dump(wide_read.diags));
}

// Excel writes ';' between fields where the decimal mark is a comma (most of Europe).
BOOST_AUTO_TEST_CASE(semicolon_separated_exports_read_as_comma_separated_ones) {
  for (const std::string& text : {std::string("case;question;answer\r\n\"C;01\";2.1.1;yes\r\n\"C;01\";2.1.2;no\r\n"),
                                  std::string("case;2.1.1;2.1.2\r\n\"C;01\";yes;no\r\n")}) {
    BOOST_TEST_CONTEXT(text) {
      const Read r = read(text);
      BOOST_TEST(!r.diags.has_errors(), test::dump(r.diags));
      BOOST_TEST_REQUIRE(r.answers.size() == 2u);
      BOOST_TEST(r.answers[1].case_id == "C;01");
      BOOST_TEST(r.answers[1].question == "2.1.2");
      BOOST_TEST((r.answers[1].answer == Answer::no));
    }
  }
}

// An empty case file, or one with only its header, left every key question "missing" (trial4).
BOOST_AUTO_TEST_CASE(a_case_file_without_answers_is_one_error) {
  BOOST_TEST(has_diagnostic(read("").diags, "csv-empty", 1, 1));
  BOOST_TEST(has_diagnostic(read("\xEF\xBB\xBF\r\n").diags, "csv-empty", 1, 1));
  BOOST_TEST(has_diagnostic(read("case,question,answer\r\n,,\r\n").diags, "csv-empty", 1, 1));
  BOOST_TEST(has_diagnostic(read("\ncase,2.1.1\n").diags, "csv-empty", 2, 1));
  BOOST_TEST(has_diagnostic(read("id,q,a\n").diags, "csv-header", 1, 1));  // the header is the first problem
}

// "sep=;" on the first line tells Excel the separator; it is read the same way.
BOOST_AUTO_TEST_CASE(a_sep_line_names_the_separator) {
  const Read r = read("sep=;\r\ncase;question;answer\r\nC01;2.1.1;yes\r\nC01;2.1.2;maybe\r\n");
  BOOST_TEST_REQUIRE(r.answers.size() == 1u);
  BOOST_TEST(r.answers[0].pos.line == 3);
  BOOST_TEST(has_diagnostic(r.diags, "csv-answer", 4, 11), test::dump(r.diags));
  BOOST_TEST(test::dump(read("sep=;\nid;q;a\n").diags).find("found 'id;q;a'") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
