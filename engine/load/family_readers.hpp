// Readers of the parts families share; each family's own reader is its entry's `read`
// (families/NAME/read.cpp). Internal to load/ and the families' readers.
#pragma once

#include <string>
#include <vector>

#include "load/yaml_reader.hpp"
#include "model/inspection.hpp"

namespace quire::load_detail {

// Shared parts.
PostalAddress read_address(YamlReader& r, const YamlNode& node, std::string_view what);
std::vector<RecommendationGroup> read_recommendations(YamlReader& r, const YamlNode& node);
std::vector<Footnote> read_footnotes(YamlReader& r, const YamlNode& node);
// A required Markdown list that prints under a heading of its own (key findings): an empty list
// would leave the heading with nothing under it, so it is an `empty-list` error naming `what`.
std::vector<MarkdownText> read_items(YamlReader& r, const YamlNode& map, const std::string& key, std::string_view what);

}  // namespace quire::load_detail
