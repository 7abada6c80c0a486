// Fonts: each face opened in the encodings its text needs (see text_runs.hpp).
#include <string>

#include "pdf/parts.hpp"
#include "pdf/to_unicode.hpp"

namespace quire::pdf {

namespace {

void replace_to_unicode(DocHandle& doc, HPDF_Font font) {
  auto* map = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (!map || !map->stream) throw PdfError("libharu gave a UTF-8 font no ToUnicode map");
  for (const char* key : {"CMapName", "CIDSystemInfo", "Type", "WMode"}) HPDF_Dict_RemoveElement(map, key);
  doc.forget_error();  // removing a key the map lacks is not a failure
  HPDF_MemStream_FreeData(map->stream);
  HPDF_Stream_WriteStr(map->stream, identity_to_unicode().c_str());
  doc.check("writing a ToUnicode map");
}

// libharu gives single-byte fonts no ToUnicode map; readers would fall back on the encoding's
// glyph names. An explicit map makes every character extract as itself, in every reader.
void add_to_unicode(DocHandle& doc, HPDF_Font font, const std::map<unsigned char, char32_t>& codes) {
  HPDF_Dict map = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
  doc.check("making a ToUnicode map");
  map->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Stream_WriteStr(map->stream, single_byte_to_unicode(codes).c_str());
  HPDF_Dict_Add(font, "ToUnicode", map);
  doc.check("writing a ToUnicode map");
}

constexpr const char* kEncodingNames[kEncodings] = {"WinAnsiEncoding", "ISO8859-14", "UTF-8"};

CodeTables read_code_tables(DocHandle& doc) {
  CodeTables tables;
  for (const Encoding e : {Encoding::win_ansi, Encoding::latin8}) {
    const std::size_t i = static_cast<std::size_t>(e);
    HPDF_Encoder encoder = HPDF_GetEncoder(doc.get(), kEncodingNames[i]);
    doc.check(std::string("reading the ") + kEncodingNames[i] + " encoding");
    for (unsigned code = 0x20; code <= 0xFF; ++code) {
      const HPDF_UNICODE cp = HPDF_Encoder_GetUnicode(encoder, static_cast<HPDF_UINT16>(code));
      if (cp != 0 && code != 0x7F) tables.add(e, cp, static_cast<unsigned char>(code));
    }
  }
  return tables;
}

const CodeTables& code_tables(DocHandle& doc, Resources& res) {
  if (!res.codes) res.codes = read_code_tables(doc);
  return *res.codes;
}

}  // namespace

HPDF_Font font_of(DocHandle& doc, Resources& res, layout::FontStyle style, Encoding encoding) {
  auto& faces = res.fonts[static_cast<std::size_t>(style)];
  HPDF_Font& font = faces[static_cast<std::size_t>(encoding)];
  if (font) return font;
  const auto& path = res.font_files.of(style);
  // libharu refuses to load a file twice: its encodings share the one definition.
  const char*& name = res.font_names[static_cast<std::size_t>(style)];
  if (!name) {
    name = HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
    doc.check("embedding " + path.string());
  }
  const char* encoding_name = kEncodingNames[static_cast<std::size_t>(encoding)];
  font = HPDF_GetFont(doc.get(), name, encoding_name);
  doc.check("opening " + path.string() + " with " + encoding_name);
  if (encoding == Encoding::utf8) replace_to_unicode(doc, font);
  else add_to_unicode(doc, font, code_tables(doc, res).pairs(encoding));
  return font;
}

void show_text(DocHandle& doc, HPDF_Page page, Resources& res, layout::FontStyle style, double size,
               std::string_view utf8, std::optional<HPDF_Point> at) {
  for (const EncodedRun& run : encode_runs(utf8, code_tables(doc, res))) {
    HPDF_Font font = font_of(doc, res, style, run.encoding);
    if (HPDF_Page_GetCurrentFont(page) != font || HPDF_Page_GetCurrentFontSize(page) != static_cast<HPDF_REAL>(size))
      HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(size));
    if (at) HPDF_Page_TextOut(page, at->x, at->y, run.bytes.c_str());
    else HPDF_Page_ShowText(page, run.bytes.c_str());
    at.reset();
  }
}

}  // namespace quire::pdf
