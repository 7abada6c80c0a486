#include "pdf/handle.hpp"

#include <hpdf_utils.h>

#include <cstdio>
#include <cstring>

#include "pdf/pdf.hpp"

namespace quire::pdf {

DocHandle::DocHandle() : doc_(HPDF_New(&DocHandle::on_error, this)) {
  if (!doc_) throw PdfError("libharu could not create a document");
}

DocHandle::~DocHandle() { HPDF_Free(doc_); }

void DocHandle::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self) {
  auto* handle = static_cast<DocHandle*>(self);
  if (handle->error_ == HPDF_OK) {  // the first error is the cause; later ones follow from it
    handle->error_ = error;
    handle->detail_ = detail;
  }
}

void DocHandle::check(const std::string& what) {
  if (error_ == HPDF_OK) return;
  char code[48];
  std::snprintf(code, sizeof code, "libharu error 0x%04X (detail %u)", static_cast<unsigned>(error_),
                static_cast<unsigned>(detail_));
  error_ = HPDF_OK;
  HPDF_ResetError(doc_);
  throw PdfError(what + ": " + code);
}

void DocHandle::forget_error() {
  error_ = HPDF_OK;
  HPDF_ResetError(doc_);
}

std::string DocHandle::save() {
  HPDF_SaveToStream(doc_);
  check("saving the PDF");
  std::string bytes(HPDF_GetStreamSize(doc_), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  // libharu signals the end of its stream as an error; anything else is one.
  if (error_ == HPDF_STREAM_EOF) {
    error_ = HPDF_OK;
    HPDF_ResetError(doc_);
  }
  check("reading the PDF back");
  bytes.resize(size);
  return bytes;
}

}  // namespace quire::pdf

// libharu copies, clears and measures memory a byte at a time (hpdf_utils.c), and clears a 2 KB
// buffer for every operator it writes: a sixth of writing a PDF went there. These take the place
// of libharu's own (the dynamic linker binds the library's calls to a program's definitions
// first), with the same results, done by the C library's routines.
extern "C" {

HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  if (n) std::memmove(out, in, n);
  return out + n;
}

void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  if (n) std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}

HPDF_UINT HPDF_StrLen(const char* s, HPDF_INT maxlen) {
  if (!s) return 0;
  return static_cast<HPDF_UINT>(maxlen < 0 ? std::strlen(s) : strnlen(s, static_cast<std::size_t>(maxlen)));
}

}  // extern "C"
