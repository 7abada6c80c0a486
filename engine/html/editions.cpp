// A page holding the report in several languages (the bilingual edition). One h1 names the report
// in each language and every edition's headings go one level below it: assistive technology
// announces heading levels as written (no browser applies the HTML outline algorithm to nested
// <article>s), so a second h1 would read as a second document and break the one-h1 rule. Each
// edition is an <article> with its own `lang`, so each is spoken in its own language, and its ids
// carry its language ("cy-", "en-") so that no anchor or note is repeated.
#include "doc/walk.hpp"
#include "html/html.hpp"
#include "html/page.hpp"
#include "html/writer.hpp"

namespace quire::html {

namespace {

// "en-GB" -> "en": an edition's id on the page, and the prefix of every id inside it.
std::string edition_id(const Edition& e) {
  const std::string& tag = e.options.language;
  return tag.substr(0, tag.find('-'));
}

Scope scope_of(const Edition& e) { return Scope{edition_id(e) + "-", 1}; }

// The anchor of the heading that introduces the contents list ("Contents"), or "".
std::string contents_anchor(const doc::Document& d) {
  std::string heading;
  bool found = false;
  doc::for_each_block(d.blocks, [&](const doc::Block& b, int) {
    if (found) return;
    if (const auto* h = std::get_if<doc::Heading>(&b.body)) heading = h->anchor;
    found = std::holds_alternative<doc::Contents>(b.body);
  });
  return found ? heading : std::string();
}

// Where a link to an edition goes: its contents, else its start.
std::string target_of(const Edition& e) {
  const std::string contents = contents_anchor(*e.document);
  return "#" + (contents.empty() ? edition_id(e) : scope_of(e).id_prefix + contents);
}

// A link to edition `e`, in its own language and words.
void edition_link(Out& out, const Edition& e, const std::string& label_key) {
  out.markup("<a").attr("href", target_of(e)).attr("lang", e.options.language).attr("hreflang", e.options.language);
  out.markup(">").text(Words(e.options.labels).get(label_key)).markup("</a>");
}

// The page's banner: the report's title in every language and the switch between them.
void banner(Out& out, const std::vector<Edition>& editions, const Words& words) {
  out.markup("<header class=\"editions-header\">\n<h1>");
  for (std::size_t i = 0; i < editions.size(); ++i) {
    if (i > 0) out.markup(" <span class=\"title-separator\" aria-hidden=\"true\">/</span> ");
    out.markup("<span").attr("lang", editions[i].options.language).markup(">");
    out.text(editions[i].document->meta.title).markup("</span>");
  }
  out.markup("</h1>\n<nav class=\"language-switch\"").attr("aria-label", words.get("html.languages"));
  out.markup(">\n<ul>\n");
  for (const auto& e : editions) {
    out.markup("<li>");
    edition_link(out, e, "html.language_name");
    out.markup("</li>\n");
  }
  out.markup("</ul>\n</nav>\n</header>\n");
}

// One edition, opening with a link to each other edition's contents ("Read this report in English").
void article(Out& out, const std::vector<Edition>& editions, std::size_t at) {
  const Edition& e = editions[at];
  out.markup("<article class=\"edition\"").attr("id", edition_id(e)).attr("lang", e.options.language);
  out.attr("aria-label", e.document->meta.title).markup(">\n");
  for (std::size_t other = 0; other < editions.size(); ++other) {
    if (other == at) continue;
    out.markup("<p class=\"edition-switch\">");
    edition_link(out, editions[other], "html.read_this_edition");
    out.markup("</p>\n");
  }
  Writer(out, *e.document, e.options, scope_of(e)).edition();
  out.markup("</article>\n");
}

}  // namespace

std::string editions_title(const std::vector<Edition>& editions) {
  std::string title;
  for (const auto& e : editions) title += (title.empty() ? "" : " / ") + e.document->meta.title;
  return title;
}

void write_editions(Out& out, const std::vector<Edition>& editions) {
  banner(out, editions, Words(editions.front().options.labels));
  out.markup("<main id=\"main\">\n");
  for (std::size_t i = 0; i < editions.size(); ++i) article(out, editions, i);
  out.markup("</main>\n");
}

std::string write_editions_html(const std::vector<Edition>& editions) {
  Out out;
  if (editions.empty()) return out.take();
  const Edition& first = editions.front();
  open_page(out, first.options.language, editions_title(editions), &first.document->meta, Words(first.options.labels));
  write_editions(out, editions);
  close_page(out);
  return out.take();
}

}  // namespace quire::html
