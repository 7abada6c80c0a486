// Checks on layout's own output, for tests and as a guard in the pipeline: every item lies in the
// area it belongs to, and no ink overlaps other ink.
#pragma once

#include <string>
#include <vector>

#include "layout/page.hpp"

namespace quire::layout {

// One line per problem ("page 3: text 'Foo' leaves the text area"); empty when all is well.
std::vector<std::string> check_layout(const LaidOutDocument& document);

}  // namespace quire::layout
