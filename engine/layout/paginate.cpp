#include "layout/paginate.hpp"

#include <algorithm>
#include <cmath>

#include "base/utf8.hpp"

namespace quire::layout {

namespace {

constexpr double kFootnoteRule = 12;  // the separator's share of a footnote area
constexpr double kFootnoteGap = 2;    // between two footnotes

bool has_running_furniture(PageRole role) { return role == PageRole::body || role == PageRole::letter_first; }

// ASCII letters upper-cased; other letters stay as written (a watermark word, e.g. "Drafft").
std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

Paginator::Paginator(const Flow& flow, const TextSetter& setter, const doc::Metadata& meta)
    : flow_(flow), setter_(setter), style_(setter.style()), meta_(meta), body_(style_.page.body()) {
  out_.geometry = style_.page;
  out_.meta = meta;
  out_.structure = flow.structure;
}

LaidOutDocument Paginator::run() {
  const auto& elements = flow_.elements;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const Element& e = elements[i];
    if (!started_) new_page();
    // A chapter with nothing under its heading shares its page with the next one.
    const bool chapter_break = e.chapter_start && !cur_.headings_only;
    if ((e.break_before || chapter_break) && cur_.has_content) new_page();
    // A chain too long for any page (a long table of bold rows) is cut where each page is full:
    // moving it would leave one element a page.
    const bool move = !fits(i) && (fits(chain_start(i), Room::empty_page) || !fits(i, Room::here, false));
    if (move && cur_.has_content) new_page();
    if (!cur_.has_content && e.table >= 0 && !e.table_header && last_table_ == e.table)
      for (const auto& header : flow_.table_headers[static_cast<std::size_t>(e.table)]) place(header, true);
    if (e.role && !cur_.has_content) cur_.page.role = *e.role;
    place(e);
  }
  if (started_) finish_page();
  return std::move(out_);
}

void Paginator::new_page() {
  if (started_) finish_page();
  started_ = true;
  cur_ = Current{};
  cur_.page.number = static_cast<int>(out_.pages.size()) + 1;
  cur_.y = body_.y;
  cur_.chapter = chapter_;
  cur_.outline_from = out_.outline.size();
}

double Paginator::footnote_height(const std::vector<int>& numbers) const {
  if (numbers.empty()) return 0;
  double h = kFootnoteRule;
  for (const int n : numbers) {
    const auto it = flow_.footnotes.find(n);
    if (it == flow_.footnotes.end()) continue;
    for (const auto& line : it->second) h += line.height;
    h += kFootnoteGap;
  }
  return h;
}

// The first element of the keep chain that the element at `index` belongs to.
std::size_t Paginator::chain_start(std::size_t index) const {
  const auto& all = flow_.elements;
  while (index > 0 && all[index - 1].keep_with_next && !all[index].break_before && !all[index].chapter_start) --index;
  return index;
}

// Whether the element at `index`, and (with `chain`) everything it must stay with, fits on the
// current page or on an empty one.
bool Paginator::fits(std::size_t index, Room room, bool chain) const {
  const bool here = room == Room::here;
  double y = here ? cur_.y : body_.y;
  std::vector<int> notes = here ? cur_.footnotes : std::vector<int>{};
  const bool content = here && cur_.has_content;
  for (std::size_t j = index; j < flow_.elements.size(); ++j) {
    const Element& e = flow_.elements[j];
    if (j > index && (e.break_before || e.chapter_start)) return true;
    y += (content || j > index ? e.space_before : 0) + e.height;
    for (const int n : e.footnotes)
      if (std::find(notes.begin(), notes.end(), n) == notes.end()) notes.push_back(n);
    if (y > body_.bottom() - footnote_height(notes) + 0.01) return false;
    if (!e.keep_with_next || !chain) return true;
  }
  return true;
}

void Paginator::place(const Element& e, bool repeated) {
  const double top = cur_.y + (cur_.has_content ? e.space_before : 0);
  const int number = cur_.page.number;
  for (Item item : e.items) {
    item.move(0, top);
    if (repeated) item.node = kArtifact;
    cur_.page.items.push_back(std::move(item));
  }
  for (Item item : e.page_items) {
    item.area = Area::page;
    cur_.art.push_back(std::move(item));
  }
  for (LinkArea link : e.links) {
    link.box.y += top;
    if (repeated) link.node = kNoNode;
    cur_.page.links.push_back(std::move(link));
  }
  for (const auto& a : e.anchors) {
    out_.anchors[a] = Destination{number, top};
    cur_.anchors.push_back(a);
  }
  for (OutlineEntry entry : e.outline) {
    entry.at = Destination{number, top + entry.at.y};
    out_.outline.push_back(std::move(entry));
  }
  if (!e.chapter.empty()) {
    chapter_ = e.chapter;
    // A page whose chapters so far are bare headings is headed by the chapter that has text on it.
    if (!cur_.has_content || cur_.headings_only) cur_.chapter = e.chapter;
  }
  for (const int n : e.footnotes)
    if (std::find(cur_.footnotes.begin(), cur_.footnotes.end(), n) == cur_.footnotes.end()) cur_.footnotes.push_back(n);
  for (const int id : e.boxes) {
    auto [it, inserted] = cur_.boxes.try_emplace(id, top, top + e.height);
    if (!inserted) it->second.second = top + e.height;
  }
  cur_.y = top + e.height;
  cur_.has_content = true;
  cur_.headings_only = cur_.headings_only && e.heading;
  last_table_ = e.table;
}

void Paginator::finish_page() {
  align_to_foot();
  decorate_boxes();
  set_footnotes();
  running_header_and_footer();
  watermark();
  out_.pages.push_back(std::move(cur_.page));
}

void Paginator::decorate_boxes() {
  std::vector<Item> decorations = std::move(cur_.art);
  for (const auto& [id, span] : cur_.boxes) {
    const BoxDecoration& box = flow_.boxes[static_cast<std::size_t>(id)];
    const auto [top, bottom] = span;
    if (box.fill) decorations.push_back(Item::rect({box.x0, top, box.x1 - box.x0, bottom - top}, *box.fill));
    if (box.bar) decorations.push_back(Item::rect({box.x0, top, box.bar_width, bottom - top}, *box.bar));
    if (box.bottom_rule) decorations.push_back(Item::line(box.x0, bottom - 0.3, box.x1, bottom - 0.3, 0.6, *box.bottom_rule));
  }
  cur_.page.items.insert(cur_.page.items.begin(), decorations.begin(), decorations.end());
}

void Paginator::set_footnotes() {
  if (cur_.footnotes.empty()) return;
  double y = body_.bottom() - footnote_height(cur_.footnotes);
  cur_.page.items.push_back(Item::line(body_.x, y + 5, body_.x + 72, y + 5, 0.6, style_.muted));
  y += kFootnoteRule;
  for (const int n : cur_.footnotes) {
    const auto it = flow_.footnotes.find(n);
    if (it == flow_.footnotes.end()) continue;
    // A footnote cited again on a later page is set again there, as furniture: it is read once.
    const bool again = std::find(notes_set_.begin(), notes_set_.end(), n) != notes_set_.end();
    if (!again) notes_set_.push_back(n);
    for (const auto& line : it->second) {
      for (Item item : line.items) {
        item.move(0, y);
        if (again) item.node = kArtifact;
        cur_.page.items.push_back(std::move(item));
      }
      for (LinkArea link : line.links) {
        link.box.y += y;
        if (again) link.node = kNoNode;
        cur_.page.links.push_back(std::move(link));
      }
      y += line.height;
    }
    y += kFootnoteGap;
  }
}

// Covers' small print sits at the foot of its page, as the reference reports set it.
void Paginator::align_to_foot() {
  const PageRole role = cur_.page.role;
  if (role != PageRole::inside_cover && role != PageRole::back_cover) return;
  const double shift = body_.bottom() - footnote_height(cur_.footnotes) - cur_.y;
  if (shift <= 0) return;
  for (auto& item : cur_.page.items) {
    item.move(0, shift);
  }
  for (auto& link : cur_.page.links) link.box.y += shift;
  for (auto& [id, span] : cur_.boxes) {
    span.first += shift;
    span.second += shift;
  }
  for (const auto& a : cur_.anchors) out_.anchors[a].y += shift;
  for (std::size_t k = cur_.outline_from; k < out_.outline.size(); ++k) out_.outline[k].at.y += shift;
}

Item Paginator::text(double x, double baseline, const std::string& s, const TextStyle& style) const {
  return Item::text_run(x, baseline, s, style.font, style.size, setter_.fonts().width(s, style.font, style.size),
                        style.colour, setter_.fonts().face(style.font));
}

std::string Paginator::fitted(const std::string& s, const TextStyle& style, double width) const {
  const auto& fonts = setter_.fonts();
  if (fonts.width(s, style.font, style.size) <= width) return s;
  std::string cut = s;
  const std::string ellipsis = "\xE2\x80\xA6";
  while (!cut.empty() && fonts.width(cut + ellipsis, style.font, style.size) > width) {
    cut.resize(utf8::prefix_within(cut, cut.size() - 1).size());  // one character fewer
  }
  // End on a whole word ("... Cwm Ŵŷ…", not "... Cwm Ŵŷ Llanfai…": a piece of a word can read as
  // another word, in Welsh above all), unless that would leave less than half of what fits.
  const std::size_t space = cut.rfind(' ');
  if (cut.size() < s.size() && s[cut.size()] != ' ' && space != std::string::npos && space >= cut.size() / 2)
    cut.resize(space);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  return cut + ellipsis;
}

void Paginator::running_header_and_footer() {
  Page& page = cur_.page;
  if (!has_running_furniture(page.role)) return;
  const TextStyle& s = style_.running;
  const Box head = style_.page.header(), foot = style_.page.footer();
  auto add = [&](Item item, Area area) {
    item.area = area;
    page.items.push_back(std::move(item));
  };
  if (page.role == PageRole::body) {
    const double base = head.y + 18;
    // The header shares its line with the chapter's name, where there is one (a letter has none).
    // The report's name takes what the chapter's leaves, and up to 70% whole before the chapter's
    // is cut: a Welsh name is often longer than its English ("Adroddiad ar waith troseddu
    // ieuenctid yn yr ardal ganlynol: Wandsworth"), and the area must not be the part cut off.
    const TextStyle bold{s.size, s.leading, FontStyle::bold, style_.navy};
    const std::string& name = meta_.header.empty() ? meta_.title : meta_.header;
    const double name_w = setter_.fonts().width(name, s.font, s.size);
    const double chapter_w = cur_.chapter.empty() ? -24 : setter_.fonts().width(cur_.chapter, bold.font, bold.size);
    const double room = std::max({head.w * 0.55, std::min(name_w, head.w * 0.7), head.w - chapter_w - 24});
    const std::string left = fitted(name, s, room);
    add(text(head.x, base, left, s), Area::header);
    const double left_w = setter_.fonts().width(left, s.font, s.size);
    if (!cur_.chapter.empty()) {
      const std::string right = fitted(cur_.chapter, bold, head.w - left_w - 24);
      add(text(head.right() - setter_.fonts().width(right, bold.font, bold.size), base, right, bold), Area::header);
    }
    Item rule = Item::line(head.x, base + 7, head.right(), base + 7, 0.5, style_.rule);
    add(rule, Area::header);
  }
  const double base = foot.y + 13;
  add(Item::line(foot.x, foot.y + 2, foot.right(), foot.y + 2, 0.5, style_.rule), Area::footer);
  const std::string number = std::to_string(page.number);
  const TextStyle bold{s.size + 1, s.leading, FontStyle::bold, style_.navy};
  const double number_w = setter_.fonts().width(number, bold.font, bold.size);
  add(text(foot.right() - number_w, base, number, bold), Area::footer);
  double left_end = foot.x;
  if (!meta_.footer.empty()) {
    const std::string left = fitted(meta_.footer, s, foot.w * 0.4);
    add(text(foot.x, base, left, s), Area::footer);
    left_end += setter_.fonts().width(left, s.font, s.size);
  }
  if (!meta_.draft_notice.empty()) {
    const TextStyle red{s.size, s.leading, FontStyle::bold, style_.watermark};
    const std::string notice = fitted(meta_.draft_notice, red, foot.w * 0.45);
    const double w = setter_.fonts().width(notice, red.font, red.size);
    const double x = std::max(left_end + 12, foot.x + (foot.w - w) / 2);
    add(text(std::min(x, foot.right() - number_w - 12 - w), base, notice, red), Area::footer);
  }
}

void Paginator::watermark() {
  if (meta_.watermark.empty()) return;
  const PageGeometry& g = style_.page;
  const std::string word = upper(meta_.watermark);
  const double size = 110;
  const double w = setter_.fonts().width(word, FontStyle::bold, size);
  const double cap = setter_.fonts().face(FontStyle::bold).cap_height() * size;
  const double c = std::cos(M_PI / 4), s = std::sin(M_PI / 4);
  // The word's middle on the page's middle, rising to the right.
  Item mark = text(g.width / 2 - (w / 2) * c + (cap / 2) * s, g.height / 2 + (w / 2) * s + (cap / 2) * c, word,
                   TextStyle{size, size, FontStyle::bold, style_.watermark});
  mark.angle = 45;
  mark.opacity = 0.13;
  mark.layer = Layer::background;
  mark.area = Area::page;
  const double extent = (w + cap) * c;
  mark.bounds = {g.width / 2 - extent / 2, g.height / 2 - extent / 2, extent, extent};
  cur_.page.items.push_back(std::move(mark));
}

}  // namespace quire::layout
