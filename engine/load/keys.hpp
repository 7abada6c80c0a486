// The keys of an inspection file, family by family, as data: each map's keys, which are required,
// what kind of value each holds and a one-line description. The loader checks maps against these
// tables (check_map), and `quire new` writes its scaffold from them, so the two cannot drift.
// One file per family (families/NAME/keys.cpp); the parts families share are in keys_common.cpp.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quire {

// What a value holds; decides the scaffold's stand-in.
enum class KeyKind { text, markdown, markdown_list, text_list, whole_number, decimal, year_month, date, word, map, list };

struct KeyDef {
  KeyDef(std::string name_, bool required_, KeyKind kind_, std::string description_ = "", std::string stand_in_ = "",
         bool translated_ = false)
      : name(std::move(name_)), required(required_), kind(kind_), description(std::move(description_)),
        stand_in(std::move(stand_in_)), translated(translated_) {}

  std::string name;
  bool required = true;
  KeyKind kind = KeyKind::text;
  std::string description;  // one line: the scaffold's comment beside the key
  std::string stand_in;     // a valid value written after `!todo` in a scaffold ("" : by kind)
  bool translated = false;  // text an inspector writes once per language in a bilingual report
  // For a map, the table its value follows; for a list, "NAME[]": each item follows the table
  // NAME. "" when the table says nothing of what is inside (footnotes by id, say). A name starting
  // with '@' is a shared table: @address, @recommendation.
  std::string of;
  // The fewest items the loader accepts in this list (its `empty-list` check); the schema's
  // minItems, so an editor flags an empty list where `quire validate` would.
  int min_items = 0;
  // The same for each list inside this one, or each list a map of lists holds (SQS commentary).
  int inner_min_items = 0;
};

struct KeyMap {
  std::string what;  // how messages name the map: "'report'", "a standard"
  std::vector<KeyDef> keys;

  // Says which table `key`'s value follows (KeyDef::of); throws for a key the map lacks.
  KeyMap& nest(std::string_view key, std::string of);
  // Says that the loader refuses `key`'s list when empty (KeyDef::min_items).
  KeyMap& at_least_one(std::string_view key);
  // Says that the loader refuses each list inside `key`'s value when empty (KeyDef::inner_min_items).
  KeyMap& each_at_least_one(std::string_view key);

  std::vector<std::string> allowed() const;
  std::vector<std::string> required() const;
  // The key named `name`; throws std::out_of_range for a name the table lacks (a programming error).
  const KeyDef& key(std::string_view name) const;
};

// A family's tables by map name ("top", "report", "standard"): what its key_maps() piece returns.
using KeyMaps = std::map<std::string, KeyMap, std::less<>>;

// Keys every family's file has at its top level (family, rules, cases, ...).
const KeyMap& common_keys();
// {name, address} of a publisher, contact or back cover.
const KeyMap& address_keys();
// One group of recommendations: {owner, actions}.
const KeyMap& recommendation_keys();

// Each family's maps, by the name the family's key file gives them ("top", "report", "standard").
// Throws std::out_of_range for a map the family does not define.
const KeyMap& family_keys(std::string_view family, std::string_view map);

}  // namespace quire
