#include "render_md/render.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>

#include "base/text.hpp"
#include "render_md/glossary_use.hpp"
#include "render_md/markdown_escape.hpp"
#include "render_md/strict_context.hpp"
#include "render_md/template_set.hpp"
#include "render_md/views.hpp"

namespace quire {

using render_detail::Data;

std::vector<std::string> template_footnote_ids(const std::filesystem::path& templates_root, Family family) {
  Diagnostics ignored;  // unreadable templates are reported when the report is rendered
  const auto templates = TemplateSet::load(templates_root, family_name(family), ignored);
  return templates ? templates->footnote_definitions() : std::vector<std::string>{};
}

namespace {

// Renders the family's "report" template over `view`, reporting every unresolved name.
std::optional<std::string> render_view(const TemplateSet& templates, const Data& view, const Catalogue& labels,
                                       Diagnostics& diags) {
  const std::string* main = templates.find("report");
  if (!main) {
    diags.error(SourcePos{}, "no-templates", "the family has no 'report.mustache' template");
    return std::nullopt;
  }
  kainjow::mustache::mustache tmpl(*main);
  if (!tmpl.is_valid()) {
    diags.error(templates.position("report", 0), "template-syntax", "invalid template: " + tmpl.error_message());
    return std::nullopt;
  }
  tmpl.set_custom_escape([](const std::string& s) { return escape_markdown(s); });
  render_detail::StrictContext context(&view, templates, labels);
  std::string out = tmpl.render(context);
  if (!tmpl.is_valid()) {
    diags.error(templates.position("report", 0), "template-syntax", "invalid template: " + tmpl.error_message());
    return std::nullopt;
  }
  for (const auto& key : context.missing_keys())
    diags.error(templates.locate_tag(key), "template-missing-key",
                "the template names '" + key + "', which the data for this report does not have");
  for (const auto& name : context.missing_partials())
    diags.error(templates.locate_tag(name), "template-missing-partial",
                "the template includes '" + name + "', which is neither a template nor a label in " + labels.file());
  if (!context.missing_keys().empty() || !context.missing_partials().empty()) return std::nullopt;
  return out;
}

// Names a template or label includes as partials ({{> name}}). Scanned by hand: std::regex
// recurses per character and a long run could overflow the stack.
std::vector<std::string> partials_named(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t at = text.find("{{>"); at != std::string_view::npos; at = text.find("{{>", at + 1)) {
    std::size_t i = at + 3;
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    const std::size_t name_start = i;
    while (i < text.size() && !is_ascii_space(text[i]) && text[i] != '}') ++i;
    const std::size_t name_end = i;
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    if (name_end > name_start && text.substr(i, 2) == "}}") names.emplace_back(text.substr(name_start, name_end - name_start));
  }
  return names;
}

// A loop of partials (a includes b includes a) would recurse without end: find one before rendering.
std::optional<std::string> partial_loop(const TemplateSet& templates, const Catalogue& labels) {
  std::map<std::string, int> state;  // 1 = on the current path, 2 = done
  std::vector<std::string> path;
  std::function<std::optional<std::string>(const std::string&)> visit = [&](const std::string& name) -> std::optional<std::string> {
    const std::string* text = templates.find(name);
    const Label* label = text ? nullptr : labels.find(name);
    if (!text && !label) return std::nullopt;
    if (state[name] == 2) return std::nullopt;
    path.push_back(name);
    if (state[name] == 1) {
      std::string loop;
      for (auto it = std::find(path.begin(), path.end(), name); it != path.end(); ++it) loop += (loop.empty() ? "" : " -> ") + *it;
      return loop;
    }
    state[name] = 1;
    for (const auto& next : partials_named(text ? *text : label->text))
      if (auto loop = visit(next)) return loop;
    state[name] = 2;
    path.pop_back();
    return std::nullopt;
  };
  return visit("report");
}

// Collapses runs of blank lines left by sections that rendered nothing, and ends with one newline.
std::string tidy_blank_lines(const std::string& markdown) {
  std::string out;
  out.reserve(markdown.size());
  int newlines = 0;
  for (const char c : markdown) {
    if (c == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    out += c;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  std::size_t start = 0;
  while (start < out.size() && out[start] == '\n') ++start;
  return out.substr(start) + "\n";
}

}  // namespace

namespace {

// The framework's own template folder, when its rules name one.
std::string framework_templates(const FamilyRun& run) {
  const DomainRules* framework = framework_rules(run);
  return framework ? framework->templates : std::string();
}

std::optional<TemplateSet> load_templates(const RenderInputs& in, Diagnostics& diags) {
  return TemplateSet::load(in.templates_root, family_name(in.inspection.family), diags, framework_templates(in.run));
}

std::optional<std::string> render_with(const RenderInputs& in, const TemplateSet& templates, Diagnostics& diags) {
  if (auto loop = partial_loop(templates, in.labels)) {
    diags.error(templates.position("report", 0), "template-partial-loop", "template partials include each other in a loop: " + *loop);
    return std::nullopt;
  }
  const std::size_t errors_before = diags.error_count();
  const Data view = render_detail::build_view(in, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  auto markdown = render_view(templates, view, in.labels, diags);
  if (!markdown) return std::nullopt;
  std::string tidy = tidy_blank_lines(*markdown);
  warn_unused_glossary_terms(in, tidy, diags);
  return tidy;
}

}  // namespace

std::optional<std::string> render_markdown_with_report(const RenderInputs& in, const std::string& report_template,
                                                       Diagnostics& diags) {
  auto templates = load_templates(in, diags);
  if (!templates) return std::nullopt;
  templates->set("report", report_template);
  return render_with(in, *templates, diags);
}

std::optional<std::string> render_markdown(const RenderInputs& in, Diagnostics& diags) {
  const auto templates = load_templates(in, diags);
  if (!templates) return std::nullopt;
  return render_with(in, *templates, diags);
}

}  // namespace quire
