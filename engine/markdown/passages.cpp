// Passages in another language: `<!-- quire:lang TAG lines=N -->` inside a line says that the
// text from the marker to the end of the N lines starting with its own is in language TAG. The
// pipeline writes one where a draft shows a field not yet translated, so each block of a field
// of several paragraphs, lists or quotes carries the language, not just the first. Passages are
// found before any block is built: cmark-gfm moves footnotes to the end, so reading order is not
// line order.
#include <cctype>

#include "markdown/builder.hpp"
#include "markdown/cmark_util.hpp"

namespace quire::markdown_detail {

namespace {

// "en-GB", "cy": letters, digits and hyphens, starting with a letter.
bool language_tag(const std::string& tag) {
  if (tag.empty() || tag.size() > 35 || !std::isalpha(static_cast<unsigned char>(tag[0]))) return false;
  for (const char c : tag)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
  return true;
}

// The line of an inline node: its block's first line plus the line breaks before it.
int line_of_inline(cmark_node* node) {
  cmark_node* parent = cmark_node_parent(node);
  int line = parent ? cmark_node_get_start_line(parent) : 0;
  for (cmark_node* before = cmark_node_previous(node); before; before = cmark_node_previous(before)) {
    const auto type = cmark_node_get_type(before);
    line += type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK;
  }
  return line;
}

// Whether nothing but the draft's visible mark (an emphasis, "*[untranslated]*") and spaces come
// before `node` in its block: then the whole block is in the passage's language.
bool opens_block(cmark_node* node) {
  for (cmark_node* before = cmark_node_previous(node); before; before = cmark_node_previous(before)) {
    const auto type = cmark_node_get_type(before);
    if (type == CMARK_NODE_EMPH) continue;
    if (type == CMARK_NODE_TEXT && literal(before).find_first_not_of(" \t") == std::string::npos) continue;
    return false;
  }
  return true;
}

}  // namespace

void Builder::find_passages(cmark_node* root) {
  IterPtr iter(cmark_iter_new(root));
  for (auto event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE; event = cmark_iter_next(iter.get())) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HTML_INLINE) continue;
    for (const auto& marker : find_markers(literal(node)))
      if (marker.name == "lang") passage(marker, node);
  }
}

void Builder::passage(const Marker& marker, cmark_node* node) {
  const int line = line_of_inline(node);
  const auto lines = marker_option(marker, "lines");
  const bool lines_ok = lines && !lines->empty() && lines->size() < 7 &&
                        lines->find_first_not_of("0123456789") == std::string::npos && std::stoi(*lines) >= 1;
  if (marker.words.size() != 2 || !language_tag(marker.words[0]) || !lines_ok) {
    error(line, "bad-marker", "quire:lang expects a language tag and lines=N (e.g. 'en-GB lines=3'), found '" +
                                  marker.text + "'");
    return;
  }
  cmark_node* block = cmark_node_parent(node);
  passages_.push_back(Passage{line, line + std::stoi(*lines) - 1, marker.words[0],
                              block && opens_block(node) ? block : nullptr});
}

// A block is in a passage's language when the marker opens it, or when it starts on a later line
// of the passage (a block starting on the marker's line began before the marker).
std::string Builder::language_of(cmark_node* block) const {
  const int line = cmark_node_get_start_line(block);
  for (const auto& p : passages_)
    if (block == p.opened || (line > p.first_line && line <= p.last_line)) return p.language;
  return {};
}

}  // namespace quire::markdown_detail
