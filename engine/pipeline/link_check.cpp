#include "pipeline/link_check.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "markdown/links.hpp"

namespace quire {

namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

// The narrative fields joined into one Markdown document, as the report joins them, and the line
// of the joined text each field starts on. The report resolves a reference-style link against
// definitions anywhere in the document, so the fields are parsed together, not one by one.
struct NarrativeDocument {
  std::string text;
  std::vector<int> first_lines;  // 1-based, one per field, ascending
};

NarrativeDocument join(const std::vector<const MarkdownText*>& fields) {
  NarrativeDocument doc;
  int line = 1;
  for (const MarkdownText* field : fields) {
    doc.first_lines.push_back(line);
    doc.text += field->text;
    doc.text += "\n\n";  // a blank line ends the field's last paragraph
    line += static_cast<int>(std::count(field->text.begin(), field->text.end(), '\n')) + 2;
  }
  return doc;
}

// The field holding line `line` of the joined document, and where in its source file that is.
SourcePos source_position(const std::vector<const MarkdownText*>& fields, const NarrativeDocument& doc,
                          const MarkdownLink& link) {
  const auto after = std::upper_bound(doc.first_lines.begin(), doc.first_lines.end(), std::max(link.line, 1));
  const auto index = static_cast<std::size_t>(after - doc.first_lines.begin()) - 1;
  if (link.line < 1) return fields[index]->pos;  // cmark-gfm gave no position
  return position_in(*fields[index], link.line - doc.first_lines[index] + 1, link.column);
}

}  // namespace

bool link_destination_allowed(std::string_view destination) {
  if (destination.empty() || destination.front() == '#') return true;
  return starts_with_ignoring_case(destination, "http://") || starts_with_ignoring_case(destination, "https://") ||
         starts_with_ignoring_case(destination, "mailto:");
}

void check_links(const Inspection& inspection, Diagnostics& diags) {
  const auto fields = narrative_fields(inspection);
  if (fields.empty()) return;
  const NarrativeDocument doc = join(fields);
  for (const MarkdownLink& link : markdown_links(doc.text)) {
    if (link_destination_allowed(link.destination)) continue;
    diags.error(source_position(fields, doc, link), "link-not-allowed",
                "link target '" + link.destination + "' is not allowed; use http(s), mailto or an internal #anchor");
  }
}

}  // namespace quire
