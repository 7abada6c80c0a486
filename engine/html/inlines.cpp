// Inlines: emphasis, links, footnote references, rating badges and stars.
#include "doc/walk.hpp"
#include "html/writer.hpp"

namespace quire::html {

namespace {

// Links may only leave the page for the web or e-mail, or go to an anchor (the loader checks
// this too; a writer must not rely on its input for safety).
bool allowed_target(const std::string& t) {
  for (const char* prefix : {"https://", "http://", "mailto:", "#"})
    if (t.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

int badge_step(int number, int of) {
  if (number < 1 || of < 1 || number > of) return 0;
  if (of == 1) return 1;
  // Spread any scale over the four colour steps, best to worst.
  return 1 + ((number - 1) * 3 * 2 + (of - 1)) / (2 * (of - 1));
}

void Writer::inlines(const doc::Inlines& inlines) {
  for (const auto& in : inlines) inline_node(in);
}

void Writer::inline_node(const doc::Inline& in) {
  switch (in.kind) {
    case doc::InlineKind::text: out_.text(in.text); break;
    case doc::InlineKind::code: out_.markup("<code>").text(in.text).markup("</code>"); break;
    case doc::InlineKind::emphasis:
      out_.markup("<em");
      // A draft's "[heb ei gyfieithu]" opens a passage in the other language, but is the report's words.
      if (language_ != options_.language &&
          doc::plain_text(in.children) == "[" + words_.get("common.untranslated") + "]")
        out_.attr("lang", options_.language);
      out_.markup(">");
      inlines(in.children);
      out_.markup("</em>");
      break;
    case doc::InlineKind::strong:
      out_.markup("<strong>");
      inlines(in.children);
      out_.markup("</strong>");
      break;
    case doc::InlineKind::link: link(in); break;
    case doc::InlineKind::footnote_ref: footnote_ref(in); break;
    case doc::InlineKind::line_break: out_.markup("<br>\n"); break;
    case doc::InlineKind::badge: badge(in.children, in.number, in.of); break;
    case doc::InlineKind::stars: stars(in.number, in.of); break;
  }
}

void Writer::link(const doc::Inline& in) {
  if (!allowed_target(in.target)) {
    inlines(in.children);
    return;
  }
  // An anchor names a heading of this report: behind the report's prefix, like the heading's id.
  const bool internal = in.target.rfind('#', 0) == 0;
  out_.markup("<a").attr("href", internal ? "#" + id(in.target.substr(1)) : in.target).markup(">");
  inlines(in.children);
  out_.markup("</a>");
}

// A rating badge: its word, always written out, on a fill that follows its place on the scale.
// The colour only repeats what the word says.
void Writer::badge(const doc::Inlines& word, int number, int of) {
  if (of == 0) {
    const std::string text = doc::plain_text(word);
    const auto& scale = document_.meta.rating_scale;
    for (std::size_t i = 0; i < scale.size(); ++i)
      if (scale[i] == text) {
        number = static_cast<int>(i) + 1;
        of = static_cast<int>(scale.size());
      }
  }
  out_.markup("<strong").attr("class", "badge badge-" + std::to_string(badge_step(number, of))).markup(">");
  inlines(word);
  out_.markup("</strong>");
}

void Writer::stars(int number, int of) {
  const std::string said = words_.fill("html.stars", {{"number", std::to_string(number)}, {"of", std::to_string(of)}});
  out_.markup("<span class=\"stars\" role=\"img\"").attr("aria-label", said).markup(">");
  for (int i = 0; i < of; ++i) {
    if (i < number) out_.markup("\xE2\x98\x85");  // black star
    else out_.markup("\xE2\x98\x86");             // white star
  }
  out_.markup("</span>");
}

// A reference links to its note; each reference has its own id so the note can link back to it.
void Writer::footnote_ref(const doc::Inline& in) {
  auto& refs = footnote_refs_[in.number];
  std::string ref_id = id("fnref-" + std::to_string(in.number));
  if (!refs.empty()) ref_id += "-" + std::to_string(refs.size() + 1);
  refs.push_back(ref_id);
  out_.markup("<sup class=\"footnote-ref\"><a").attr("href", "#" + id("fn-" + std::to_string(in.number)));
  out_.attr("id", ref_id);
  out_.attr("aria-describedby", id("footnotes-heading")).markup(">").number(in.number).markup("</a></sup>");
}

}  // namespace quire::html
