// Parts of the FJI view (templates/fji/), built from the model, the FJI scores and the catalogue.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "render_md/views.hpp"

namespace quire::render_detail {

const FjiRun& fji_run(const ViewHelpers& h);
const FjiReport& fji_report(const ViewHelpers& h);

// A catalogue label rendered with `values`, for text the view needs as a string (a heading the
// contents also lists): {{x}} escapes its value as plain text, {{{x}}} takes Markdown. A placeholder
// the values lack is an error.
std::string fill_label(const ViewHelpers& h, const std::string& key,
                       const std::vector<std::pair<std::string, std::string>>& values);

// "Theme 1: Reducing the likelihood of reoffending".
std::string fji_theme_heading(const ViewHelpers& h, const FjiThemeRule& rule);
// The themes in the rules' order, each with its scores, key findings, explanation and chart.
Data fji_themes(const ViewHelpers& h);

// Each appendix's numbered heading, keyed as in the catalogue (fji.appendix.KEY), in print order.
std::vector<std::pair<std::string, std::string>> fji_appendix_headings(const ViewHelpers& h);
// Appendix 1's indicators: each figure beside England and Wales, with its cohort.
Data fji_indicators(const ViewHelpers& h);
// Appendix 3's table rows: the role on its first person's row only.
Data fji_acknowledgements(const ViewHelpers& h);
// "24-28 June 2013 and 8-12 July 2013".
std::string fji_fieldwork(const ViewHelpers& h);
// Appendix 5's table, from the rules' bands and stars.
Data fji_scoring_rows(const ViewHelpers& h);

}  // namespace quire::render_detail
