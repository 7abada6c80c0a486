// Blocks, regions and block markers. Inlines and tables are in inlines.cpp and tables.cpp.
#include "markdown/document.hpp"

#include <algorithm>
#include <set>

#include "base/text.hpp"
#include "doc/walk.hpp"
#include "markdown/builder.hpp"
#include "markdown/cmark_util.hpp"

namespace quire {

namespace markdown_detail {

namespace {

const std::set<std::string> kRegions = {"cover", "inside-cover", "back-cover", "letterhead", "numbered"};
const std::set<std::string> kNextBlock = {"contents", "chart", "callout", "table", "rating"};
const std::set<std::string> kMetadata = {"title",  "author", "subject",       "keywords",    "date",
                                         "header", "footer", "chapter-level", "watermark", "draft-notice"};
const std::set<std::string> kCalloutKinds = {"quote", "example", "case", "comment"};

std::string block_name(const doc::Block& block) {
  static const char* names[] = {"a paragraph", "a heading", "a list",        "a block quote", "a table",
                                "a chart",     "contents",  "a rule",        "a page break",  "a region"};
  return names[block.body.index()];
}

bool valid_date(const std::string& d) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    return at + n <= d.size() && std::all_of(d.begin() + static_cast<long>(at), d.begin() + static_cast<long>(at + n),
                                             [](char c) { return c >= '0' && c <= '9'; });
  };
  if (d.size() != 7 && d.size() != 10) return false;
  if (!digits(0, 4) || d[4] != '-' || !digits(5, 2)) return false;
  return d.size() == 7 || (d[7] == '-' && digits(8, 2));
}

}  // namespace

void Builder::error(int line, const std::string& code, const std::string& message) {
  diags_.error(SourcePos{source_, line, line > 0 ? 1 : 0}, code, message);
}

doc::Document Builder::build(cmark_node* root) {
  find_passages(root);
  document_.blocks = blocks(root);
  footnotes(root);
  if (document_.meta.title.empty())
    for (const auto* h : doc::headings(document_))
      if (h->level == 1) {
        document_.meta.title = doc::plain_text(h->content);
        break;
      }
  doc::assign_anchors(document_);
  return std::move(document_);
}

doc::Blocks Builder::blocks(cmark_node* parent) {
  doc::Blocks out;
  std::vector<OpenRegion> open;
  auto target = [&]() -> doc::Blocks& { return open.empty() ? out : open.back().region.content; };
  for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
    const auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_FOOTNOTE_DEFINITION) continue;
    if (type == CMARK_NODE_HTML_BLOCK) {
      html_block(node, open, out);
      continue;
    }
    // A marker applies to this block, not to blocks inside it: take it before converting.
    std::optional<Pending> pending = std::move(pending_);
    pending_.reset();
    auto block = convert(node);
    if (!block) {
      pending_ = std::move(pending);
      continue;
    }
    if (pending) block = apply(*pending, node, std::move(*block));
    if (!block) continue;
    block->language = language_of(node);
    target().push_back(std::move(*block));
  }
  if (pending_) {
    error(pending_->line, "marker-without-block",
          "marker 'quire:" + pending_->marker.name + "' applies to the next block, but nothing follows it");
    pending_.reset();
  }
  while (!open.empty()) {
    error(open.back().line, "unclosed-region",
          "region 'quire:" + open.back().region.name + "' is not closed by <!-- quire:end -->");
    doc::Block region{std::move(open.back().region), open.back().line};
    open.pop_back();
    target().push_back(std::move(region));
  }
  return out;
}

void Builder::html_block(cmark_node* node, std::vector<OpenRegion>& open, doc::Blocks& out) {
  const int line = cmark_node_get_start_line(node);
  for (auto& marker : find_markers(literal(node))) {
    const std::string& name = marker.name;
    if (kRegions.count(name)) {
      open.push_back(OpenRegion{doc::Region{name, {}}, line});
    } else if (name == "end") {
      if (open.empty()) {
        error(line, "unopened-region", "<!-- quire:end --> closes no region");
        continue;
      }
      doc::Block region{std::move(open.back().region), open.back().line};
      open.pop_back();
      (open.empty() ? out : open.back().region.content).push_back(std::move(region));
    } else if (name == "page-break") {
      target_of(open, out).push_back(doc::Block{doc::PageBreak{}, line});
    } else if (name == "chart" && !marker.body.empty()) {
      if (auto chart = chart_in_marker(marker, line)) target_of(open, out).push_back(doc::Block{std::move(*chart), line});
    } else if (kNextBlock.count(name)) {
      if (pending_) error(pending_->line, "marker-without-block", "marker 'quire:" + pending_->marker.name +
                                                                      "' is followed by another marker, not a block");
      pending_ = Pending{std::move(marker), line};
    } else if (kMetadata.count(name)) {
      metadata(marker, line);
    } else if (name == "stars" || name == "lang") {
      error(line, "inline-marker", "'quire:" + name + "' goes inside a line of text, not on a line of its own");
    } else {
      error(line, "unknown-marker", "unknown marker 'quire:" + name + "'");
    }
  }
}

void Builder::metadata(const Marker& marker, int line) {
  auto& m = document_.meta;
  const std::string& v = marker.text;
  const std::string& name = marker.name;
  if (name == "title") m.title = v;
  else if (name == "author") m.author = v;
  else if (name == "subject") m.subject = v;
  else if (name == "keywords") m.keywords = v;
  else if (name == "header") m.header = v;
  else if (name == "footer") m.footer = v;
  else if (name == "watermark") m.watermark = v;
  else if (name == "draft-notice") m.draft_notice = v;
  else if (name == "date") {
    if (valid_date(v)) m.date = v;
    else error(line, "bad-marker", "quire:date expects YYYY-MM or YYYY-MM-DD, found '" + v + "'");
  } else if (name == "chapter-level") {
    if (v.size() == 1 && v[0] >= '1' && v[0] <= '6') m.chapter_level = v[0] - '0';
    else error(line, "bad-marker", "quire:chapter-level expects a heading level 1-6, found '" + v + "'");
  }
}

std::optional<doc::Block> Builder::convert(cmark_node* node) {
  const int line = cmark_node_get_start_line(node);
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: return doc::Block{doc::Paragraph{inlines(node)}, line};
    case CMARK_NODE_HEADING:
      return doc::Block{doc::Heading{cmark_node_get_heading_level(node), inlines(node), {}}, line};
    case CMARK_NODE_LIST: {
      doc::List list;
      list.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
      list.start = std::max(0, cmark_node_get_list_start(node));
      list.tight = cmark_node_get_list_tight(node) != 0;
      for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item))
        list.items.push_back(blocks(item));
      return doc::Block{std::move(list), line};
    }
    case CMARK_NODE_BLOCK_QUOTE: return doc::Block{doc::Quote{"quote", blocks(node)}, line};
    case CMARK_NODE_CODE_BLOCK: {
      doc::Paragraph p;
      std::string text = literal(node);
      while (!text.empty() && text.back() == '\n') text.pop_back();
      std::size_t start = 0;
      for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1) {
        p.content.push_back(doc::Inline{doc::InlineKind::code, text.substr(start, nl - start), {}, 0, 0, {}});
        p.content.push_back(doc::Inline{doc::InlineKind::line_break, {}, {}, 0, 0, {}});
      }
      p.content.push_back(doc::Inline{doc::InlineKind::code, text.substr(start), {}, 0, 0, {}});
      return doc::Block{std::move(p), line};
    }
    case CMARK_NODE_THEMATIC_BREAK: return doc::Block{doc::ThematicBreak{}, line};
    default: break;
  }
  if (node_type_name(node) == "table") return doc::Block{convert_table(node, *this), line};
  return std::nullopt;
}

std::optional<doc::Block> Builder::apply(const Pending& pending, cmark_node* node, doc::Block block) {
  const std::string& name = pending.marker.name;
  auto mismatch = [&](const std::string& wanted) {
    error(pending.line, "marker-without-block",
          "marker 'quire:" + name + "' applies to " + wanted + ", but " + block_name(block) + " follows it");
    return std::optional<doc::Block>(std::move(block));
  };
  if (name == "contents") {
    if (!std::holds_alternative<doc::List>(block.body)) return mismatch("a list");
    auto contents = contents_from_list(node, *this);
    if (!contents) return block;
    return doc::Block{std::move(*contents), block.line};
  }
  if (name == "chart" || name == "table") {
    auto* table = std::get_if<doc::Table>(&block.body);
    if (!table) return mismatch("a table");
    if (name == "table") {
      table_options(pending, *table);
      return block;
    }
    auto chart = chart_from_table(*table, pending.marker, pending.line, *this);
    if (!chart) return block;
    return doc::Block{std::move(*chart), block.line};
  }
  if (name == "callout") {
    auto* quote = std::get_if<doc::Quote>(&block.body);
    if (!quote) return mismatch("a block quote");
    const std::string kind = pending.marker.words.empty() ? "" : pending.marker.words[0];
    if (!kCalloutKinds.count(kind))
      error(pending.line, "bad-marker", "quire:callout expects quote, example, case or comment, found '" + kind + "'");
    else
      quote->kind = kind;
    return block;
  }
  auto* paragraph = std::get_if<doc::Paragraph>(&block.body);
  if (!paragraph) return mismatch("a paragraph");
  if (!make_badge(paragraph->content, pending.marker))
    error(pending.line, "bad-marker", "quire:rating is followed by a paragraph without text to make a badge of");
  return block;
}

doc::Blocks& Builder::target_of(std::vector<OpenRegion>& open, doc::Blocks& out) {
  return open.empty() ? out : open.back().region.content;
}

// `plain` and `badges=N[,M...]`.
void Builder::table_options(const Pending& pending, doc::Table& table) {
  for (const auto& word : pending.marker.words) {
    if (word == "plain") {
      table.plain = true;
      continue;
    }
    const auto columns = word.rfind("badges=", 0) == 0 ? word.substr(7) : std::string();
    std::size_t start = 0;
    bool ok = !columns.empty();
    while (ok && start <= columns.size()) {
      const auto comma = std::min(columns.find(',', start), columns.size());
      const std::string n = columns.substr(start, comma - start);
      ok = !n.empty() && n.size() < 4 && n.find_first_not_of("0123456789") == std::string::npos && std::stoul(n) >= 1 &&
           std::stoul(n) <= table.columns.size();
      if (ok) table.badge_columns.push_back(std::stoul(n));
      start = comma + 1;
    }
    if (!ok)
      error(pending.line, "bad-marker", "quire:table expects 'plain' or 'badges=N' (a column of the table), found '" +
                                            word + "'");
  }
}

// A chart whose table is written inside the marker itself: the PDF draws it, Markdown shows nothing.
std::optional<doc::Chart> Builder::chart_in_marker(const Marker& marker, int line) {
  auto root = parse_gfm(marker.body);
  for (cmark_node* node = cmark_node_first_child(root.get()); node; node = cmark_node_next(node))
    if (node_type_name(node) == "table") return chart_from_table(convert_table(node, *this), marker, line, *this);
  error(line, "bad-chart", "quire:chart has lines after its first but no table among them");
  return std::nullopt;
}

void Builder::footnotes(cmark_node* root) {
  // cmark-gfm moves definitions to the end, numbered in order of first citation, and drops
  // definitions nothing cites; a reference's literal is that number.
  int number = 0;
  for (cmark_node* node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) != CMARK_NODE_FOOTNOTE_DEFINITION) continue;
    ++number;
    document_.footnotes.push_back(doc::Footnote{std::to_string(number), number, blocks(node)});
  }
}

}  // namespace markdown_detail

doc::Document parse_document(std::string_view markdown, Diagnostics& diags, const std::string& source_name) {
  // Checked data and templates give valid UTF-8; anything else must not reach line breaking.
  const bool valid = !find_invalid_utf8(markdown);
  const std::string repaired = valid ? std::string() : with_valid_utf8(markdown);
  auto root = markdown_detail::parse_gfm(valid ? markdown : std::string_view(repaired));
  markdown_detail::Builder builder(diags, source_name);
  return builder.build(root.get());
}

}  // namespace quire
