#include "score/audit_text.hpp"

namespace quire::audit_detail {

// Text is valid UTF-8 by the time it is scored (the loaders refuse anything else); were it not,
// nlohmann would throw; an invalid sequence is printed as U+FFFD instead of failing the run.
std::string json_text(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n"; }

std::string provenance_text(const Provenance& p) { return "[" + p.status + ": " + p.evidence + "]"; }

std::string stars_text(int count) { return std::to_string(count) + (count == 1 ? " star" : " stars"); }

}  // namespace quire::audit_detail
