// The preview's pages. The report keeps its own landmarks; the preview's controls and problems
// sit above it in a labelled region, and a small script (the only one quire writes) waits on
// the server so the page follows the files as they are edited.
#include "html/preview.hpp"

#include "html/page.hpp"
#include "html/writer.hpp"

namespace quire::html {

namespace {

// The page asks the server for the version with `since`: the answer comes when a file changes
// (the server waits for it). The page then fetches itself and puts in place only the elements
// that changed: a reload (a navigation, the whole page parsed, styled and laid out again, then
// scrolled back) took much of the time from save to screen (bench/README.md). After an
// edit the first problem, if there is one, is scrolled into view; otherwise the reader stays where
// they were. What is not an HTML page (the server's own error text) is shown by reloading.
constexpr char kReloadScript[] = R"js(<script>
(function () {
  var el = document.querySelector("[data-version-url]");
  if (!el || !window.fetch || !window.URL || !window.DOMParser) return;
  var seen = el.getAttribute("data-version");
  var url = new URL(el.getAttribute("data-version-url"), location.href);
  // Replaces only the parts that changed: chromium then styles and lays out those, not the page.
  function patch(old, now, depth) {
    if (old.isEqualNode(now)) return;
    var same = depth > 0 && old.nodeType === 1 && old.tagName === now.tagName &&
      old.childNodes.length === now.childNodes.length && old.attributes.length === now.attributes.length;
    for (var i = 0; same && i < now.attributes.length; ++i)
      same = old.getAttribute(now.attributes[i].name) === now.attributes[i].value;
    if (!same) return old.replaceWith(document.adoptNode(now));
    var olds = Array.prototype.slice.call(old.childNodes), nows = Array.prototype.slice.call(now.childNodes);
    for (var j = 0; j < nows.length; ++j) patch(olds[j], nows[j], depth - 1);
  }
  function show(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    var kept = window.scrollY;
    document.title = fresh.title;
    patch(document.body, fresh.body, 6);
    var problem = document.querySelector(".diagnostics li");
    if (problem) problem.scrollIntoView({block: "center"});
    else window.scrollTo(0, kept);
    var now = document.querySelector("[data-version-url]");
    if (now) seen = now.getAttribute("data-version");
  }
  function page() {
    return fetch(location.href, {cache: "no-store"}).then(function (r) {
      var type = r.headers.get("Content-Type") || "";
      if (!r.ok || type.indexOf("text/html") !== 0) return location.reload();
      return r.text().then(function (html) { show(html); wait(); });
    });
  }
  function wait() {
    url.searchParams.set("since", seen);
    fetch(url, {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (now) {
      return now === seen ? wait() : page();
    }).catch(function () { setTimeout(wait, 1000); });
  }
  wait();
})();
</script>
)js";

void link(Out& out, const Link& l) {
  out.markup("<a").attr("href", l.href);
  if (!l.language.empty()) out.attr("lang", l.language).attr("hreflang", l.language);
  if (l.current) out.markup(" aria-current=\"page\"");
  out.markup(">").text(l.label).markup("</a>");
}

void links(Out& out, const std::vector<Link>& ls, const std::string& label) {
  out.markup("<nav").attr("aria-label", label).markup("><ul>");
  for (const auto& l : ls) {
    out.markup("<li>");
    link(out, l);
    out.markup("</li>");
  }
  out.markup("</ul></nav>\n");
}

std::string where(const SourcePos& pos) {
  std::string s = pos.file.empty() ? "" : pos.file;
  if (pos.line > 0) s += ":" + std::to_string(pos.line);
  if (pos.line > 0 && pos.column > 0) s += ":" + std::to_string(pos.column);
  return s;
}

const char* severity_key(Severity s) {
  return s == Severity::error ? "preview.severity.error"
                              : (s == Severity::warning ? "preview.severity.warning" : "preview.severity.note");
}

void diagnostics(Out& out, const std::vector<Diagnostic>& ds, const Words& words) {
  if (ds.empty()) return;  // the tally above says so
  out.markup("<ul class=\"diagnostics\">\n");
  for (const auto& d : ds) {
    out.markup("<li");
    if (d.severity == Severity::error) out.markup(" class=\"error\"");
    else if (d.severity == Severity::warning) out.markup(" class=\"warning\"");
    out.markup("><span class=\"severity\">").text(words.get(severity_key(d.severity))).markup("</span> ");
    if (const std::string w = where(d.pos); !w.empty()) out.markup("<span class=\"where\">").text(w).markup("</span> ");
    out.text(d.message).markup("</li>\n");
  }
  out.markup("</ul>\n");
}

std::string tally(std::size_t errors, std::size_t warnings, const Words& words) {
  if (errors == 0 && warnings == 0) return words.get("preview.no_problems");
  std::string s = words.fill("preview.error_count", {{"count", std::to_string(errors)}});
  return s + ", " + words.fill("preview.warning_count", {{"count", std::to_string(warnings)}});
}

const char* status_class(std::size_t errors, std::size_t warnings) {
  return errors ? "status-errors" : (warnings ? "status-warnings" : "status-ok");
}

void version_attributes(Out& out, const std::string& url, const std::string& version) {
  out.attr("data-version-url", url).attr("data-version", version);
}

}  // namespace

const std::vector<std::string>& preview_labels() {
  static const std::vector<std::string> keys = {
      "preview.title",           "preview.inspections",      "preview.inspection",      "preview.status",
      "preview.no_problems",     "preview.error_count",      "preview.warning_count",   "preview.severity.error",
      "preview.severity.warning", "preview.severity.note",   "preview.all_inspections", "preview.download_pdf",
      "preview.download_markdown", "preview.not_made",       "preview.updates",         "preview.language",
      "preview.problems_heading", "preview.files"};
  return keys;
}

std::string write_preview(const std::vector<Edition>& editions, const Options& options, const Preview& p) {
  Out out;
  const Words words(options.labels);
  const doc::Document* report = editions.empty() ? nullptr : editions.front().document;
  const std::string title = report ? editions_title(editions) : p.name;
  open_page(out, options.language, words.get("preview.title") + ": " + title, report ? &report->meta : nullptr, words);
  out.markup("<section id=\"preview\" class=\"preview\"").attr("aria-label", words.get("preview.title"));
  version_attributes(out, p.version_url, p.version);
  out.markup(">\n");
  links(out, [&] {
    std::vector<Link> all{p.index};
    all.insert(all.end(), p.downloads.begin(), p.downloads.end());
    return all;
  }(), words.get("preview.files"));
  links(out, p.languages, words.get("preview.language"));
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : p.diagnostics) {
    if (d.severity == Severity::error) ++errors;
    if (d.severity == Severity::warning) ++warnings;
  }
  out.markup("<p><strong>").text(p.name).markup(":</strong> <span").attr("class", status_class(errors, warnings));
  out.markup(">").text(tally(errors, warnings, words)).markup("</span>. ");
  out.text(words.get("preview.updates")).markup("</p>\n");
  if (report) diagnostics(out, p.diagnostics, words);
  out.markup("</section>\n");
  if (editions.size() > 1) {
    write_editions(out, editions);
  } else if (report) {
    Writer(out, *report, editions.front().options).report();
  } else {
    out.markup("<main id=\"main\">\n<h1>").text(p.name).markup("</h1>\n<p>").text(words.get("preview.not_made"));
    out.markup("</p>\n<h2>").text(words.get("preview.problems_heading")).markup("</h2>\n");
    diagnostics(out, p.diagnostics, words);
    out.markup("</main>\n");
  }
  out.markup(kReloadScript);
  close_page(out);
  return out.take();
}

std::string write_index(const Index& index, const Options& options) {
  Out out;
  const Words words(options.labels);
  const std::string title = words.fill("preview.inspections", {{"folder", index.folder}});
  open_page(out, options.language, title, nullptr, words);
  out.markup("<section id=\"preview\" class=\"preview\"").attr("aria-label", words.get("preview.title"));
  version_attributes(out, index.version_url, index.version);
  out.markup(">\n");
  links(out, index.languages, words.get("preview.language"));
  out.markup("<p>").text(words.get("preview.updates")).markup("</p>\n</section>\n");
  out.markup("<main id=\"main\">\n<h1>").text(title).markup("</h1>\n<table class=\"inspections\">\n<thead>\n<tr>");
  out.markup("<th scope=\"col\">").text(words.get("preview.inspection")).markup("</th><th scope=\"col\">");
  out.text(words.get("preview.status")).markup("</th></tr>\n</thead>\n<tbody>\n");
  for (const auto& e : index.entries) {
    out.markup("<tr><th scope=\"row\">");
    link(out, Link{e.name, e.href, {}, false});
    out.markup("</th><td").attr("class", status_class(e.errors, e.warnings)).markup(">").text(tally(e.errors, e.warnings, words)).markup("</td></tr>\n");
  }
  out.markup("</tbody>\n</table>\n</main>\n");
  out.markup(kReloadScript);
  close_page(out);
  return out.take();
}

}  // namespace quire::html
