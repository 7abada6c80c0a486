#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/dispatch.hpp"
#include "i18n/collation.hpp"
#include "render_md/markdown_escape.hpp"
#include "render_md/views.hpp"

namespace quire::render_detail {

std::string ViewHelpers::label(const std::string& key) const {
  if (const Label* l = in_.labels.find(key)) return l->text;
  diags_.error(SourcePos{in_.labels.file(), 0, 0}, "missing-label",
               "the catalogue has no label '" + key + "' for language '" + in_.labels.language() + "'");
  return {};
}

std::string ViewHelpers::rating_word(const std::string& rating) const { return label("rating." + rating); }

Data ViewHelpers::markdown_items(const std::vector<MarkdownText>& items) const {
  Data list{Data::type::list};
  for (const auto& item : items) list.push_back(Data("text", item.text));
  return list;
}

std::string ViewHelpers::block_quoted(const std::string& markdown) {
  std::string out = ">";
  bool line_start = true;
  for (const char c : markdown) {
    if (line_start && c != '\n') out += ' ';
    line_start = c == '\n';
    out += c;
    if (line_start) out += '>';
  }
  while (!out.empty() && (out.back() == '>' || out.back() == '\n')) out.pop_back();
  return out;
}

std::string ViewHelpers::decimal(double value) {
  char buf[32];
  if (std::fabs(value - std::round(value)) < 1e-9)
    std::snprintf(buf, sizeof buf, "%.0f", value);
  else
    std::snprintf(buf, sizeof buf, "%.1f", value);
  return buf;
}

Data ViewHelpers::glossary_rows() const {
  struct Row {
    std::string key;
    Data data;
  };
  std::vector<Row> ordered;
  const std::string family = family_name(in_.inspection.family);
  for (const auto& id : in_.inspection.glossary) {
    const GlossaryTerm* term = in_.glossary.find(id.value);
    if (!term) continue;  // reported by check_glossary_selection
    const auto wording = in_.glossary.wording_for(*term, family, in_.labels.language());
    if (!wording) {
      diags_.error(id.pos, "missing-translation",
                   "glossary term '" + id.value + "' has no " + in_.labels.language() + " wording");
      continue;
    }
    Data row;
    row.set("term", markdown_for_table_cell(wording->term));
    row.set("definition", markdown_for_table_cell(wording->definition));
    ordered.push_back({collation_key(wording->term, in_.labels.language()), row});
  }
  // Every edition sorts by its own alphabet, whatever order the data lists the terms in.
  std::stable_sort(ordered.begin(), ordered.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  Data rows{Data::type::list};
  for (const auto& r : ordered) rows.push_back(r.data);
  return rows;
}

namespace {

// A translation no translator has reviewed is a draft translation, and the report says so
// (templates/shared/translation-notice). Reports are written in English first, so an edition in
// another language is a translation unless the data records its review.
bool is_draft_translation(const RenderInputs& in) {
  const std::string& language = in.labels.language();
  const auto status = in.inspection.translations.find(language);
  if (status != in.inspection.translations.end()) return status->second.value == "unreviewed";
  return language != "en";
}

}  // namespace

Data build_view(const RenderInputs& in, Diagnostics& diags) {
  const ViewHelpers helpers(in, diags);
  Data view = dispatch(in.run, [&](const auto& run) { return family_view(helpers, run); });
  view.set("draft", in.draft);
  const int stand_ins = in.inspection.typed_stand_ins;
  view.set("has_draft_stand_ins", in.draft && stand_ins > 0);
  view.set("draft_stand_ins", std::to_string(stand_ins));
  view.set("draft_stand_in_one", stand_ins == 1);
  view.set("draft_translation", is_draft_translation(in));
  return view;
}

}  // namespace quire::render_detail
