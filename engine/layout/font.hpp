// Font metrics read from the very TrueType files the PDF embeds: advance widths (hmtx), the
// Unicode cmap (format 4, as libharu reads it) and the vertical metrics. Widths are kept in
// thousandths of an em, truncated exactly as libharu writes them into the PDF's /W array, so a
// line measured here is a line drawn there.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace quire::layout {

// A font file that cannot be read or is not a TrueType font quire can use.
class FontError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class FontStyle : std::uint8_t { regular, bold, italic, bold_italic };

// One TrueType face's metrics.
class FontFace {
 public:
  // Reads the face; throws FontError when the file is unreadable or lacks a needed table.
  static FontFace load(const std::filesystem::path& path);

  // Advance of a code point in thousandths of an em (the missing glyph's for unmapped ones).
  int advance(char32_t cp) const { return cp < advances_.size() ? advances_[cp] : missing_advance_; }
  bool has_glyph(char32_t cp) const { return cp < glyphs_.size() && glyphs_[cp] != 0; }
  double ascent() const { return ascent_; }    // typographic ascent, in ems
  double descent() const { return descent_; }  // typographic descent, in ems, positive
  double cap_height() const { return cap_height_; }

 private:
  std::vector<std::uint16_t> glyphs_;    // BMP code point -> glyph id
  std::vector<std::uint16_t> advances_;  // BMP code point -> advance (1/1000 em)
  std::uint16_t missing_advance_ = 0;
  double ascent_ = 0.8;
  double descent_ = 0.2;
  double cap_height_ = 0.7;
};

// The four faces of the text family.
struct FontFiles {
  std::filesystem::path regular, bold, italic, bold_italic;
  // The files quire ships in `folder` (OpenSans-Regular.ttf and its siblings).
  static FontFiles in(const std::filesystem::path& folder);
  const std::filesystem::path& of(FontStyle style) const;
};

// Loaded faces, each read once; measuring is a table look-up per character.
class FontSet {
 public:
  explicit FontSet(const FontFiles& files);
  const FontFace& face(FontStyle style) const { return faces_[static_cast<std::size_t>(style)]; }
  // Width in points of UTF-8 text set in `style` at `size`.
  double width(std::string_view utf8, FontStyle style, double size) const;

 private:
  std::array<FontFace, 4> faces_;
};

}  // namespace quire::layout
