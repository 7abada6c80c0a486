#include "layout/font.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "base/utf8.hpp"

namespace quire::layout {

namespace {

struct Reader {
  const std::vector<unsigned char>& data;
  std::string file;
  std::uint32_t u32(std::size_t at) const {
    need(at, 4);
    return std::uint32_t(data[at]) << 24 | std::uint32_t(data[at + 1]) << 16 | std::uint32_t(data[at + 2]) << 8 |
           data[at + 3];
  }
  std::uint16_t u16(std::size_t at) const {
    need(at, 2);
    return static_cast<std::uint16_t>(data[at] << 8 | data[at + 1]);
  }
  std::int16_t s16(std::size_t at) const { return static_cast<std::int16_t>(u16(at)); }
  void need(std::size_t at, std::size_t n) const {
    if (at + n > data.size()) throw FontError(file + ": truncated TrueType data");
  }
};

std::map<std::string, std::size_t> table_offsets(const Reader& r) {
  std::map<std::string, std::size_t> tables;
  const std::uint16_t count = r.u16(4);
  for (std::uint16_t i = 0; i < count; ++i) {
    const std::size_t rec = 12 + 16u * i;
    r.need(rec, 16);
    tables[std::string(reinterpret_cast<const char*>(&r.data[rec]), 4)] = r.u32(rec + 8);
  }
  for (const char* needed : {"head", "hhea", "hmtx", "cmap", "maxp"})
    if (!tables.count(needed)) throw FontError(r.file + ": no '" + needed + "' table: not a TrueType font quire can use");
  return tables;
}

// The Windows Unicode BMP subtable (3,1) or Unicode (0,3), format 4: the one libharu maps with.
std::size_t bmp_subtable(const Reader& r, std::size_t cmap) {
  const std::uint16_t count = r.u16(cmap + 2);
  for (std::uint16_t i = 0; i < count; ++i) {
    const std::size_t rec = cmap + 4 + 8u * i;
    const std::uint16_t platform = r.u16(rec), encoding = r.u16(rec + 2);
    const std::size_t sub = cmap + r.u32(rec + 4);
    if (((platform == 3 && encoding == 1) || (platform == 0 && encoding == 3)) && r.u16(sub) == 4) return sub;
  }
  throw FontError(r.file + ": no Unicode (format 4) cmap");
}

std::vector<std::uint16_t> read_cmap(const Reader& r, std::size_t sub) {
  std::vector<std::uint16_t> glyphs(0x10000, 0);
  const std::size_t segs = r.u16(sub + 6) / 2u;
  const std::size_t ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                    offsets = deltas + 2 * segs;
  for (std::size_t s = 0; s < segs; ++s) {
    const std::uint32_t end = r.u16(ends + 2 * s), start = r.u16(starts + 2 * s);
    const std::uint16_t delta = r.u16(deltas + 2 * s), range = r.u16(offsets + 2 * s);
    for (std::uint32_t c = start; c <= end && c < 0xFFFF; ++c) {
      std::uint16_t g = 0;
      if (range == 0) {
        g = static_cast<std::uint16_t>(c + delta);
      } else {
        const std::size_t at = offsets + 2 * s + range + 2 * (c - start);
        g = r.u16(at);
        if (g != 0) g = static_cast<std::uint16_t>(g + delta);
      }
      glyphs[c] = g;
    }
  }
  return glyphs;
}

}  // namespace

FontFace FontFace::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw FontError(path.string() + ": cannot read font file");
  std::vector<unsigned char> data(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)));
  in.seekg(0);
  if (!in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size())))
    throw FontError(path.string() + ": cannot read font file");
  const Reader r{data, path.string()};
  const auto t = table_offsets(r);
  const double upem = r.u16(t.at("head") + 18);
  if (upem <= 0) throw FontError(path.string() + ": unitsPerEm is zero");
  const std::size_t metrics = r.u16(t.at("hhea") + 34);
  const std::size_t glyph_count = r.u16(t.at("maxp") + 4);
  if (metrics == 0) throw FontError(path.string() + ": no horizontal metrics");

  // Thousandths of an em, truncated: what libharu computes and writes.
  const std::size_t hmtx = t.at("hmtx");
  std::vector<std::uint16_t> glyph_advance(glyph_count + 1);
  for (std::size_t gid = 0; gid < glyph_advance.size(); ++gid) {
    const std::size_t m = gid < metrics ? gid : metrics - 1;
    glyph_advance[gid] =
        static_cast<std::uint16_t>(static_cast<unsigned>(r.u16(hmtx + 4 * m)) * 1000u / static_cast<unsigned>(upem));
  }
  FontFace face;
  face.glyphs_ = read_cmap(r, bmp_subtable(r, t.at("cmap")));
  face.missing_advance_ = glyph_advance[0];
  face.advances_.resize(face.glyphs_.size());
  for (std::size_t c = 0; c < face.glyphs_.size(); ++c) {
    const std::size_t g = face.glyphs_[c];
    face.advances_[c] = glyph_advance[g < glyph_count ? g : 0];
  }
  if (t.count("OS/2")) {
    const std::size_t os2 = t.at("OS/2");
    face.ascent_ = r.s16(os2 + 68) / upem;
    face.descent_ = -r.s16(os2 + 70) / upem;
    if (r.u16(os2) >= 2) face.cap_height_ = r.s16(os2 + 88) / upem;
  } else {
    face.ascent_ = r.s16(t.at("hhea") + 4) / upem;
    face.descent_ = -r.s16(t.at("hhea") + 6) / upem;
  }
  return face;
}

FontFiles FontFiles::in(const std::filesystem::path& folder) {
  return FontFiles{folder / "OpenSans-Regular.ttf", folder / "OpenSans-Bold.ttf", folder / "OpenSans-Italic.ttf",
                   folder / "OpenSans-BoldItalic.ttf"};
}

const std::filesystem::path& FontFiles::of(FontStyle style) const {
  switch (style) {
    case FontStyle::bold: return bold;
    case FontStyle::italic: return italic;
    case FontStyle::bold_italic: return bold_italic;
    default: return regular;
  }
}

FontSet::FontSet(const FontFiles& files)
    : faces_{FontFace::load(files.regular), FontFace::load(files.bold), FontFace::load(files.italic),
             FontFace::load(files.bold_italic)} {}

double FontSet::width(std::string_view utf8, FontStyle style, double size) const {
  const FontFace& f = face(style);
  long units = 0;
  for (std::size_t i = 0; i < utf8.size();) units += f.advance(utf8::next(utf8, i));
  return static_cast<double>(units) * size / 1000.0;
}

}  // namespace quire::layout
