#include "markdown/cmark_util.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include <mutex>

namespace quire::markdown_detail {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;

}  // namespace

NodePtr parse_gfm(std::string_view markdown) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  // One parse at a time in the process: cmark-gfm keeps the characters its extensions react to
  // in a global table, which attaching an extension fills and finishing a parse clears, so a
  // parse finishing on one thread stops another from seeing autolinks (a bare URL came out
  // unlinked, now and then, when two ran at once). quire serve answers on several threads.
  static std::mutex one_parse_at_a_time;
  const std::lock_guard lock(one_parse_at_a_time);
  ParserPtr parser(cmark_parser_new(CMARK_OPT_FOOTNOTES));
  for (const char* name : {"table", "strikethrough", "autolink"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

}  // namespace quire::markdown_detail
