// The view of an SQS letter (templates/sqs/).
#include "families/sqs/view.hpp"

namespace quire::render_detail {

namespace {

const SqsLetter& sqs_letter(const ViewHelpers& h) { return std::get<SqsLetter>(h.in().inspection.body); }

std::string percent(const DecimalFigure& figure) { return figure.text() + "%"; }

void add_letter_info(const ViewHelpers& h, Data& view) {
  const LetterInfo& l = sqs_letter(h).letter;
  view.set("area", l.area);
  view.set("yot", l.yot);
  view.set("to", l.to);
  view.set("from", l.from);
  view.set("cases_examined", std::to_string(l.cases_examined.value));
  view.set("published", date_view(h, l.published.value));
  const CalendarDate& from = l.inspected_from.value;
  const CalendarDate& to = l.inspected_to.value;
  view.set("inspected", range_view(date_view(h, from), date_view(h, to), from.year == to.year && from.month == to.month,
                                   from.year == to.year));
}

// The summary's sentence: the figures, the words the rules chose for each comparison, and the
// word that joins them; the footnote's publication month, cohort and source.
Data reoffending(const ViewHelpers& h, const SqsRun& run) {
  const ReoffendingFigures& f = sqs_letter(h).reoffending;
  Data d;
  d.set("rate", percent(f.rate.value));
  d.set("previous_year", percent(f.previous_year.value));
  d.set("national", percent(f.national.value));
  d.set("previous_year_words", label_in_place(h, "sqs.reoffending.previous_year." + run.scores.previous_year.words()));
  d.set("national_words", label_in_place(h, "sqs.reoffending.national." + run.scores.national.words()));
  d.set("conjunction", h.label(run.scores.contrast ? "sqs.reoffending.contrast" : "sqs.reoffending.addition"));
  d.set("published", month_view(h, f.published.value));
  const YearMonth& from = f.cohort_from.value;
  const YearMonth& to = f.cohort_to.value;
  d.set("cohort", range_view(month_view(h, from), month_view(h, to), from.year == to.year && from.month == to.month,
                             from.year == to.year));
  d.set("source", f.source);
  return d;
}

// Sections in the rules' order, their paragraphs numbered within each: 1.1, 1.2, ...
Data sections(const ViewHelpers& h, const SqsRun& run) {
  const SqsLetter& letter = sqs_letter(h);
  Data list{Data::type::list};
  for (const auto& rule : run.rules.sections) {
    const CommentarySection* section = letter.find_section(rule.key);
    if (!section) continue;  // reported by the rules
    Data s;
    const std::string number = std::to_string(rule.number);
    s.set("number", number);
    s.set("title", worded_label(h, letter.letter.wording.value, "section." + rule.key));
    Data paragraphs{Data::type::list};
    int n = 0;
    for (const auto& p : section->paragraphs) {
      Data paragraph;
      paragraph.set("number", number + "." + std::to_string(++n));
      paragraph.set("text", p.text);
      paragraphs.push_back(paragraph);
    }
    s.set("paragraphs", paragraphs);
    list.push_back(s);
  }
  return list;
}

Data lead_inspector(const ViewHelpers& h) {
  const LeadInspector& lead = sqs_letter(h).letter.lead_inspector;
  Data d;
  d.set("name", lead.name);
  d.set("pronoun", h.label("sqs.pronoun." + lead.pronoun.value));
  d.set("email", lead.email);
  d.set("telephone", lead.telephone);
  return d;
}

Data copy_list(const ViewHelpers& h) {
  const std::string separator = h.label("sqs.copy_list.separator");
  Data rows{Data::type::list};
  for (const auto& recipient : sqs_letter(h).copy_to) {
    std::string names;
    for (const auto& name : recipient.names) names += (names.empty() ? "" : separator) + name;
    Data row;
    row.set("role", recipient.role);
    row.set("names", names);
    rows.push_back(row);
  }
  return rows;
}

Data footnotes(const ViewHelpers& h) {
  Data list{Data::type::list};
  for (const auto& f : h.in().inspection.footnotes) {
    Data note;
    note.set("id", f.id);
    note.set("text", f.text.text);
    list.push_back(note);
  }
  return list;
}

}  // namespace

Data family_view(const ViewHelpers& h, const SqsRun& run) {
  const SqsLetter& letter = sqs_letter(h);
  Data view;
  add_letter_info(h, view);
  view.set("wording", wording_view(h, letter.letter.wording));
  view.set("reoffending", reoffending(h, run));
  view.set("summary", letter.summary.text);
  view.set("sections", sections(h, run));
  view.set("operational_management", letter.operational_management.text);
  view.set("strengths", h.markdown_items(letter.strengths));
  view.set("improvements", h.markdown_items(letter.improvements));
  view.set("lead_inspector", lead_inspector(h));
  view.set("copy_to", copy_list(h));
  view.set("footnotes", footnotes(h));
  return view;
}

}  // namespace quire::render_detail
