#include <utility>

#include "base/dispatch.hpp"
#include "model/inspection.hpp"

namespace quire {

std::vector<Located<std::string>> footnote_citations(const Inspection& in) {
  std::vector<Located<std::string>> out;
  dispatch(in.body, [&](const auto& body) { collect_citations(body, out); });
  return out;
}

SourcePos position_in(const MarkdownText& md, int line, int column) {
  SourcePos pos = md.pos;
  if (line < 1 || column < 1) return pos;
  if (md.block) {
    pos.line += line - 1;
    pos.column += column - 1;
  } else if (line == 1) {
    pos.column += column - 1;
  }
  return pos;
}

std::vector<const MarkdownText*> narrative_fields(const Inspection& in) {
  std::vector<const MarkdownText*> fields;
  dispatch(in.body, [&](const auto& body) { collect_narrative(body, fields); });
  for (const auto& f : in.footnotes) fields.push_back(&f.text);
  return fields;
}

std::vector<MarkdownText*> narrative_fields(Inspection& in) {
  // One list of fields, not a second to keep in step: `in` is not const, so neither are they.
  std::vector<MarkdownText*> fields;
  for (const MarkdownText* field : narrative_fields(std::as_const(in)))
    fields.push_back(const_cast<MarkdownText*>(field));
  return fields;
}

}  // namespace quire
