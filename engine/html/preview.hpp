// The live preview's pages (quire serve): a report under its problems and controls, and the list
// of inspections. Written here so that every string reaches the page through the one escaper.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "doc/doc.hpp"
#include "html/html.hpp"

namespace quire::html {

struct Link {
  std::string label;
  std::string href;
  std::string language;  // the label's language, when it is not the page's (a language's own name)
  bool current = false;  // this link is the page being shown
};

// What a preview shows above the report.
struct Preview {
  std::string name;                     // the inspection's folder
  std::vector<Diagnostic> diagnostics;  // every problem found, in order
  std::vector<Link> downloads;          // the PDF and the Markdown, made when asked for
  std::vector<Link> languages;          // one per language, the shown one current
  Link index;                           // back to the list of inspections
  std::string version_url;              // waited on: the page fetches itself again when the
  std::string version;                  // answer differs from `version`
};

// The report under the preview's controls: one edition, or several on one page (a bilingual
// preview); none when it could not be made, and then only its problems. `options` are the page's
// (the first edition's language and labels).
std::string write_preview(const std::vector<Edition>& editions, const Options& options, const Preview& preview);

struct IndexEntry {
  std::string name;  // the inspection's folder
  std::string href;
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

struct Index {
  std::string folder;  // the served folder's path, named in the title
  std::vector<IndexEntry> entries;
  std::vector<Link> languages;
  std::string version_url;
  std::string version;
};

// The list of inspections with their validation status.
std::string write_index(const Index& index, const Options& options);

// The label keys the preview pages use, besides required_labels().
const std::vector<std::string>& preview_labels();

}  // namespace quire::html
