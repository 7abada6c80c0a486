#include "pdf/background_deflate.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include "pdf/pdf.hpp"

namespace quire::pdf {

namespace {

// What libharu would write: zlib's format at its default level.
std::string deflated(const std::string& raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
                static_cast<uLong>(raw.size()), Z_DEFAULT_COMPRESSION) != Z_OK)
    return {};
  out.resize(size);
  return out;
}

std::string bytes_of(HPDF_Stream stream) {
  std::string bytes;
  bytes.reserve(stream->size);
  for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(stream); ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* buf = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (buf) bytes.append(reinterpret_cast<const char*>(buf), length);
  }
  return bytes;
}

// Written inside the stream's dictionary: libharu writes /Filter only for streams it compresses.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

constexpr HPDF_UINT kProgramBuffer = 4096;  // libharu's own stream buffer size

// The subset of the font's glyphs the pages use, as libharu embeds it; empty if it fails.
std::string font_program(HPDF_FontDef font) {
  HPDF_Stream stream = HPDF_MemStream_New(font->mmgr, kProgramBuffer);
  if (!stream) return {};
  std::string bytes;
  if (HPDF_TTFontDef_SaveFontData(font, stream) == HPDF_OK) bytes = bytes_of(stream);
  HPDF_Stream_Free(stream);
  return bytes;
}

// The font descriptor libharu gives an embedded TrueType font when it saves (hpdf_font_tt.c,
// CreateDescriptor), but for the font program, which the caller adds.
HPDF_Dict describe(HPDF_Font font) {
  const auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  const HPDF_FontDef def = attr->fontdef;
  const auto* def_attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  HPDF_Dict descriptor = HPDF_Dict_New(font->mmgr);
  if (!descriptor) return nullptr;
  HPDF_STATUS ret = HPDF_Xref_Add(attr->xref, descriptor);
  ret += HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  ret += HPDF_Dict_AddNumber(descriptor, "Ascent", def->ascent);
  ret += HPDF_Dict_AddNumber(descriptor, "Descent", def->descent);
  ret += HPDF_Dict_AddNumber(descriptor, "CapHeight", def->cap_height);
  ret += HPDF_Dict_AddNumber(descriptor, "Flags", static_cast<HPDF_INT32>(def->flags));
  ret += HPDF_Dict_Add(descriptor, "FontBBox", HPDF_Box_Array_New(font->mmgr, def->font_bbox));
  ret += HPDF_Dict_AddName(descriptor, "FontName", def_attr->base_font);
  ret += HPDF_Dict_AddNumber(descriptor, "ItalicAngle", def->italic_angle);
  ret += HPDF_Dict_AddNumber(descriptor, "StemV", def->stemv);
  ret += HPDF_Dict_AddNumber(descriptor, "XHeight", def->x_height);
  if (def_attr->char_set) ret += HPDF_Dict_AddName(descriptor, "CharSet", def_attr->char_set);
  return ret == HPDF_OK ? descriptor : nullptr;
}

}  // namespace

BackgroundDeflater::BackgroundDeflater() : worker_([this] { work(); }) {}

BackgroundDeflater::~BackgroundDeflater() {
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void BackgroundDeflater::add(Job job) {
  {
    const std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(job));
  }
  wake_.notify_one();
}

void BackgroundDeflater::add_page_contents(HPDF_Page page) {
  const auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Dict contents = attr->contents;
  if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION || attr->gstate->prev || !contents || !contents->stream ||
      contents->stream->type != HPDF_STREAM_MEMORY || contents->write_fn || contents->stream->size == 0)
    return;
  add(Job{contents, [raw = bytes_of(contents->stream)] { return raw; }, nullptr, {}});
}

void BackgroundDeflater::add_font_program(HPDF_Font font) {
  const auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (!attr || attr->type != HPDF_FONT_TRUETYPE || !attr->fontdef) return;
  const HPDF_FontDef def = attr->fontdef;
  if (def->type != HPDF_FONTDEF_TYPE_TRUETYPE || def->descriptor) return;
  if (!static_cast<HPDF_TTFontDefAttr>(def->attr)->embedding) return;
  HPDF_Dict descriptor = describe(font);
  HPDF_Dict program = HPDF_DictStream_New(font->mmgr, attr->xref);
  if (!descriptor || !program || HPDF_Dict_Add(descriptor, "FontFile2", program) != HPDF_OK)
    throw PdfError("could not describe the font " + std::string(def->base_font));
  def->descriptor = descriptor;  // libharu, saving, now only refers to it
  add(Job{program, [def] { return font_program(def); }, def, {}});
}

BackgroundDeflater::Job* BackgroundDeflater::claim() {
  if (next_ >= jobs_.size()) return nullptr;
  return &jobs_[next_++];
}

void BackgroundDeflater::run(Job& job) {
  const std::string raw = job.raw();
  if (!raw.empty()) job.compressed = deflated(raw);
}

void BackgroundDeflater::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return closing_ || next_ < jobs_.size(); });
    Job* job = claim();
    if (!job) return;  // closing, and nothing left
    lock.unlock();
    run(*job);
    lock.lock();
  }
}

void BackgroundDeflater::install(Job& job) {
  HPDF_Stream stream = job.stream->stream;
  if (job.font) {
    if (job.compressed.empty()) {
      // The subset could not be made here: libharu makes and compresses it as it would have.
      HPDF_MemStream_FreeData(stream);
      if (HPDF_TTFontDef_SaveFontData(job.font, stream) != HPDF_OK)
        throw PdfError("could not embed the font " + std::string(job.font->base_font));
      job.stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    }
    const auto length = static_cast<HPDF_INT32>(static_cast<HPDF_TTFontDefAttr>(job.font->attr)->length1);
    if (HPDF_Dict_AddNumber(job.stream, "Length1", length) + HPDF_Dict_AddNumber(job.stream, "Length2", 0) +
            HPDF_Dict_AddNumber(job.stream, "Length3", 0) !=
        HPDF_OK)
      throw PdfError("could not describe the font " + std::string(job.font->base_font));
  }
  if (job.compressed.empty()) return;  // zlib failed: libharu compresses this one itself
  HPDF_MemStream_FreeData(stream);
  if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(job.compressed.data()),
                        static_cast<HPDF_UINT>(job.compressed.size())) != HPDF_OK)
    throw PdfError("could not store a compressed stream");
  job.stream->filter = HPDF_STREAM_FILTER_NONE;
  job.stream->write_fn = write_flate_filter;
}

void BackgroundDeflater::finish() {
  for (;;) {
    Job* job = nullptr;
    {
      const std::lock_guard lock(mutex_);
      job = claim();
      if (!job) closing_ = true;
    }
    if (!job) break;
    run(*job);
  }
  wake_.notify_all();
  worker_.join();
  for (Job& job : jobs_) install(job);
}

}  // namespace quire::pdf
