// libharu's document handle, owned, and its errors: libharu reports through a callback, which
// records the error; `check` turns it into an exception after the call, so no C frame is ever
// unwound (and nothing longjmps through C++). Internal to pdf/.
#pragma once

#include <hpdf.h>

#include <string>

namespace quire::pdf {

class DocHandle {
 public:
  DocHandle();
  ~DocHandle();
  DocHandle(const DocHandle&) = delete;
  DocHandle& operator=(const DocHandle&) = delete;

  HPDF_Doc get() const { return doc_; }
  // Throws PdfError naming `what` if libharu reported an error since the last check.
  void check(const std::string& what);
  // Forgets an error that does not matter (removing a key that was never there).
  void forget_error();
  // Makes the saved file's header declare `version` (%PDF-1.x). Call it last: libharu raises the
  // version as its own features need it. Reaches into libharu's document struct (handle.cpp says why).
  void declare_version(HPDF_PDFVer version);
  // The whole document, saved to memory.
  std::string save();

 private:
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);
  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = HPDF_OK;
};

}  // namespace quire::pdf
