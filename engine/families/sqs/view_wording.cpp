// The SQS letter's wording by year, and its dates, for the view.
#include <map>
#include <set>

#include "families/sqs/view.hpp"

namespace quire::render_detail {

namespace {

const std::string kWordingPrefix = "sqs.wording.";

// Labels under one wording, as a tree by the dotted rest of their keys.
struct LabelTree {
  std::string key;  // the full label key, at a leaf
  std::map<std::string, LabelTree> children;
};

void insert(LabelTree& tree, const std::string& rest, const std::string& key) {
  const auto dot = rest.find('.');
  if (dot == std::string::npos) {
    tree.children[rest].key = key;
    return;
  }
  insert(tree.children[rest.substr(0, dot)], rest.substr(dot + 1), key);
}

Data to_data(const ViewHelpers& h, const LabelTree& tree) {
  Data object{Data::type::object};
  for (const auto& [name, child] : tree.children)
    object.set(name, child.children.empty() ? label_in_place(h, child.key) : to_data(h, child));
  return object;
}

std::string list_item(const ViewHelpers& h, const std::string& list, int index) {
  const auto& items = h.in().labels.list(list);
  if (index >= 1 && index <= static_cast<int>(items.size())) return items[static_cast<std::size_t>(index - 1)];
  h.diags().error(SourcePos{h.in().labels.file(), 0, 0}, "missing-label",
                  "the catalogue's list '" + list + "' has no item " + std::to_string(index) + " for language '" +
                      h.in().labels.language() + "'");
  return {};
}

// Whether the catalogue words any label under this wording.
bool wording_known(const ViewHelpers& h, const std::string& wording) {
  const std::string prefix = kWordingPrefix + wording + ".";
  for (const auto& entry : h.in().labels.labels())
    if (entry.first.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

Data label_in_place(const ViewHelpers& h, const std::string& key) {
  const std::string text = h.label(key);
  return Data(kainjow::mustache::lambda{[text](const std::string&) { return text; }});
}

std::string worded_label(const ViewHelpers& h, const std::string& wording, const std::string& key) {
  if (const Label* own = h.in().labels.find(kWordingPrefix + wording + "." + key)) return own->text;
  // A title only the wordings give (sqs.section.sentence_served) is not missing when the letter
  // names an unknown wording: that is reported once, where the letter names it.
  if (!h.in().labels.find("sqs." + key) && !wording_known(h, wording)) return {};
  return h.label("sqs." + key);
}

Data wording_view(const ViewHelpers& h, const Located<std::string>& wording) {
  LabelTree tree;
  std::set<std::string> known;
  const std::string prefix = kWordingPrefix + wording.value + ".";
  for (const auto& [key, label] : h.in().labels.labels()) {
    if (key.rfind(kWordingPrefix, 0) != 0) continue;
    const std::string rest = key.substr(kWordingPrefix.size());
    known.insert(rest.substr(0, rest.find('.')));
    if (key.rfind(prefix, 0) == 0) insert(tree, key.substr(prefix.size()), key);
  }
  if (tree.children.empty()) {
    std::string names;
    for (const auto& name : known) names += (names.empty() ? "" : ", ") + name;
    h.diags().error(wording.pos, "unknown-wording",
                    "unknown wording '" + wording.value + "'; the catalogue " + h.in().labels.file() + " has " +
                        (names.empty() ? std::string("none") : names));
  }
  return to_data(h, tree);
}

Data date_view(const ViewHelpers& h, const CalendarDate& date) {
  Data d;
  const std::string day = std::to_string(date.day);
  d.set("day", day);
  d.set("day_padded", date.day < 10 ? "0" + day : day);
  d.set("day_ordinal", list_item(h, "sqs.day_ordinal", date.day));
  d.set("month", list_item(h, "month", date.month));
  d.set("year", std::to_string(date.year));
  return d;
}

Data month_view(const ViewHelpers& h, const YearMonth& month) {
  Data d;
  d.set("month", list_item(h, "month", month.month));
  d.set("year", std::to_string(month.year));
  return d;
}

Data range_view(Data from, Data to, bool same_month, bool same_year) {
  Data d;
  d.set("from", from);
  d.set("to", to);
  d.set("same_month", same_month);
  d.set("same_year", same_year);
  return d;
}

}  // namespace quire::render_detail
