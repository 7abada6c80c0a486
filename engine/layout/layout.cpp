#include "layout/layout.hpp"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

#include "layout/flow_builder.hpp"
#include "layout/paginate.hpp"

namespace quire::layout {

namespace {

constexpr int kMaxPasses = 5;
thread_local int passes_taken = 0;

// libunibreak's language tags are the primary subtag ("en", "cy").
std::string break_language(const std::string& bcp47) {
  const std::string primary = bcp47.substr(0, bcp47.find('-'));
  return primary.empty() ? "en" : primary;
}

// The page of every heading: the contents may name any of them.
PageNumbers heading_pages(const LaidOutDocument& laid_out) {
  PageNumbers numbers;
  for (const auto& [anchor, at] : laid_out.anchors) numbers[anchor] = at.page;
  return numbers;
}

void collect_broken_links(LaidOutDocument& out) {
  for (const auto& page : out.pages)
    for (const auto& link : page.links)
      if (!link.target.empty() && link.target[0] == '#' && !out.anchors.count(link.target.substr(1)) &&
          std::find(out.broken_links.begin(), out.broken_links.end(), link.target) == out.broken_links.end())
        out.broken_links.push_back(link.target);
}

// Why a thread: the first pass sets every paragraph, which is most of layout's work, and the
// second core is idle meanwhile. Beside it, a second thread sets the document's body blocks the
// same way from the last backwards, into the setter's memo, so that when the first pass gets to
// them it finds them set; the two meet somewhere in the middle.
// Why it is safe: the thread reads only the document and the fonts, which nothing changes while it
// runs, and writes only the setter's memo and missing glyphs, under the setter's lock. The memo is
// keyed by every field that decides a setting (SpanSetting, Span::tie), so what the second thread
// sets is what the first pass would have; what it sets differently (its footnote and element
// numbers differ) is simply not found. The thread is joined before the flow is paginated.
class Rehearsal {
 public:
  Rehearsal(const TextSetter& setter, const doc::Document& document)
      : thread_([this, &setter, &document] {
          try {
            FlowBuilder(setter, document, no_numbers_).rehearse(stop_);
          } catch (...) {
            // Only the memo is lost: the first pass sets whatever is not in it.
          }
        }) {}
  ~Rehearsal() {
    stop_ = true;
    thread_.join();
  }
  Rehearsal(const Rehearsal&) = delete;
  Rehearsal& operator=(const Rehearsal&) = delete;

 private:
  const PageNumbers no_numbers_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

// The widest page number, in digits.
std::size_t widest(const PageNumbers& numbers) {
  std::size_t digits = 0;
  for (const auto& entry : numbers) digits = std::max(digits, std::to_string(entry.second).size());
  return digits;
}

// Puts each contents entry's page number in its place: the line's link says which heading it is.
void fill_in_page_numbers(LaidOutDocument& out, const PageNumbers& numbers, const FontSet& fonts) {
  for (auto& page : out.pages) {
    for (auto& item : page.items) {
      if (!item.page_number) continue;
      item.page_number = false;
      const auto link = std::find_if(page.links.begin(), page.links.end(),
                                     [&](const LinkArea& l) { return l.node == item.node && !l.target.empty(); });
      if (link == page.links.end() || link->target[0] != '#') continue;
      const auto found = numbers.find(link->target.substr(1));
      if (found == numbers.end()) continue;
      // Right-aligned: the empty run stands at the column's right edge.
      item.text = std::to_string(found->second);
      item.w = fonts.width(item.text, item.font, item.size);
      item.x -= item.w;
      item.bounds.x = item.x;
      item.bounds.w = item.w;
    }
  }
}

}  // namespace

LaidOutDocument layout_document(const doc::Document& document, const FontSet& fonts, const Style& style) {
  const TextSetter setter(fonts, style, break_language(document.meta.language));
  PageNumbers numbers;
  LaidOutDocument out;
  for (passes_taken = 1;; ++passes_taken) {
    std::optional<Rehearsal> rehearsal;
    if (passes_taken == 1) rehearsal.emplace(setter, document);
    const Flow flow = FlowBuilder(setter, document, numbers).build();
    rehearsal.reset();
    out = Paginator(flow, setter, document.meta).run();
    PageNumbers found = heading_pages(out);
    fill_in_page_numbers(out, found, fonts);
    // The first pass leaves room for three digits: its pages are final unless a heading is
    // further on than page 999. A later pass is final when the numbers stand still.
    const bool settled = numbers.empty() ? widest(found) <= 3 : found == numbers;
    if (settled || passes_taken == kMaxPasses) break;
    numbers = std::move(found);
  }
  collect_broken_links(out);
  out.missing_glyphs = setter.missing();
  return out;
}

int last_layout_passes() { return passes_taken; }

}  // namespace quire::layout
