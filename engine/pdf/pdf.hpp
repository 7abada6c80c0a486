// pdf/: laid-out pages -> PDF bytes, through libharu. The only folder that includes hpdf.h; no
// libharu handle leaves it. Fonts are the files layout measured with, embedded and subset, text
// in UTF-8 (with a ToUnicode map so text can be copied and searched); bookmarks mirror the
// headings; links are clickable (web, mailto, internal); document information, /Lang and page
// labels are written. The file is tagged (tags.hpp): a structure tree from layout's roles, so
// screen readers read it in order and skip page furniture. Several documents (the language versions of a bilingual edition) can share
// one file. Output depends on the pages and settings only: no clock is read.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "layout/font.hpp"
#include "layout/page.hpp"

namespace quire::pdf {

// libharu reported an error (a font it cannot embed, a resource it lacks).
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Date {
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;  // UTC
};

struct Settings {
  layout::FontFiles fonts;  // the files layout measured with
  std::string language;     // BCP 47, for the document's /Lang: "en-GB", "cy"
  bool has_date = false;    // creation and modification date, from the data or SOURCE_DATE_EPOCH
  Date date;
};

// One language version of a document, laid out on its own: its own cover, contents and page
// numbers. A bilingual edition is two parts in one file.
struct Part {
  const layout::LaidOutDocument* document = nullptr;
  std::string language;  // BCP 47; a part in another language than the document's says so (/Lang)
  std::string bookmark;  // the top-level bookmark grouping this part's bookmarks ("Cymraeg")
};

// The PDF file's bytes. Throws PdfError when libharu fails.
std::string write_pdf(const layout::LaidOutDocument& document, const Settings& settings);
// Several parts, in order, in one file: each keeps its own page labels (restarting at its cover)
// and links, and its bookmarks sit under its own top-level bookmark.
std::string write_pdf(const std::vector<Part>& parts, const Settings& settings);

}  // namespace quire::pdf
