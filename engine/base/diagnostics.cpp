#include "base/diagnostics.hpp"

#include <algorithm>

namespace quire {

void Diagnostics::error(SourcePos pos, std::string code, std::string message) {
  add({Severity::error, std::move(pos), std::move(code), std::move(message)});
}

void Diagnostics::warning(SourcePos pos, std::string code, std::string message) {
  add({Severity::warning, std::move(pos), std::move(code), std::move(message)});
}

void Diagnostics::note(SourcePos pos, std::string code, std::string message) {
  add({Severity::note, std::move(pos), std::move(code), std::move(message)});
}

void Diagnostics::add(Diagnostic d) { items_.push_back(std::move(d)); }

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

namespace {

bool same(const Diagnostic& a, const Diagnostic& b) {
  return a.severity == b.severity && a.code == b.code && a.message == b.message && a.pos.file == b.pos.file &&
         a.pos.line == b.pos.line && a.pos.column == b.pos.column;
}

}  // namespace

void Diagnostics::append_new(const Diagnostics& other) {
  for (const auto& d : other.items_)
    if (std::none_of(items_.begin(), items_.end(), [&](const Diagnostic& known) { return same(known, d); }))
      items_.push_back(d);
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

static const char* severity_word(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.pos.file.empty() ? std::string("quire") : d.pos.file;
  if (d.pos.line > 0) {
    out += ":" + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ":" + std::to_string(d.pos.column);
  }
  out += ": ";
  out += severity_word(d.severity);
  out += ": " + d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  return out;
}

}  // namespace quire
