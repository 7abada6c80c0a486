// Metrics come from the shipped font files, measured as libharu measures.
#include <boost/test/unit_test.hpp>

#include "base/utf8.hpp"
#include "layout/helpers.hpp"
#include "support/support.hpp"

using namespace quire;
using layout::FontStyle;

BOOST_AUTO_TEST_CASE(widths_are_libharus_thousandths_of_an_em) {
  // libharu's HPDF_Page_TextWidth gives 28.872 for "Hello" in Open Sans Regular at 12 pt:
  // each advance truncated to 1/1000 em, as in the PDF's /W array.
  BOOST_TEST(test::fonts().width("Hello", FontStyle::regular, 12) == 28.872, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(test::fonts().width("Hello", FontStyle::bold, 12) > test::fonts().width("Hello", FontStyle::regular, 12));
  BOOST_TEST(test::fonts().width("", FontStyle::italic, 12) == 0.0);
}

BOOST_AUTO_TEST_CASE(every_face_has_every_welsh_letter) {
  const std::string letters = "âêîôûŵŷàèìòùẁỳáéíóúẃýäëïöüẅÿÂÊÎÔÛŴŶÀÈÌÒÙẀỲÁÉÍÓÚẂÝÄËÏÖÜẄŸ–—‘’“”•…";
  for (const auto style : {FontStyle::regular, FontStyle::bold, FontStyle::italic, FontStyle::bold_italic}) {
    const auto& face = test::fonts().face(style);
    for (std::size_t i = 0; i < letters.size();) {
      const char32_t cp = utf8::next(letters, i);
      BOOST_TEST(face.has_glyph(cp), "U+" << std::hex << static_cast<unsigned>(cp) << " in face " << int(style));
      BOOST_TEST(face.advance(cp) > 0);
    }
  }
  BOOST_TEST(!test::fonts().face(FontStyle::regular).has_glyph(U'\u2605'));  // ★: drawn, not set
}

BOOST_AUTO_TEST_CASE(vertical_metrics_are_read) {
  const auto& face = test::fonts().face(FontStyle::regular);
  BOOST_TEST(face.ascent() > 0.6);
  BOOST_TEST(face.ascent() < 1.2);
  BOOST_TEST(face.descent() > 0.1);
  BOOST_TEST(face.cap_height() > 0.5);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_font_is_refused) {
  test::TempDir dir;
  BOOST_CHECK_THROW(layout::FontFace::load(dir.write("x.ttf", "not a font at all, just text")), layout::FontError);
  BOOST_CHECK_THROW(layout::FontFace::load(dir.path() / "missing.ttf"), layout::FontError);
}
