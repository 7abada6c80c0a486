// Readers for the parts every family shares: addresses, recommendations, footnotes.
#include "base/text.hpp"
#include "load/family_readers.hpp"
#include "load/keys.hpp"

namespace quire::load_detail {

PostalAddress read_address(YamlReader& r, const YamlNode& node, std::string_view what) {
  PostalAddress address;
  if (!r.check_map(node, what, address_keys().allowed(), address_keys().required())) return address;
  if (auto name = r.words(node, "name")) address.name = name->value;
  address.lines = r.string_list(node, "address");
  return address;
}

std::vector<RecommendationGroup> read_recommendations(YamlReader& r, const YamlNode& node) {
  std::vector<RecommendationGroup> groups;
  if (!r.check_sequence(node, "'recommendations'")) return groups;
  for (const auto& item : node) {
    RecommendationGroup group;
    // Neither key is required here: a missing owner or action has its own message below.
    if (!r.check_map(item, "a recommendation group", recommendation_keys().allowed(), {})) continue;
    if (auto owner = r.words(item, "owner", false)) {
      group.owner = *owner;
      if (trim(owner->value).empty())
        r.error_at(owner->pos, "recommendation-without-owner", "a recommendation group's 'owner' is empty");
    } else {
      r.error(item, "recommendation-without-owner",
              "recommendations must name who is responsible: add 'owner' (e.g. 'The Management Board')");
    }
    group.actions = r.markdown_list(item, "actions");
    if (item["actions"] && group.actions.empty())
      r.error(item["actions"], "empty-list", "a recommendation group needs at least one action");
    groups.push_back(std::move(group));
  }
  // Every family prints a recommendations page whose lead-in announces them; none would leave it bare.
  if (groups.empty()) r.error(node, "empty-list", "'recommendations' lists no recommendation group");
  return groups;
}

std::vector<MarkdownText> read_items(YamlReader& r, const YamlNode& map, const std::string& key, std::string_view what) {
  std::vector<MarkdownText> items = r.markdown_list(map, key);
  if (items.empty() && map[key] && map[key].IsSequence())
    r.error(map[key], "empty-list", "'" + key + "' lists no " + std::string(what));
  return items;
}

std::vector<Footnote> read_footnotes(YamlReader& r, const YamlNode& node) {
  std::vector<Footnote> notes;
  if (!node.IsMap()) {
    r.error(node, "wrong-type", "expected a map of footnote ids to text for 'footnotes', found " +
                                    load_detail::describe_node(node));
    return notes;
  }
  for (const auto& entry : node) {
    Footnote note;
    note.id = entry.first.Scalar();
    note.text = r.markdown_of(entry.second, "footnote '" + note.id + "'");
    notes.push_back(std::move(note));
  }
  return notes;
}

}  // namespace quire::load_detail
