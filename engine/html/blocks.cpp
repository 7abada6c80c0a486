// The report's landmarks and its blocks.
#include <algorithm>
#include <type_traits>
#include <utility>

#include "html/writer.hpp"

namespace quire::html {

namespace {

bool is_region(const doc::Block& b, std::initializer_list<const char*> names) {
  const auto* r = std::get_if<doc::Region>(&b.body);
  if (!r) return false;
  for (const char* name : names)
    if (r->name == name) return true;
  return false;
}

// Where a top-level block goes on the page: the title area, the body, or the closing notes.
bool in_header(const doc::Block& b) { return is_region(b, {"cover", "letterhead"}); }
bool in_footer(const doc::Block& b) { return is_region(b, {"inside-cover", "back-cover"}); }

}  // namespace

Writer::Writer(Out& out, const doc::Document& document, const Options& options, Scope scope)
    : out_(out), document_(document), options_(options), scope_(std::move(scope)), words_(options.labels),
      language_(options.language) {}

void Writer::report() {
  const bool header = std::any_of(document_.blocks.begin(), document_.blocks.end(), in_header);
  if (header) {
    out_.markup("<header class=\"report-header\">\n");
    draft_banner();
    header_blocks();
    out_.markup("</header>\n");
  }
  out_.markup("<main id=\"main\">\n");
  if (!header) draft_banner();
  body_blocks();
  footnotes();
  out_.markup("</main>\n");
  footer_blocks();
}

// Inside an <article>, <header> and <footer> are no landmarks: the page's own are the only ones.
void Writer::edition() {
  out_.markup("<header class=\"report-header\">\n");
  draft_banner();
  header_blocks();
  out_.markup("</header>\n<div class=\"report-body\">\n");
  body_blocks();
  footnotes();
  out_.markup("</div>\n");
  footer_blocks();
}

void Writer::header_blocks() {
  for (const auto& b : document_.blocks)
    if (in_header(b)) block(b);
}

void Writer::body_blocks() {
  for (const auto& b : document_.blocks)
    if (!in_header(b) && !in_footer(b)) block(b);
}

void Writer::footer_blocks() {
  if (std::none_of(document_.blocks.begin(), document_.blocks.end(), in_footer)) return;
  out_.markup("<footer class=\"report-footer\">\n");
  for (const auto& b : document_.blocks)
    if (in_footer(b)) block(b);
  out_.markup("</footer>\n");
}

std::string Writer::enter_language(const doc::Block& b) {
  std::string around = language_;
  pending_language_ = !b.language.empty() && b.language != language_ ? b.language : std::string();
  if (!b.language.empty()) language_ = b.language;
  return around;
}

void Writer::language_attribute() {
  if (!pending_language_.empty()) out_.attr("lang", pending_language_);
  pending_language_.clear();
}

void Writer::draft_banner() {
  if (!options_.draft) return;
  // The templates' own draft notice where they write one ("Draft — not for publication").
  const std::string& notice = document_.meta.draft_notice;
  out_.markup("<p class=\"draft-banner\"><strong>").text(notice.empty() ? words_.get("common.draft") : notice);
  out_.markup("</strong></p>\n");
}

void Writer::blocks(const doc::Blocks& blocks) {
  for (const auto& b : blocks) block(b);
}

void Writer::block(const doc::Block& b) {
  const std::string around = enter_language(b);
  std::visit(
      [&](const auto& body) {
        using T = std::decay_t<decltype(body)>;
        if constexpr (std::is_same_v<T, doc::Paragraph>) paragraph(body);
        else if constexpr (std::is_same_v<T, doc::Heading>) heading(body);
        else if constexpr (std::is_same_v<T, doc::List>) list(body);
        else if constexpr (std::is_same_v<T, doc::Quote>) quote(body);
        else if constexpr (std::is_same_v<T, doc::Table>) table(body);
        else if constexpr (std::is_same_v<T, doc::Chart>) chart(body);
        else if constexpr (std::is_same_v<T, doc::Contents>) contents(body);
        else if constexpr (std::is_same_v<T, doc::ThematicBreak>) out_.markup("<hr>\n");
        else if constexpr (std::is_same_v<T, doc::PageBreak>) out_.markup("<div class=\"page-break\"></div>\n");
        else if constexpr (std::is_same_v<T, doc::Region>) region(body);
      },
      b.body);
  pending_language_.clear();  // a rule or page break has no tag to carry it
  language_ = around;
}

void Writer::paragraph(const doc::Paragraph& p) {
  out_.markup("<p");
  language_attribute();
  out_.markup(">");
  inlines(p.content);
  out_.markup("</p>\n");
}

void Writer::heading(const doc::Heading& h) {
  static const char open[6][4] = {"<h1", "<h2", "<h3", "<h4", "<h5", "<h6"};
  static const char close[6][7] = {"</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"};
  const int level = std::clamp(h.level + scope_.heading_shift, 1, 6);
  out_.markup(open[level - 1]);
  if (!h.anchor.empty()) out_.attr("id", id(h.anchor));
  language_attribute();
  out_.markup(">");
  inlines(h.content);
  out_.markup(close[level - 1]);
}

void Writer::list(const doc::List& l) {
  if (l.ordered) {
    out_.markup("<ol");
    if (l.start != 1) out_.attr("start", std::to_string(l.start));
  } else {
    out_.markup("<ul");
  }
  language_attribute();
  out_.markup(">\n");
  for (const auto& item : l.items) {
    out_.markup("<li>");
    // A tight list's items are bare text, as cmark writes them.
    if (l.tight && item.size() == 1 && std::holds_alternative<doc::Paragraph>(item[0].body)) {
      const auto& p = std::get<doc::Paragraph>(item[0].body);
      const std::string around = enter_language(item[0]);
      out_.markup("<span");
      language_attribute();
      out_.markup(">");
      inlines(p.content);
      out_.markup("</span>");
      language_ = around;
    } else {
      out_.markup("\n");
      blocks(item);
    }
    out_.markup("</li>\n");
  }
  if (l.ordered) out_.markup("</ol>\n");
  else out_.markup("</ul>\n");
}

// Quoted words are block quotes; practice examples and case illustrations stand aside from the
// text, labelled by their kind and number ("Case illustration 2") so each landmark has its own name.
void Writer::quote(const doc::Quote& q) {
  if (q.kind == "example" || q.kind == "case") {
    const std::string name = words_.get("html.callout." + q.kind) + " " + std::to_string(++callouts_[q.kind]);
    out_.markup("<aside class=\"callout\"").attr("aria-label", name);
    language_attribute();
    out_.markup(">\n");
    blocks(q.content);
    out_.markup("</aside>\n");
    return;
  }
  out_.markup("<blockquote class=\"callout\"");
  if (q.kind == "comment") out_.attr("aria-label", words_.get("html.callout.comment"));
  language_attribute();
  out_.markup(">\n");
  blocks(q.content);
  out_.markup("</blockquote>\n");
}

void Writer::contents(const doc::Contents& c) {
  out_.markup("<nav class=\"contents\"").attr("aria-label", words_.get("common.contents"));
  language_attribute();
  out_.markup(">\n");
  std::size_t at = 0;
  const int outer = c.entries.empty() ? 1 : c.entries.front().level;
  contents_entries(c.entries, at, outer);
  out_.markup("</nav>\n");
}

// The entries from `at` at `level` and deeper, as nested lists.
void Writer::contents_entries(const std::vector<doc::ContentsEntry>& entries, std::size_t& at, int level) {
  out_.markup("<ul>\n");
  while (at < entries.size() && entries[at].level >= level) {
    const auto& e = entries[at++];
    out_.markup("<li><a").attr("href", "#" + id(e.anchor)).markup(">");
    inlines(e.title);
    out_.markup("</a>");
    if (at < entries.size() && entries[at].level > level) {
      out_.markup("\n");
      contents_entries(entries, at, entries[at].level);
    }
    out_.markup("</li>\n");
  }
  out_.markup("</ul>\n");
}

void Writer::region(const doc::Region& r) {
  out_.markup("<div").attr("class", "region-" + r.name);
  language_attribute();
  out_.markup(">\n");
  blocks(r.content);
  out_.markup("</div>\n");
}

}  // namespace quire::html
