// The parts of a CCI report's view (templates/cci/), built from the inspection and its CciRun.
#pragma once

#include "families/cci/score.hpp"
#include "render_md/views.hpp"

namespace quire::render_detail {

const CciRun& cci_run(const ViewHelpers& h);
const CciReport& cci_report(const ViewHelpers& h);

// "58%".
std::string percent_text(int percent);
// The comment a score's band prints, e.g. "SUBSTANTIAL improvement required".
std::string comment_word(const ViewHelpers& h, const CciScore& score);

// Sections 1-3 with their criteria, scores, comments, strengths and areas for improvement.
Data cci_sections(const ViewHelpers& h);
// The contents, in the order the report prints its parts.
Data cci_contents(const ViewHelpers& h);
// The numbers of the appendices after the third, as the labels' placeholders: an appendix the data
// leaves out (the characteristics of cases) takes none, and the ones after it move up.
std::vector<std::pair<std::string, std::string>> cci_appendix_numbers(const CciReport& report, bool glossary);

}  // namespace quire::render_detail
