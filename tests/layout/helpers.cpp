#include <sstream>
#include "layout/helpers.hpp"

#include <boost/test/unit_test.hpp>

#include <memory>

#include "markdown/document.hpp"
#include "pipeline/pipeline.hpp"
#include "support/support.hpp"

namespace quire::test {

const layout::FontSet& fonts() {
  static const auto set = std::make_unique<layout::FontSet>(layout::FontFiles::in(source_root() / "fonts"));
  return *set;
}

doc::Document document_of(const std::string& markdown) {
  Diagnostics d;
  auto document = parse_document(markdown, d);
  BOOST_REQUIRE_MESSAGE(!d.has_errors(), dump(d));
  document.meta.language = "en-GB";
  return document;
}

layout::LaidOutDocument lay_out(const std::string& markdown, const std::vector<std::string>& scale) {
  auto document = document_of(markdown);
  document.meta.rating_scale = scale;
  return layout::layout_document(document, fonts());
}

std::vector<std::pair<std::string, std::string>> example_markdowns() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& entry : std::filesystem::directory_iterator(source_root() / "examples")) {
    Options options;
    options.root = source_root();
    Diagnostics d;
    auto prepared = prepare(entry.path() / "inspection.yaml", options, d);
    BOOST_REQUIRE_MESSAGE(prepared, dump(d));
    auto md = render_report_markdown(*prepared, options, d);
    BOOST_REQUIRE_MESSAGE(md, dump(d));
    out.emplace_back(entry.path().filename().string(), *md);
  }
  return out;
}

std::vector<const layout::Item*> texts(const layout::Page& page, layout::Area area) {
  std::vector<const layout::Item*> out;
  for (const auto& item : page.items)
    if (item.kind == layout::ItemKind::text && item.area == area) out.push_back(&item);
  return out;
}

int page_showing(const layout::LaidOutDocument& d, const std::string& text) {
  for (const auto& page : d.pages)
    for (const auto* item : texts(page))
      if (item->text == text) return page.number;
  return 0;
}

int page_with_word(const layout::LaidOutDocument& d, const std::string& word) {
  for (const auto& page : d.pages)
    for (const auto* item : texts(page)) {
      std::istringstream words(item->text);
      for (std::string w; words >> w;)
        if (w == word) return page.number;
    }
  return 0;
}

}  // namespace quire::test
