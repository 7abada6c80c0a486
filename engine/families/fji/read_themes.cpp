// Reads an FJI theme: published figures, descriptor and moderation, key findings, the explanation of
// findings (numbered paragraphs with call-outs among them) and the summary.
#include "base/text.hpp"
#include "families/fji/read.hpp"
#include "load/family_readers.hpp"
#include "load/key_check.hpp"

namespace quire::load_detail {

namespace {

struct KindName {
  CalloutKind kind;
  const char* name;
};
constexpr KindName kKinds[] = {{CalloutKind::effective_practice, "effective_practice"},
                               {CalloutKind::young_person, "young_person"},
                               {CalloutKind::case_illustration, "case_illustration"},
                               {CalloutKind::quotes, "quotes"}};

std::optional<CalloutKind> read_kind(YamlReader& r, const YamlNode& map) {
  auto name = r.text(map, "callout");
  if (!name) return std::nullopt;
  std::vector<std::string> names;
  for (const auto& k : kKinds) names.push_back(k.name);
  r.accept_words(names);
  for (const auto& k : kKinds)
    if (name->value == k.name) return k.kind;
  std::string message = "unknown call-out '" + printable(name->value) + "'; expected one of effective_practice, young_person, "
                        "case_illustration, quotes";
  if (auto near = closest_match(name->value, names)) message += "; did you mean '" + *near + "'?";
  r.error_at(name->pos, "unknown-callout", message);
  return std::nullopt;
}

// A block is a paragraph (Markdown text) or a call-out {callout: KIND, title: ..., text: ...}.
std::optional<FjiBlock> read_block(YamlReader& r, const YamlNode& node) {
  if (!node.IsMap() || is_language_map(node)) return FjiBlock{r.markdown_of(node, "a paragraph")};
  if (!check_keys(r, node, "a call-out", "fji", "callout")) return std::nullopt;
  FjiCallout callout;
  callout.pos = r.pos(node);
  const auto kind = read_kind(r, node);
  if (auto title = r.words(node, "title", false)) callout.title = *title;
  callout.text = r.markdown(node, "text");
  if (!kind) return std::nullopt;
  callout.kind = *kind;
  if (callout.kind == CalloutKind::quotes && !callout.title)
    r.error(node, "missing-key", "a 'quotes' call-out has no heading of its own: give its 'title'");
  return FjiBlock{std::move(callout)};
}

std::vector<FjiSubsection> read_explanation(YamlReader& r, const YamlNode& node) {
  std::vector<FjiSubsection> subsections;
  if (!r.check_sequence(node, "'explanation'")) return subsections;
  for (const auto& s : node) {
    FjiSubsection subsection;
    subsection.pos = r.pos(s);
    if (r.check_sequence(s, "a subsection of 'explanation' (a list of paragraphs and call-outs)"))
      for (const auto& b : s)
        if (auto block = read_block(r, b)) subsection.blocks.push_back(std::move(*block));
    if (s.IsSequence() && subsection.blocks.empty())
      r.error(s, "empty-list", "a subsection of 'explanation' needs at least one paragraph");
    subsections.push_back(std::move(subsection));
  }
  return subsections;
}

std::map<std::string, Located<int>> read_question_scores(YamlReader& r, const YamlNode& node) {
  std::map<std::string, Located<int>> scores;
  if (!node.IsMap()) {
    r.error(node, "wrong-type",
            "expected a map of question to published percentage for 'question_scores', found " + describe_node(node));
    return scores;
  }
  for (const auto& entry : node)
    if (auto p = r.integer_of(entry.second, "the published score of question " + entry.first.Scalar(), 0, 100))
      scores[entry.first.Scalar()] = *p;
  return scores;
}

}  // namespace

FjiThemeData read_fji_theme(YamlReader& r, const YamlNode& node) {
  FjiThemeData theme;
  if (!check_keys(r, node, "a theme", "fji", "theme")) return theme;
  if (auto n = r.integer(node, "number", 1, 20)) theme.number = *n;
  if (auto s = r.integer(node, "case_score", 0, 100, false)) theme.case_score = *s;
  if (node["question_scores"]) theme.question_scores = read_question_scores(r, node["question_scores"]);
  if (auto d = r.text(node, "descriptor", false)) theme.descriptor = *d;
  if (node["moderation"]) theme.moderation = r.markdown(node, "moderation");
  if (node["overview"]) theme.overview = r.markdown(node, "overview");
  theme.key_findings = read_items(r, node, "key_findings", "key finding");
  if (node["explanation"]) {
    theme.explanation_pos = r.pos(node["explanation"]);
    theme.explanation = read_explanation(r, node["explanation"]);
  }
  theme.summary = r.markdown(node, "summary");
  return theme;
}

}  // namespace quire::load_detail
