#include "html/page.hpp"

#include "html/html.hpp"
#include "html/style.hpp"
#include "html/writer.hpp"

namespace quire::html {

void open_page(Out& out, const std::string& language, const std::string& title, const doc::Metadata* meta,
               const Words& words) {
  out.markup("<!DOCTYPE html>\n<html").attr("lang", language).markup(">\n<head>\n<meta charset=\"utf-8\">\n");
  out.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  out.markup("<title>").text(title).markup("</title>\n");
  if (meta && !meta->author.empty()) out.markup("<meta name=\"author\"").attr("content", meta->author).markup(">\n");
  if (meta && !meta->subject.empty())
    out.markup("<meta name=\"description\"").attr("content", meta->subject).markup(">\n");
  if (meta && !meta->keywords.empty())
    out.markup("<meta name=\"keywords\"").attr("content", meta->keywords).markup(">\n");
  out.markup("<style>\n").markup(kStylesheet).markup("</style>\n</head>\n<body>\n");
  out.markup("<a class=\"skip-link\" href=\"#main\">").text(words.get("html.skip_to_content")).markup("</a>\n");
}

void close_page(Out& out) { out.markup("</body>\n</html>\n"); }

std::string write_html(const doc::Document& document, const Options& options) {
  Out out;
  const Words words(options.labels);
  open_page(out, options.language, document.meta.title, &document.meta, words);
  Writer(out, document, options).report();
  close_page(out);
  return out.take();
}

}  // namespace quire::html
