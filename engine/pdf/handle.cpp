#include "pdf/handle.hpp"

#include <cstdio>

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

// libharu (2.3, Debian's) has no function for the version: it declares the lowest its own
// features need, and knows nothing of what quire adds through its object API (the structure
// tree, /Lang, marked content). This is the one place that writes libharu's document struct,
// relying on two things of Debian's libhpdf-dev: `pdf_version` is a field of _HPDF_Doc_Rec in its
// installed hpdf_doc.h (HPDF_Doc points to one), and HPDF_SaveToStream reads it to write the header.
// tests/pdf checks the header, so a libharu that changes either is caught.
void DocHandle::declare_version(HPDF_PDFVer version) { doc_->pdf_version = version; }

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
