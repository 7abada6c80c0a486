// Pieces of the SQS letter's view (templates/sqs/): the letter's wording and its dates.
#pragma once

#include "render_md/views.hpp"

namespace quire::render_detail {

// The letter's wording: every label under sqs.wording.WORDING., nested by the rest of its key, as
// a lambda that renders the label where the template names it ({{{wording.context}}}), in the
// context of that place, just as a partial would. Templates cannot choose a partial by data, so
// this is how one template serves letters whose fixed text differs by year. An unknown wording is
// reported at its position in the data.
Data wording_view(const ViewHelpers& h, const Located<std::string>& wording);

// The label sqs.wording.WORDING.KEY when the wording has one, else sqs.KEY.
std::string worded_label(const ViewHelpers& h, const std::string& wording, const std::string& key);

// A label as a lambda rendered in place (its placeholders filled from the surrounding context).
Data label_in_place(const ViewHelpers& h, const std::string& key);

// A date as its parts, for the wording's date formats: day, day_padded ("06"), day_ordinal
// ("6th", from the catalogue's list sqs.day_ordinal), month (its name), year.
Data date_view(const ViewHelpers& h, const CalendarDate& date);
// A month and year: month (its name), year.
Data month_view(const ViewHelpers& h, const YearMonth& month);
// Two dates or months as {from, to, same_month, same_year}, so a format can leave out what repeats.
Data range_view(Data from, Data to, bool same_month, bool same_year);

}  // namespace quire::render_detail
