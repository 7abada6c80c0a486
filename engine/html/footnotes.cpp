// The notes, at the end of the main content, each linking back to every place that cites it.
#include "html/writer.hpp"

namespace quire::html {

void Writer::footnotes() {
  if (document_.footnotes.empty()) return;
  // Under the report's own h1: one level below it, wherever the report sits.
  const bool h3 = scope_.heading_shift > 0;
  out_.markup("<section class=\"footnotes\"").attr("aria-labelledby", id("footnotes-heading")).markup(">\n");
  out_.markup(h3 ? "<h3" : "<h2").attr("id", id("footnotes-heading")).markup(">").text(words_.get("html.footnotes"));
  out_.markup(h3 ? "</h3>\n<ol>\n" : "</h2>\n<ol>\n");
  for (const auto& note : document_.footnotes) {
    out_.markup("<li").attr("id", id("fn-" + std::to_string(note.number))).attr("value", std::to_string(note.number));
    out_.markup(">\n");
    // The back-links end the note's last paragraph, as a reader expects to find them.
    const bool ends_in_paragraph = !note.content.empty() && std::holds_alternative<doc::Paragraph>(note.content.back().body);
    for (std::size_t i = 0; i < note.content.size(); ++i) {
      if (i + 1 == note.content.size() && ends_in_paragraph) {
        const auto& p = std::get<doc::Paragraph>(note.content[i].body);
        const std::string around = enter_language(note.content[i]);
        out_.markup("<p");
        language_attribute();
        out_.markup(">");
        inlines(p.content);
        back_links(note.number);
        out_.markup("</p>\n");
        language_ = around;
      } else {
        block(note.content[i]);
      }
    }
    if (!ends_in_paragraph) back_links(note.number);
    out_.markup("</li>\n");
  }
  out_.markup("</ol>\n</section>\n");
}

void Writer::back_links(int number) {
  const auto found = footnote_refs_.find(number);
  if (found == footnote_refs_.end()) return;
  const std::string said = words_.fill("html.back_to_reference", {{"number", std::to_string(number)}});
  for (const auto& ref : found->second) {
    out_.markup(" <a class=\"footnote-back\"").attr("href", "#" + ref).attr("aria-label", said);
    // The label is the report's words, even at the end of a note in the other language.
    if (language_ != options_.language) out_.attr("lang", options_.language);
    out_.markup(">\xE2\x86\xA9</a>");
  }
}

}  // namespace quire::html
