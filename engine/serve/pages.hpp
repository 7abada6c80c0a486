// What the preview server answers, made in-process through the pipeline: the list of
// inspections, a report's preview, its PDF and Markdown. No HTTP here (server.cpp has that).
#pragma once

#include <chrono>

#include <filesystem>
#include <string>

#include "pipeline/pipeline.hpp"

namespace quire::serve {

struct Site {
  std::filesystem::path folder;  // the served folder, canonical
  Options options;               // root and defaults; each request sets the language
};

struct Answer {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
};

// "/?lang=.." lists the inspections with their validation status.
Answer index_page(const Site& site, const std::string& language);
// "/report/NAME?lang=..": the report as a draft, under its problems and the preview's controls.
Answer preview_page(const Site& site, const std::string& name, const std::string& language);
// "/files/NAME/report.pdf" or ".md": made on request; the problems as text when it cannot be.
Answer report_file(const Site& site, const std::string& name, const std::string& language, const std::string& format);
// "/version?inspection=NAME": what the open page compares to know it is out of date.
// With `since` (the version the page shows), the answer waits until the version differs, or
// `longest` has passed: the page learns of a save within a few milliseconds without asking
// again and again. It reads only file times, so it runs outside the render lock. `longest` is
// short because stopping the server waits for every answer under way.
Answer version(const Site& site, const std::string& name, const std::string& since = "",
               std::chrono::milliseconds longest = std::chrono::seconds(2));

// "en", "cy", or both on one page ("cy,en", "en,cy"): what a request's `lang` asks for, English
// when it asks for nothing known.
std::string language_of(const std::string& requested);

}  // namespace quire::serve
