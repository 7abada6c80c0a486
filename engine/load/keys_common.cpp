// The keys every family shares, and the lookup of a family's own tables.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "families/registry.hpp"
#include "load/keys.hpp"

namespace quire {

std::vector<std::string> KeyMap::allowed() const {
  std::vector<std::string> names;
  for (const auto& k : keys) names.push_back(k.name);
  return names;
}

std::vector<std::string> KeyMap::required() const {
  std::vector<std::string> names;
  for (const auto& k : keys)
    if (k.required) names.push_back(k.name);
  return names;
}

namespace {

// The key named `name` of a table being built; throws for a name the table lacks.
KeyDef& key_to_set(std::vector<KeyDef>& keys, std::string_view name, const std::string& what) {
  const auto it = std::find_if(keys.begin(), keys.end(), [&](const KeyDef& k) { return k.name == name; });
  if (it == keys.end()) throw std::out_of_range("no key '" + std::string(name) + "' in " + what);
  return *it;
}

}  // namespace

KeyMap& KeyMap::nest(std::string_view name, std::string of) {
  key_to_set(keys, name, what).of = std::move(of);
  return *this;
}

KeyMap& KeyMap::at_least_one(std::string_view name) {
  key_to_set(keys, name, what).min_items = 1;
  return *this;
}

KeyMap& KeyMap::each_at_least_one(std::string_view name) {
  key_to_set(keys, name, what).inner_min_items = 1;
  return *this;
}

const KeyDef& KeyMap::key(std::string_view name) const {
  const auto it = std::find_if(keys.begin(), keys.end(), [&](const KeyDef& k) { return k.name == name; });
  if (it == keys.end()) throw std::out_of_range("no key '" + std::string(name) + "' in " + what);
  return *it;
}

const KeyMap& common_keys() {
  static const KeyMap map{
      "the inspection",
      {{"family", true, KeyKind::word, "the report family: domain-rated, fji, sqs or cci"},
       {"rules", true, KeyKind::word, "the rules file the report is scored by (data/rules/NAME.yaml)"},
       {"cases", false, KeyKind::text,
        "the case assessment tool's export beside this file: a row per answer (case,question,answer) or a row "
        "per case (case,1.1.1,...)"},
       {"footnotes", false, KeyKind::map, "footnotes by id, each cited in the text as [^id]"},
       {"glossary", true, KeyKind::text_list, "the glossary entries printed, by id from data/glossary.yaml"},
       {"translations", false, KeyKind::map, "each language's translation status: reviewed or unreviewed"}}};
  return map;
}

const KeyMap& address_keys() {
  static const KeyMap map{"an address",
                          {{"name", true, KeyKind::text, "the organisation's name", "", true},
                           {"address", true, KeyKind::text_list, "its postal address, a line an item"}}};
  return map;
}

const KeyMap& recommendation_keys() {
  static const KeyMap map = [] {
    KeyMap m{"a recommendation group",
             {{"owner", true, KeyKind::text, "who is responsible, e.g. The Management Board", "", true},
              {"actions", true, KeyKind::markdown_list, "what they should do, an action an item", "", true}}};
    return m.at_least_one("actions");  // common_readers.cpp refuses a group without one
  }();
  return map;
}

const KeyMap& family_keys(std::string_view family, std::string_view map) {
  const KeyMaps* maps = nullptr;
  Families::with(family, [&](const auto* entry) { maps = &EntryOf<decltype(entry)>::key_maps(); });
  if (!maps) throw std::out_of_range("no key tables for the family '" + std::string(family) + "'");
  const auto it = maps->find(map);
  if (it == maps->end()) throw std::out_of_range("no map '" + std::string(map) + "' in the " + std::string(family) + " tables");
  return it->second;
}

}  // namespace quire
