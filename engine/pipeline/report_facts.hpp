// What the document model takes from the scored inspection rather than from its Markdown: the
// family's rating words (so badges take their colour from their place on the scale) and the date
// of publication (the PDF's creation date). Shared by every writer.
#pragma once

#include <string>
#include <vector>

#include "i18n/catalogue.hpp"
#include "model/inspection.hpp"
#include "score/family_run.hpp"

namespace quire {

// The family's rating words, best first, as the catalogue prints them: domain-rated ratings, FJI
// descriptors, CCI comments ("MINIMUM improvement required" first). Empty for a family without a
// scale (SQS).
std::vector<std::string> rating_scale_words(const FamilyRun& run, const Catalogue& labels);

// When the report was published: "YYYY-MM", or "YYYY-MM-DD" where the data gives the day (SQS).
std::string publication_date(const Inspection& inspection);

// For the families' entries (families/NAME/family.cpp): the labels under `prefix` + key + `suffix`
// for each key, leaving out any the catalogue lacks (the template check reports those) ...
std::vector<std::string> label_words(const std::vector<std::string>& keys, const Catalogue& labels,
                                     const std::string& prefix, const std::string& suffix = "");
// ... and a date as "YYYY-MM", or "YYYY-MM-DD" when `day` is given.
std::string year_month(int year, int month, int day = 0);

}  // namespace quire
