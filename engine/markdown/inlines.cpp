// Inline nodes, with the inline markers (rating badges, stars) applied.
#include <cstdlib>
#include <utility>

#include "markdown/builder.hpp"
#include "markdown/cmark_util.hpp"

namespace quire::markdown_detail {

namespace {

doc::Inline make(doc::InlineKind kind, std::string text = {}, std::string target = {}) {
  doc::Inline in;
  in.kind = kind;
  in.text = std::move(text);
  in.target = std::move(target);
  return in;
}

// The badge's place on its scale from "N/M", or 0/0 to look the word up.
void place_badge(doc::Inline& badge, const Marker& marker) {
  if (marker.words.empty()) return;
  if (const auto f = parse_fraction(marker.words[0])) {
    badge.number = f->first;
    badge.of = f->second;
  }
}

doc::Inline wrap_in_badge(doc::Inline in, const Marker& marker) {
  doc::Inline badge = make(doc::InlineKind::badge);
  place_badge(badge, marker);
  if (in.kind == doc::InlineKind::strong || in.kind == doc::InlineKind::emphasis)
    badge.children = std::move(in.children);
  else
    badge.children.push_back(std::move(in));
  return badge;
}

// The star characters (★ ☆) at the start of `text` removed: a template writes them after a
// `quire:stars` marker for readers of the Markdown, and the marker draws them instead.
std::string without_leading_stars(const std::string& text) {
  static const std::string filled = "\xE2\x98\x85", empty = "\xE2\x98\x86";
  std::size_t at = 0;
  while (text.compare(at, 3, filled) == 0 || text.compare(at, 3, empty) == 0) at += 3;
  return text.substr(at);
}

bool badge_candidate(const doc::Inline& in) {
  return in.kind == doc::InlineKind::strong || in.kind == doc::InlineKind::emphasis ||
         (in.kind == doc::InlineKind::text && in.text.find_first_not_of(' ') != std::string::npos);
}

}  // namespace

doc::Inlines Builder::inlines(cmark_node* parent) {
  doc::Inlines out;
  std::optional<Marker> badge;  // an inline rating marker waiting for its word
  bool after_stars = false;     // the last node was a stars marker: its star characters follow
  const int line = cmark_node_get_start_line(parent);
  auto push = [&](doc::Inline in) {
    if (std::exchange(after_stars, false) && in.kind == doc::InlineKind::text) {
      in.text = without_leading_stars(in.text);
      if (in.text.empty()) return;
    }
    if (badge && badge_candidate(in)) {
      out.push_back(wrap_in_badge(std::move(in), *badge));
      badge.reset();
    } else {
      out.push_back(std::move(in));
    }
  };
  for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT: push(make(doc::InlineKind::text, literal(node))); break;
      case CMARK_NODE_CODE: push(make(doc::InlineKind::code, literal(node))); break;
      case CMARK_NODE_SOFTBREAK: push(make(doc::InlineKind::text, " ")); break;
      case CMARK_NODE_LINEBREAK: push(make(doc::InlineKind::line_break)); break;
      case CMARK_NODE_EMPH: {
        auto in = make(doc::InlineKind::emphasis);
        in.children = inlines(node);
        push(std::move(in));
        break;
      }
      case CMARK_NODE_STRONG: {
        auto in = make(doc::InlineKind::strong);
        in.children = inlines(node);
        push(std::move(in));
        break;
      }
      case CMARK_NODE_LINK: {
        const char* url = cmark_node_get_url(node);
        auto in = make(doc::InlineKind::link, {}, url ? url : "");
        in.children = inlines(node);
        push(std::move(in));
        break;
      }
      case CMARK_NODE_IMAGE: {  // reports carry no images; keep the description as text
        auto in = make(doc::InlineKind::emphasis);
        in.children = inlines(node);
        push(std::move(in));
        break;
      }
      case CMARK_NODE_FOOTNOTE_REFERENCE: {
        auto in = make(doc::InlineKind::footnote_ref, {}, literal(node));
        in.number = std::atoi(literal(node).c_str());
        out.push_back(std::move(in));
        break;
      }
      case CMARK_NODE_HTML_INLINE:
        for (auto& marker : find_markers(literal(node))) {
          if (marker.name == "rating") {
            badge = std::move(marker);
          } else if (marker.name == "stars") {
            const auto f = marker.words.empty() ? std::nullopt : parse_fraction(marker.words[0]);
            if (!f) {
              error(line, "bad-marker", "quire:stars expects N/M (e.g. 3/4), found '" + marker.text + "'");
              continue;
            }
            auto stars = make(doc::InlineKind::stars);
            stars.number = f->first;
            stars.of = f->second;
            out.push_back(std::move(stars));
            after_stars = true;
          } else if (marker.name != "lang") {  // passages are found before the blocks are built
            error(line, "unknown-marker", "'quire:" + marker.name + "' is not an inline marker");
          }
        }
        break;
      default:  // strikethrough and other extensions: keep their text
        for (auto& child : inlines(node)) push(std::move(child));
        break;
    }
  }
  if (badge) error(line, "bad-marker", "quire:rating is not followed by text to make a badge of");
  return out;
}

bool make_badge(doc::Inlines& inlines, const Marker& marker) {
  for (auto& in : inlines)
    if (in.kind == doc::InlineKind::strong) {
      in = wrap_in_badge(std::move(in), marker);
      return true;
    }
  for (auto& in : inlines)
    if (badge_candidate(in)) {
      in = wrap_in_badge(std::move(in), marker);
      return true;
    }
  return false;
}

}  // namespace quire::markdown_detail
