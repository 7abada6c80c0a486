// Shared by the families' audit trails (families/NAME/audit.cpp).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "model/rules.hpp"

namespace quire::audit_detail {

// The audit trail for machines. ordered_json keeps the keys in the order they are set, so the
// output reads in the same order as the text trail (nlohmann's json would sort them).
using Json = nlohmann::ordered_json;

// `j` as `score --json` prints it: indented two spaces, one final line break.
std::string json_text(const Json& j);

// "[published: the 2013 framework, p. 4]".
std::string provenance_text(const Provenance& p);

// "1 star", "3 stars": a count of stars in words that agree with it.
std::string stars_text(int count);

}  // namespace quire::audit_detail
