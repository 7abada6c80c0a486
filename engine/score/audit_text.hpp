// Shared by the families' audit trails (audit.cpp, fji_audit.cpp, cci_audit.cpp, sqs_audit.cpp).
#pragma once

#include <string>

#include "model/rules.hpp"

namespace quire::audit_detail {

// `s` as a JSON string literal, quotes included.
std::string json_string(const std::string& s);

// "[published: the 2013 framework, p. 4]".
std::string provenance_text(const Provenance& p);

// "1 star", "3 stars": a count of stars in words that agree with it.
std::string stars_text(int count);

}  // namespace quire::audit_detail
