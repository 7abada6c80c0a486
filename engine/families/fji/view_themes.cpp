// The view of each FJI theme: its score sentence, key findings, the explanation of findings with
// numbered paragraphs and call-outs, the summary and the Data Summary chart.
#include "families/fji/view.hpp"
#include "render_md/markdown_escape.hpp"

namespace quire::render_detail {

namespace {

const char* kind_key(CalloutKind kind) {
  switch (kind) {
    case CalloutKind::effective_practice: return "effective_practice";
    case CalloutKind::young_person: return "young_person";
    case CalloutKind::case_illustration: return "case_illustration";
    case CalloutKind::quotes: return "quotes";
  }
  return "quotes";
}

// The call-out kinds of the document model (quote, example, case, comment) each FJI kind is shown as.
const char* callout_kind(CalloutKind kind) {
  switch (kind) {
    case CalloutKind::effective_practice: return "example";
    case CalloutKind::young_person: return "comment";
    case CalloutKind::case_illustration: return "case";
    case CalloutKind::quotes: return "quote";
  }
  return "quote";
}

Data callout_view(const ViewHelpers& h, const FjiCallout& c) {
  const std::string kind = h.label(std::string("fji.callout.") + kind_key(c.kind));
  std::string heading = kind;
  if (c.title)
    heading = kind.empty() ? escape_markdown(c.title->value)
                           : fill_label(h, "fji.callout.with_title", {{"kind_heading", kind}, {"title", c.title->value}});
  Data d;
  d.set("kind", std::string(kind_key(c.kind)));
  d.set("callout_kind", std::string(callout_kind(c.kind)));
  d.set("heading", heading);
  d.set("quoted", ViewHelpers::block_quoted(c.text.text));
  return d;
}

// Paragraphs are numbered within their subsection (1.1, 1.2 ...); call-outs are not.
Data subsection_view(const ViewHelpers& h, int number, const std::string& key, const FjiSubsection& s) {
  Data d;
  d.set("number", std::to_string(number));
  d.set("title", h.label("fji.section." + key));
  Data blocks{Data::type::list};
  int paragraph = 0;
  for (const auto& b : s.blocks) {
    Data block;
    block.set("paragraph", false);
    block.set("callout", false);
    if (const auto* text = std::get_if<MarkdownText>(&b)) {
      Data p;
      p.set("number", std::to_string(number) + "." + std::to_string(++paragraph));
      p.set("text", text->text);
      block.set("paragraph", p);
    } else {
      block.set("callout", callout_view(h, std::get<FjiCallout>(b)));
    }
    blocks.push_back(block);
  }
  d.set("blocks", blocks);
  return d;
}

Data key_findings(const std::vector<MarkdownText>& findings) {
  Data list{Data::type::list};
  int number = 0;
  for (const auto& f : findings) {
    Data item;
    item.set("number", std::to_string(++number));
    item.set("text", f.text);
    list.push_back(item);
  }
  return list;
}

// The Data Summary as a chart specification: the PDF draws it, Markdown prints it as a table.
Data chart_view(const ViewHelpers& h, const FjiThemeRule& rule, const FjiThemeScore& score) {
  Data chart;
  chart.set("title", h.label("fji.theme." + rule.key + ".name"));
  chart.set("question_axis", h.label("fji.data_summary.question_axis"));
  chart.set("value_axis", h.label("fji.data_summary.value_axis"));
  chart.set("max", std::string("100"));
  Data bars{Data::type::list};
  for (const auto& q : score.questions) {
    if (!q.percent) continue;  // no case answered yes or no, and nothing published
    Data bar;
    bar.set("label", h.label("fji.question." + q.id));
    bar.set("value", std::to_string(*q.percent));
    bars.push_back(bar);
  }
  chart.set("has_bars", !bars.is_empty_list());
  chart.set("bars", bars);
  return chart;
}

Data theme_view(const ViewHelpers& h, const FjiThemeRule& rule, const FjiThemeData& data, const FjiThemeScore& score) {
  const std::string prefix = "fji.theme." + rule.key + ".";
  Data t;
  t.set("number", std::to_string(rule.number));
  t.set("heading", fji_theme_heading(h, rule));
  t.set("name", h.label(prefix + "name"));
  t.set("expect_text", h.label(prefix + "expect_text"));
  t.set("summary_subject", h.label(prefix + "summary_subject"));
  t.set("scored", !rule.judged);
  if (!rule.judged) t.set("score_subject", h.label(prefix + "score_subject"));
  t.set("percent", std::to_string(score.percent));
  t.set("descriptor_word", h.label("fji.descriptor." + score.final_descriptor + ".word"));
  t.set("descriptor_in_sentence", h.label("fji.descriptor." + score.final_descriptor + ".in_sentence"));
  // Moderation is shown where it moved the descriptor, so a reader sees what the cases alone gave.
  const bool moderated = score.moderation && score.computed != score.final_descriptor;
  t.set("moderated", moderated);
  t.set("computed_word", moderated ? h.label("fji.descriptor." + score.computed + ".word") : std::string());
  t.set("moderation", moderated && data.moderation ? data.moderation->text : std::string());
  t.set("key_findings", key_findings(data.key_findings));
  Data subsections{Data::type::list};
  for (std::size_t i = 0; i < rule.sections.size() && i < data.explanation.size(); ++i)
    subsections.push_back(subsection_view(h, static_cast<int>(i) + 1, rule.sections[i], data.explanation[i]));
  t.set("subsections", subsections);
  t.set("summary", data.summary.text);
  t.set("front_summary", data.front_summary().text);
  t.set("chart", chart_view(h, rule, score));
  return t;
}

}  // namespace

std::string fji_theme_heading(const ViewHelpers& h, const FjiThemeRule& rule) {
  return fill_label(h, "fji.theme.heading",
                    {{"number", std::to_string(rule.number)}, {"name", h.label("fji.theme." + rule.key + ".name")}});
}

Data fji_themes(const ViewHelpers& h) {
  Data list{Data::type::list};
  for (const auto& rule : fji_run(h).rules.themes) {
    const FjiThemeData* data = fji_report(h).find_theme(rule.number);
    const FjiThemeScore* score = fji_run(h).scores.find(rule.number);
    if (data && score) list.push_back(theme_view(h, rule, *data, *score));
  }
  return list;
}

}  // namespace quire::render_detail
