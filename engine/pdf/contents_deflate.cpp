#include "pdf/contents_deflate.hpp"

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

}  // namespace

ContentsDeflater::ContentsDeflater() : worker_([this] { work(); }) {}

ContentsDeflater::~ContentsDeflater() {
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void ContentsDeflater::add(HPDF_Page page) {
  const auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Dict contents = attr->contents;
  if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION || attr->gstate->prev || !contents || !contents->stream ||
      contents->stream->type != HPDF_STREAM_MEMORY || contents->write_fn || contents->stream->size == 0)
    return;
  {
    const std::lock_guard lock(mutex_);
    jobs_.push_back(Job{contents, bytes_of(contents->stream), {}});
  }
  wake_.notify_one();
}

ContentsDeflater::Job* ContentsDeflater::claim() {
  if (next_ >= jobs_.size()) return nullptr;
  return &jobs_[next_++];
}

void ContentsDeflater::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return closing_ || next_ < jobs_.size(); });
    Job* job = claim();
    if (!job) return;  // closing, and nothing left
    lock.unlock();
    job->compressed = deflated(job->raw);
    lock.lock();
  }
}

void ContentsDeflater::finish() {
  for (;;) {
    Job* job = nullptr;
    {
      const std::lock_guard lock(mutex_);
      job = claim();
      if (!job) closing_ = true;
    }
    if (!job) break;
    job->compressed = deflated(job->raw);
  }
  wake_.notify_all();
  worker_.join();
  for (Job& job : jobs_) {
    if (job.compressed.empty()) continue;  // zlib failed: libharu compresses this one itself
    HPDF_Stream stream = job.contents->stream;
    HPDF_MemStream_FreeData(stream);
    if (HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(job.compressed.data()),
                          static_cast<HPDF_UINT>(job.compressed.size())) != HPDF_OK)
      throw PdfError("could not store a page's compressed contents");
    job.contents->filter = HPDF_STREAM_FILTER_NONE;
    job.contents->write_fn = write_flate_filter;
  }
}

}  // namespace quire::pdf
