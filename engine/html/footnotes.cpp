// The notes, at the end of the main content, each linking back to every place that cites it.
#include "html/writer.hpp"

namespace quire::html {

void Writer::footnotes() {
  if (document_.footnotes.empty()) return;
  out_.markup("<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n");
  out_.markup("<h2 id=\"footnotes-heading\">").text(words_.get("html.footnotes")).markup("</h2>\n<ol>\n");
  for (const auto& note : document_.footnotes) {
    out_.markup("<li").attr("id", "fn-" + std::to_string(note.number)).attr("value", std::to_string(note.number));
    out_.markup(">\n");
    // The back-links end the note's last paragraph, as a reader expects to find them.
    const bool ends_in_paragraph = !note.content.empty() && std::holds_alternative<doc::Paragraph>(note.content.back().body);
    for (std::size_t i = 0; i < note.content.size(); ++i) {
      if (i + 1 == note.content.size() && ends_in_paragraph) {
        const auto& p = std::get<doc::Paragraph>(note.content[i].body);
        out_.markup("<p");
        passage_language(p.content);
        out_.markup(">");
        inlines(p.content);
        back_links(note.number);
        out_.markup("</p>\n");
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
  for (const auto& id : found->second)
    out_.markup(" <a class=\"footnote-back\"").attr("href", "#" + id).attr("aria-label", said).markup(">\xE2\x86\xA9</a>");
}

}  // namespace quire::html
