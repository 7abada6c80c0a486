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

}  // namespace quire::load_detail
