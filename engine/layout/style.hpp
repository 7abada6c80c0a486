// The house style every family shares: A4 geometry, type sizes, spacing and colours. One place,
// so a publications team's correction is one edit. Sizes are points.
#pragma once

#include <string>

#include "layout/page.hpp"

namespace quire::layout {

struct TextStyle {
  double size = 10.5;
  double leading = 15.5;  // baseline to baseline
  FontStyle font = FontStyle::regular;
  Colour colour;
  auto tie() const { return std::tie(size, leading, font, colour); }  // for the setter's memo
  bool operator==(const TextStyle& other) const { return tie() == other.tie(); }
};
static_assert(ties_every_field<TextStyle>());

struct CalloutStyle {
  Colour fill;
  Colour bar;
};

struct Style {
  PageGeometry page;

  Colour ink{0.10, 0.11, 0.13};
  Colour navy{0.043, 0.239, 0.400};
  Colour accent{0.165, 0.498, 0.561};
  Colour muted{0.38, 0.40, 0.44};
  Colour rule{0.78, 0.81, 0.85};
  Colour white{1, 1, 1};
  Colour stripe{0.955, 0.965, 0.975};  // alternate table rows
  Colour watermark{0.80, 0.10, 0.10};

  TextStyle body{10.5, 15.5, FontStyle::regular, ink};
  TextStyle table{9, 12.5, FontStyle::regular, ink};
  TextStyle footnote{7.5, 10, FontStyle::regular, ink};
  TextStyle running{8, 10, FontStyle::regular, muted};
  TextStyle small{8.5, 12, FontStyle::regular, ink};          // inside cover, back cover
  TextStyle cover_title{30, 36, FontStyle::bold, white};
  TextStyle cover_heading{18, 23, FontStyle::regular, white};
  TextStyle cover_text{14, 19, FontStyle::bold, navy};
  TextStyle cover_subject{24, 30, FontStyle::bold, navy};  // a cover paragraph all in bold (the area)
  TextStyle letterhead_title{12, 15, FontStyle::bold, navy};
  TextStyle letterhead_text{8.5, 11.5, FontStyle::regular, muted};
  TextStyle chart{8, 10.5, FontStyle::regular, ink};

  double paragraph_space = 8;
  double list_item_space = 3;
  double list_indent = 18;
  double numbered_indent = 34;  // the column numbered paragraphs hang their numbers in
  double callout_padding = 9;
  double callout_inset = 14;    // text indent inside a call-out, after its bar
  double callout_bar = 3.5;
  double cell_padding_x = 5, cell_padding_y = 4;
  double superscript_scale = 0.62, superscript_rise = 0.36;  // of the text size
  double cover_panel = 0.56;    // of the page height

  // Heading level 1-6.
  TextStyle heading(int level) const;
  double heading_space_before(int level) const;
  double heading_space_after(int level) const;
  CalloutStyle callout(const std::string& kind) const;
  // A badge's fill for the rating at `position` (1 = best) on a scale of `of`; `position` 0 is
  // a word the scale does not know.
  Colour badge_fill(int position, int of) const;
  // Whether white text reads on that fill (else the ink colour is used).
  bool badge_text_white(int position, int of) const;
};

}  // namespace quire::layout
