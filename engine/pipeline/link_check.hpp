// What a published report may link to, checked once, on the narrative as cmark-gfm parses it.
#pragma once

#include <string_view>

#include "base/diagnostics.hpp"
#include "model/inspection.hpp"

namespace quire {

// Whether a link destination is one a published report may carry: http(s), mailto (any case), or
// an internal #anchor. Never javascript:, file:, data: or any other scheme from a data file.
bool link_destination_allowed(std::string_view destination);

// Reports every link or image in the narrative whose destination is not allowed, at its position
// in the inspection file: inline links, reference-style links (a definition in one field resolves a
// reference in another, as in the rendered report), autolinks. The PDF and HTML writers keep their
// own guard as a second line.
void check_links(const Inspection& inspection, Diagnostics& diags);

}  // namespace quire
