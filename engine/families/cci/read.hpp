// Readers of the CCI family's parts: sections and criteria, service users, practice examples,
// and the programme file behind the foreword's comparison table. Internal to the family's reading (read*.cpp).
#pragma once

#include <optional>
#include <vector>

#include "families/cci/model.hpp"
#include "load/yaml_reader.hpp"

namespace quire::load_detail {

std::vector<SectionData> read_cci_sections(YamlReader& r, const YamlNode& node);
std::vector<PracticeExample> read_practice_examples(YamlReader& r, const YamlNode& node);
// `service_users`: children and young people, and victims.
void read_service_users(YamlReader& r, const YamlNode& node, CciReport& out);
// `programme: FILE`: reads FILE (beside the inspection) and reports its problems at their positions.
std::optional<ProgrammeData> read_programme(YamlReader& r, const YamlNode& node);

}  // namespace quire::load_detail
