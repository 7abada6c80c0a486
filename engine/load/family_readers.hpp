// Each family's reader of its own top-level keys, and readers of the parts families share.
// Internal to load/.
#pragma once

#include <string>
#include <vector>

#include "load/yaml_reader.hpp"
#include "model/inspection.hpp"

namespace quire::load_detail {

// The top-level keys a family adds to the common ones (family, rules, cases, footnotes, glossary).
struct FamilySchema {
  std::vector<std::string> keys;
  std::vector<std::string> required;
};

FamilySchema domain_rated_schema();
void read_domain_rated(YamlReader& r, const YamlNode& root, DomainRatedReport& out);
FamilySchema fji_schema();
void read_fji(YamlReader& r, const YamlNode& root, FjiReport& out);
FamilySchema sqs_schema();
void read_sqs(YamlReader& r, const YamlNode& root, SqsLetter& out);
FamilySchema cci_schema();
void read_cci(YamlReader& r, const YamlNode& root, CciReport& out);

// Shared parts.
PostalAddress read_address(YamlReader& r, const YamlNode& node, std::string_view what);
std::vector<RecommendationGroup> read_recommendations(YamlReader& r, const YamlNode& node);
std::vector<Footnote> read_footnotes(YamlReader& r, const YamlNode& node);

}  // namespace quire::load_detail
