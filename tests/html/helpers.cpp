#include "html/helpers.hpp"

#include <boost/test/unit_test.hpp>

#include "load/load.hpp"
#include "support/support.hpp"

namespace quire::test {

doc::Inline text(const std::string& t) {
  doc::Inline in;
  in.text = t;
  return in;
}

doc::Inline wrap(doc::InlineKind kind, doc::Inlines children) {
  doc::Inline in;
  in.kind = kind;
  in.children = std::move(children);
  return in;
}

doc::Block paragraph(doc::Inlines content) { return doc::Block{doc::Paragraph{std::move(content)}, 0}; }

doc::Block heading(int level, const std::string& title, const std::string& anchor) {
  return doc::Block{doc::Heading{level, {text(title)}, anchor}, 0};
}

namespace {

Catalogue load_language(const std::string& language) {
  Diagnostics diags;
  auto loaded = load_catalogue(source_root() / "data" / "i18n" / (language + ".yaml"), diags);
  BOOST_REQUIRE_MESSAGE(loaded, dump(diags));
  return *loaded;
}

}  // namespace

const Catalogue& english() {
  static const Catalogue catalogue = load_language("en");
  return catalogue;
}

const Catalogue& welsh() {
  static const Catalogue catalogue = load_language("cy");
  return catalogue;
}

html::Options options() {
  html::Options o;
  o.labels = &english();
  o.language = "en-GB";
  return o;
}

std::string page(const doc::Document& document, const html::Options& o) { return html::write_html(document, o); }

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = 0; (at = text.find(needle, at)) != std::string::npos; at += needle.size()) ++n;
  return n;
}

}  // namespace quire::test
