// An XLIFF file's bytes as the UTF-8 text the XML parser reads. Translation tools save XLIFF in
// their own ways (UTF-16 on Windows, a byte-order mark, Latin-1 by mistake), and pugixml neither
// converts a declared encoding when told UTF-8 nor rejects an entity XML does not define (it keeps
// "&nbsp;" as text): both would put wrong Welsh into the report, so they are settled here first.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.hpp"

namespace quire::translate {

// `bytes` as UTF-8 text: UTF-16 (with a byte-order mark, or "<?xml" in UTF-16) converted, a UTF-8
// byte-order mark dropped. Bytes that are not UTF-8, and an '&' that starts no reference XML
// defines (&lt; &gt; &amp; &apos; &quot; &#NN; &#xNN;), are errors at their line and column in
// `file`; nothing is returned then.
std::optional<std::string> xliff_text(const std::string& file, const std::string& bytes, Diagnostics& diags);

}  // namespace quire::translate
