#include "families/sqs/model.hpp"

#include <tuple>

namespace quire {

bool precedes(const CalendarDate& a, const CalendarDate& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

bool precedes(const YearMonth& a, const YearMonth& b) { return std::tie(a.year, a.month) < std::tie(b.year, b.month); }

std::string DecimalFigure::text() const {
  const std::int64_t magnitude = hundredths < 0 ? -hundredths : hundredths;
  std::string out = (hundredths < 0 ? "-" : "") + std::to_string(magnitude / 100);
  if (decimals <= 0) return out;
  const std::int64_t cents = magnitude % 100;
  const std::string fraction = std::string(cents < 10 ? "0" : "") + std::to_string(cents);
  return out + "." + fraction.substr(0, static_cast<std::size_t>(decimals > 2 ? 2 : decimals));
}

const CommentarySection* SqsLetter::find_section(const std::string& key) const {
  for (const auto& s : commentary)
    if (s.key.value == key) return &s;
  return nullptr;
}

void collect_narrative(const SqsLetter& r, std::vector<const MarkdownText*>& out) {
  out.insert(out.end(), {&r.summary, &r.operational_management});
  for (const auto& s : r.commentary)
    for (const auto& p : s.paragraphs) out.push_back(&p);
  for (const auto& s : r.strengths) out.push_back(&s);
  for (const auto& s : r.improvements) out.push_back(&s);
}

void collect_citations(const SqsLetter& /*report*/, std::vector<Located<std::string>>& /*out*/) {}

void collect_owners(const SqsLetter&, std::vector<std::string>&) {}

}  // namespace quire
