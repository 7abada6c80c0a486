// The structure elements the flow builder makes as it walks the document, and the reading order
// of the items it sets. Internal to layout/.
#include <algorithm>

#include "layout/flow_builder.hpp"

namespace quire::layout {

namespace {

// "{{number}} out of {{of}} stars" filled in.
std::string stars_alt(std::string words, int filled, int total) {
  for (const auto& [key, value] : {std::pair<std::string, int>{"{{number}}", filled}, {"{{of}}", total}})
    for (auto at = words.find(key); at != std::string::npos; at = words.find(key))
      words.replace(at, key.size(), std::to_string(value));
  return words;
}

}  // namespace

FlowBuilder::Within::Within(FlowBuilder& builder, Role role, int level, std::string alt)
    : builder_(builder), previous_(builder.current_) {
  id_ = builder.add_node(role, builder.current_, level, std::move(alt));
  builder.current_ = id_;
}

void FlowBuilder::mark_language(std::size_t first, const std::string& language) {
  auto& nodes = flow_.structure;
  const auto language_of = [&](int node) {
    while (node >= 0 && nodes[static_cast<std::size_t>(node)].language.empty())
      node = nodes[static_cast<std::size_t>(node)].parent;
    return node >= 0 ? nodes[static_cast<std::size_t>(node)].language : std::string();
  };
  for (std::size_t i = first; i < nodes.size(); ++i)
    if (nodes[i].parent < static_cast<int>(first) && language_of(nodes[i].parent) != language)
      nodes[i].language = language;
}

int FlowBuilder::add_node(Role role, int parent, int level, std::string alt) {
  StructNode node;
  node.role = role;
  node.parent = parent;
  node.level = level;
  node.alt = std::move(alt);
  flow_.structure.push_back(std::move(node));
  return static_cast<int>(flow_.structure.size()) - 1;
}

void FlowBuilder::claim_text(std::vector<Item>& items, int node) {
  for (auto& item : items)
    if (item.kind == ItemKind::text && item.node == kNoNode) item.node = node;
}

void FlowBuilder::claim_all(std::vector<Item>& items, int node) {
  for (auto& item : items) item.node = node;
}

void FlowBuilder::number(Element& e) {
  // A marker is drawn after its line (as it always was: moving it would change the file), but read
  // before it.
  std::vector<Item*> in_order;
  const std::size_t lead = std::min(e.read_first, e.items.size()), rest = e.items.size() - lead;
  for (std::size_t k = rest; k < e.items.size(); ++k) in_order.push_back(&e.items[k]);
  for (std::size_t k = 0; k < rest; ++k) in_order.push_back(&e.items[k]);
  for (Item* at : in_order) {
    Item& item = *at;
    item.order = next_order_;
    next_order_ += kOrderStep;
    if (item.node < 0) continue;
    const auto cited = cites_.find(item.node);
    if (cited != cites_.end())
      first_cite_.try_emplace(cited->second, Citation{item.order, flow_.structure[static_cast<std::size_t>(item.node)].parent});
  }
}

std::vector<Span> FlowBuilder::with_inline_nodes(std::vector<Span> spans) {
  int link = kNoNode;
  std::string link_target;
  for (auto& span : spans) {
    if (span.atom == Atom::stars) {  // drawn as shapes: a figure, named in words
      span.node = add_node(Role::figure, current_, 0, stars_alt(document_.meta.stars_words, span.filled, span.total));
      continue;
    }
    if (span.footnote > 0) {
      span.node = add_node(Role::reference, link == kNoNode ? current_ : link);
      cites_[span.node] = span.footnote;
      continue;
    }
    if (span.link.empty()) {
      link = kNoNode;
      continue;
    }
    // The spans of one link (its plain and bold words) make one element.
    if (link == kNoNode || span.link != link_target) {
      link = add_node(Role::link, current_);
      link_target = span.link;
    }
    span.node = link;
  }
  return spans;
}

std::vector<Span> FlowBuilder::spans(const doc::Inlines& inlines, const TextStyle& s) {
  return with_inline_nodes(spans_from(inlines, s, setter_, document_.meta));
}

}  // namespace quire::layout
