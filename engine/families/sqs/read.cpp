// Reads an SQS letter's own content. The schema is documented in the README.
#include <set>

#include "families/sqs/family.hpp"
#include "families/sqs/read.hpp"
#include "load/family_readers.hpp"
#include "load/key_check.hpp"

namespace quire::load_detail {

namespace {

// The letter's words for a comparison, as the rules derive them (score.hpp).
const std::vector<std::string> kComparisonWords = {"better", "slightly_better", "same", "slightly_worse", "worse"};
// Each picks the label that opens "... can be contacted at" (sqs.pronoun.*).
const std::vector<std::string> kPronouns = {"she", "he", "they"};

// Keys here are required through check_map, which reports a missing one; the readers stay quiet.
void read_text(YamlReader& r, const YamlNode& map, const char* key, std::string& out) {
  if (auto v = r.text(map, key, false)) out = v->value;
}

// An e-mail address as the letter prints it: something@domain.tld, no spaces.
bool plausible_email(const std::string& s) {
  const auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  const auto dot = s.find('.', at);
  if (dot == std::string::npos || dot == at + 1 || dot + 1 >= s.size()) return false;
  for (const char c : s)
    if (static_cast<unsigned char>(c) <= ' ') return false;
  return true;
}

LeadInspector read_lead_inspector(YamlReader& r, const YamlNode& node) {
  LeadInspector lead;
  if (!check_keys(r, node, "'lead_inspector'", "sqs", "lead_inspector")) return lead;
  read_text(r, node, "name", lead.name);
  read_text(r, node, "telephone", lead.telephone);
  if (auto p = r.text(node, "pronoun", false)) {
    lead.pronoun = *p;
    check_word(r, *p, kPronouns, "pronoun", "unknown-pronoun");
  }
  if (auto e = r.text(node, "email", false)) {
    lead.email = e->value;
    if (!plausible_email(e->value))
      r.error_at(e->pos, "bad-email", "expected an e-mail address such as name@example.gov.uk for 'email', found '" +
                                          printable(e->value) + "'");
  }
  return lead;
}

void read_inspected(YamlReader& r, const YamlNode& node, LetterInfo& info) {
  if (!check_keys(r, node, "'inspected'", "sqs", "inspected")) return;
  const auto from = calendar_date(r, node, "from");
  const auto to = calendar_date(r, node, "to");
  if (from) info.inspected_from = *from;
  if (to) info.inspected_to = *to;
  if (from && to && precedes(to->value, from->value))
    r.error_at(to->pos, "dates-out-of-order", "the inspection cannot end before it starts ('to' is before 'from')");
}

LetterInfo read_letter(YamlReader& r, const YamlNode& node) {
  LetterInfo info;
  if (!check_keys(r, node, "'letter'", "sqs", "letter")) return info;
  read_text(r, node, "area", info.area);
  if (auto v = r.words(node, "yot", false)) info.yot = v->value;
  // The addressee's and the sender's roles are words ("Head of Service"), not names.
  if (auto v = r.words(node, "to", false)) info.to = v->value;
  if (auto v = r.words(node, "from", false)) info.from = v->value;
  if (node["inspected"]) read_inspected(r, node["inspected"], info);
  if (auto d = calendar_date(r, node, "published")) {
    info.published = *d;
    if (info.inspected_to.value.year && precedes(d->value, info.inspected_to.value))
      r.error_at(d->pos, "dates-out-of-order", "the letter cannot be published before the inspection ends");
  }
  if (auto n = r.integer(node, "cases_examined", 1, 100000, false)) info.cases_examined = *n;
  if (node["lead_inspector"]) info.lead_inspector = read_lead_inspector(r, node["lead_inspector"]);
  if (auto w = r.text(node, "wording", false)) info.wording = *w;
  return info;
}

void read_cohort(YamlReader& r, const YamlNode& node, ReoffendingFigures& out) {
  if (!check_keys(r, node, "'cohort'", "sqs", "cohort")) return;
  const auto from = node["from"] ? r.year_month(node, "from") : std::nullopt;
  const auto to = node["to"] ? r.year_month(node, "to") : std::nullopt;
  if (from) out.cohort_from = *from;
  if (to) out.cohort_to = *to;
  if (from && to && precedes(to->value, from->value))
    r.error_at(to->pos, "dates-out-of-order", "the cohort cannot end before it starts ('to' is before 'from')");
}

void read_as_published(YamlReader& r, const YamlNode& node, ReoffendingFigures& out) {
  if (!check_keys(r, node, "'as_published'", "sqs", "as_published")) return;
  auto word = [&](const char* key, std::optional<Located<std::string>>& into) {
    if (auto w = r.text(node, key, false); w && check_word(r, *w, kComparisonWords, "comparison", "unknown-comparison"))
      into = *w;
  };
  word("previous_year", out.stated_previous_year);
  word("national", out.stated_national);
}

ReoffendingFigures read_reoffending(YamlReader& r, const YamlNode& node) {
  ReoffendingFigures f;
  if (!check_keys(r, node, "'reoffending'", "sqs", "reoffending")) return f;
  if (auto v = decimal(r, node, "rate", true)) f.rate = *v;
  if (auto v = decimal(r, node, "previous_year", true)) f.previous_year = *v;
  if (auto v = decimal(r, node, "national", true)) f.national = *v;
  if (node["cohort"]) read_cohort(r, node["cohort"], f);
  if (auto p = node["published"] ? r.year_month(node, "published") : std::nullopt) {
    f.published = *p;
    if (f.cohort_to.value.year && precedes(p->value, f.cohort_to.value))
      r.error_at(p->pos, "dates-out-of-order", "a reoffending rate cannot be published before its cohort ends");
  }
  if (auto v = r.words(node, "source", false)) f.source = v->value;
  if (node["as_published"]) read_as_published(r, node["as_published"], f);
  return f;
}

// Sections by key; the rules check the keys, their order and that none is missing.
std::vector<CommentarySection> read_commentary(YamlReader& r, const YamlNode& node) {
  std::vector<CommentarySection> sections;
  if (!node.IsMap()) {
    r.error(node, "wrong-type",
            "expected a map of section to paragraphs for 'commentary', found " + describe_node(node));
    return sections;
  }
  std::set<std::string> seen;
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    if (!seen.insert(key).second) {
      r.error(entry.first, "duplicate-key", "section '" + key + "' appears twice in 'commentary'");
      continue;
    }
    CommentarySection section;
    section.key = Located<std::string>{key, r.pos(entry.first)};
    section.paragraphs = r.markdown_list(node, key);
    if (entry.second.IsSequence() && section.paragraphs.empty())
      r.error(entry.second, "empty-list", "commentary section '" + key + "' needs at least one paragraph");
    sections.push_back(std::move(section));
  }
  return sections;
}

std::vector<CopyRecipient> read_copy_list(YamlReader& r, const YamlNode& node) {
  std::vector<CopyRecipient> rows;
  if (!r.check_sequence(node, "'copy_to'")) return rows;
  for (const auto& item : node) {
    if (!check_keys(r, item, "a copy list entry", "sqs", "copy_to")) continue;
    CopyRecipient row;
    if (auto v = r.words(item, "role", false)) row.role = v->value;
    row.names = r.string_list(item, "names");
    if (item["names"] && item["names"].IsSequence() && row.names.empty())
      r.error(item["names"], "empty-list", "a copy list entry needs at least one name");
    rows.push_back(std::move(row));
  }
  if (rows.empty() && node.IsSequence()) r.error(node, "empty-list", "the copy list needs at least one entry");
  return rows;
}

std::vector<MarkdownText> read_bullets(YamlReader& r, const YamlNode& root, const std::string& key) {
  if (!root[key]) return {};
  auto items = r.markdown_list(root, key);
  if (root[key] && root[key].IsSequence() && items.empty())
    r.error(root[key], "empty-list", "'" + key + "' needs at least one item");
  return items;
}

}  // namespace

}  // namespace quire::load_detail

namespace quire {

void SqsFamily::read(load_detail::YamlReader& r, const load_detail::YamlNode& root, Report& out) {
  using namespace load_detail;
  if (root["letter"]) out.letter = read_letter(r, root["letter"]);
  if (root["reoffending"]) out.reoffending = read_reoffending(r, root["reoffending"]);
  if (root["summary"]) out.summary = r.markdown(root, "summary");
  if (root["commentary"]) {
    out.commentary = read_commentary(r, root["commentary"]);
    out.commentary_pos = r.pos(root["commentary"]);
  }
  if (root["operational_management"]) out.operational_management = r.markdown(root, "operational_management");
  out.strengths = read_bullets(r, root, "strengths");
  out.improvements = read_bullets(r, root, "improvements");
  if (root["copy_to"]) out.copy_to = read_copy_list(r, root["copy_to"]);
}

}  // namespace quire
