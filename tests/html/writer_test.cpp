// The writer's handlers, one document feature at a time.
#include <boost/test/unit_test.hpp>

#include "html/helpers.hpp"
#include "html/writer.hpp"

using namespace quire;
using namespace quire::test;

namespace {

doc::Table table_of(std::vector<std::vector<std::string>> header, std::vector<std::vector<std::string>> rows) {
  doc::Table t;
  auto cells = [](const std::vector<std::string>& row) {
    std::vector<doc::Inlines> out;
    for (const auto& c : row) out.push_back({text(c)});
    return out;
  };
  for (const auto& r : header) t.header.push_back(cells(r));
  for (const auto& r : rows) t.rows.push_back(cells(r));
  t.columns.assign(header.empty() ? rows.front().size() : header.front().size(), doc::Align::left);
  return t;
}

doc::Inline footnote_ref(int number) {
  doc::Inline in;
  in.kind = doc::InlineKind::footnote_ref;
  in.number = number;
  in.target = std::to_string(number);
  return in;
}

}  // namespace

BOOST_AUTO_TEST_CASE(page_has_its_language_landmarks_and_title) {
  doc::Document d;
  d.meta.title = "An inspection";
  d.blocks = {doc::Block{doc::Region{"cover", {heading(1, "An inspection", "an-inspection")}}, 0},
              heading(2, "Foreword", "foreword"), paragraph({text("Words.")}),
              doc::Block{doc::Region{"back-cover", {paragraph({text("Published by us.")})}}, 0}};
  const std::string out = page(d);
  BOOST_TEST(out.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0u);
  BOOST_TEST(out.find("<title>An inspection</title>") != std::string::npos);
  BOOST_TEST(out.find("<a class=\"skip-link\" href=\"#main\">Skip to the report</a>") != std::string::npos);
  const auto header = out.find("<header"), h1 = out.find("<h1"), main = out.find("<main id=\"main\">"),
             footer = out.find("<footer"), back = out.find("Published by us.");
  BOOST_TEST((header < h1 && h1 < main && main < footer && footer < back));
  BOOST_TEST(count(out, "<style>") == 1u);
  BOOST_TEST(count(out, "<script") == 0u);
  BOOST_TEST(count(out, "src=") == 0u);  // nothing loaded from elsewhere
  BOOST_TEST(count(out, "<link") == 0u);
}

BOOST_AUTO_TEST_CASE(headings_keep_their_level_and_anchor) {
  doc::Document d;
  d.blocks = {heading(1, "Report", "report"), heading(2, "1.1 Staff", "11-staff"), heading(3, "Summary", "summary")};
  const std::string out = page(d);
  BOOST_TEST(out.find("<h1 id=\"report\">Report</h1>") != std::string::npos);
  BOOST_TEST(out.find("<h2 id=\"11-staff\">1.1 Staff</h2>") != std::string::npos);
  BOOST_TEST(out.find("<h3 id=\"summary\">Summary</h3>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(contents_is_a_navigation_list_of_anchors) {
  doc::Contents c;
  c.entries = {{1, {text("Foreword")}, "foreword"}, {1, {text("1. Delivery")}, "1-delivery"},
               {2, {text("1.1 Staff")}, "11-staff"}, {1, {text("Annex")}, "annex"}};
  doc::Document d;
  d.blocks = {doc::Block{c, 0}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<nav class=\"contents\" aria-label=\"Contents\">\n<ul>\n<li><a href=\"#foreword\">Foreword</a></li>\n"
                      "<li><a href=\"#1-delivery\">1. Delivery</a>\n<ul>\n<li><a href=\"#11-staff\">1.1 Staff</a></li>\n"
                      "</ul>\n</li>\n<li><a href=\"#annex\">Annex</a></li>\n</ul>\n</nav>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(table_headers_have_scope) {
  doc::Document d;
  d.blocks = {doc::Block{table_of({{"Standard", "Rating"}}, {{"1.1 Governance", "Good"}, {"", "n/a"}}), 0}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<thead>\n<tr><th scope=\"col\">Standard</th><th scope=\"col\">Rating</th></tr>") !=
             std::string::npos);
  BOOST_TEST(out.find("<tr><th scope=\"row\">1.1 Governance</th><td>Good</td></tr>") != std::string::npos);
  BOOST_TEST(out.find("<tr><td></td><td>n/a</td></tr>") != std::string::npos);  // an empty cell heads nothing
}

BOOST_AUTO_TEST_CASE(plain_tables_are_layout_without_headers) {
  auto t = table_of({{"", ""}}, {{"HM Inspectorate", "1 Bridge Street"}});
  t.plain = true;
  doc::Document d;
  d.blocks = {doc::Block{t, 0}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<table class=\"plain\" role=\"presentation\">") != std::string::npos);
  BOOST_TEST(count(out, "<th") == 0u);
  BOOST_TEST(count(out, "<tr>") == 1u);  // the empty header row GFM needed is dropped
}

BOOST_AUTO_TEST_CASE(rating_badges_carry_their_word) {
  doc::Document d;
  d.meta.rating_scale = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
  doc::Inline looked_up = wrap(doc::InlineKind::badge, {text("Inadequate")});
  doc::Inline placed = wrap(doc::InlineKind::badge, {text("Good")});
  placed.number = 2;
  placed.of = 4;
  auto t = table_of({{"Standard", "Rating"}}, {{"2.1 Assessment", "Requires improvement"}});
  t.badge_columns = {2};
  d.blocks = {paragraph({looked_up, text(" "), placed}), doc::Block{t, 0}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<strong class=\"badge badge-4\">Inadequate</strong>") != std::string::npos);
  BOOST_TEST(out.find("<strong class=\"badge badge-2\">Good</strong>") != std::string::npos);
  BOOST_TEST(out.find("<td><strong class=\"badge badge-3\">Requires improvement</strong></td>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(badge_steps_spread_any_scale_best_to_worst) {
  BOOST_TEST(html::badge_step(1, 4) == 1);
  BOOST_TEST(html::badge_step(4, 4) == 4);
  BOOST_TEST(html::badge_step(2, 3) == 3);
  BOOST_TEST(html::badge_step(1, 1) == 1);
  BOOST_TEST(html::badge_step(0, 0) == 0);
  BOOST_TEST(html::badge_step(5, 4) == 0);
}

BOOST_AUTO_TEST_CASE(stars_are_read_as_words) {
  doc::Inline stars;
  stars.kind = doc::InlineKind::stars;
  stars.number = 3;
  stars.of = 4;
  doc::Document d;
  d.blocks = {paragraph({stars})};
  BOOST_TEST(page(d).find("<span class=\"stars\" role=\"img\" aria-label=\"3 out of 4 stars\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(footnotes_link_back_to_every_reference) {
  doc::Document d;
  d.blocks = {paragraph({text("First"), footnote_ref(1), text(" and again"), footnote_ref(1)}),
              paragraph({text("Second"), footnote_ref(2)})};
  d.footnotes = {{"1", 1, {paragraph({text("Note one.")})}}, {"2", 2, {paragraph({text("Note two.")})}}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\"") != std::string::npos);
  BOOST_TEST(out.find("<a href=\"#fn-1\" id=\"fnref-1-2\"") != std::string::npos);
  BOOST_TEST(out.find("<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n<h2 id=\"footnotes-heading\">"
                      "Notes</h2>") != std::string::npos);
  BOOST_TEST(out.find("<li id=\"fn-1\" value=\"1\">\n<p>Note one. <a class=\"footnote-back\" href=\"#fnref-1\" "
                      "aria-label=\"Back to reference 1\">") != std::string::npos);
  BOOST_TEST(out.find("href=\"#fnref-1-2\"") != std::string::npos);
  BOOST_TEST(out.find("<li id=\"fn-2\" value=\"2\">\n<p>Note two. <a class=\"footnote-back\" href=\"#fnref-2\"") !=
             std::string::npos);
  BOOST_TEST(out.find("</section>\n</main>") != std::string::npos);  // the notes end the main content
}

BOOST_AUTO_TEST_CASE(charts_are_svg_images_named_by_their_data) {
  doc::Chart c;
  c.category_title = "Key questions";
  c.series = {"% yes"};
  c.categories = {{text("2.1.1 Desistance?")}, {text("2.1.2 Safety & wellbeing?")}};
  c.values = {{65}, {42}};
  c.value_texts = {{"65%"}, {"42%"}};
  c.maximum = 100;
  c.unit = "%";
  doc::Document d;
  d.blocks = {doc::Block{c, 0}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<figure class=\"chart\">\n<svg class=\"chart-image\" role=\"img\"") != std::string::npos);
  BOOST_TEST(out.find("aria-labelledby=\"chart-1\">\n<title id=\"chart-1\">Bar chart: Key questions, % yes. "
                      "2.1.1 Desistance?: 65%. 2.1.2 Safety &amp; wellbeing?: 42%.</title>") != std::string::npos);
  BOOST_TEST(out.find(">100%</text>") != std::string::npos);  // the axis's last tick
  BOOST_TEST(out.find("<details class=\"chart-data\"><summary>Data for this chart</summary>") != std::string::npos);
  BOOST_TEST(out.find("<tr><th scope=\"row\">2.1.1 Desistance?</th><td class=\"num\">65%</td></tr>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(call_outs_are_quotes_or_asides) {
  doc::Document d;
  d.blocks = {doc::Block{doc::Quote{"quote", {paragraph({text("Said.")})}}, 0},
              doc::Block{doc::Quote{"example", {paragraph({text("Done well.")})}}, 0}};
  const std::string out = page(d);
  BOOST_TEST(out.find("<blockquote class=\"callout\">\n<p>Said.</p>\n</blockquote>") != std::string::npos);
  BOOST_TEST(out.find("<aside class=\"callout\" aria-label=\"Practice example 1\">\n<p>Done well.</p>\n</aside>") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(passages_in_the_other_language_carry_it_on_every_block) {
  // The document model says which blocks are in another language; a block inside one says it once.
  auto in_english = [](doc::Block b) {
    b.language = "en-GB";
    return b;
  };
  doc::Document d;
  d.blocks = {in_english(paragraph({wrap(doc::InlineKind::emphasis, {text("[heb ei gyfieithu]")}), text(" English words.")})),
              in_english(paragraph({text("More English.")})),
              in_english(doc::Block{doc::Quote{"quote", {in_english(paragraph({text("Quoted.")}))}}, 0}),
              paragraph({text("Geiriau Cymraeg.")})};
  html::Options o = options();
  o.labels = &welsh();
  o.language = "cy";
  const std::string out = page(d, o);
  BOOST_TEST(out.find("<html lang=\"cy\">") != std::string::npos);
  BOOST_TEST(out.find("<p lang=\"en-GB\"><em lang=\"cy\">[heb ei gyfieithu]</em> English words.</p>") != std::string::npos);
  BOOST_TEST(out.find("<p lang=\"en-GB\">More English.</p>") != std::string::npos);
  BOOST_TEST(out.find("<blockquote class=\"callout\" lang=\"en-GB\">\n<p>Quoted.</p>") != std::string::npos);
  BOOST_TEST(out.find("<p>Geiriau Cymraeg.</p>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_draft_says_so_first) {
  doc::Document d;
  d.meta.draft_notice = "Not for publication";
  d.blocks = {doc::Block{doc::Region{"cover", {heading(1, "Report", "report")}}, 0}};
  html::Options o = options();
  o.draft = true;
  const std::string out = page(d, o);
  BOOST_TEST(out.find("<header class=\"report-header\">\n<p class=\"draft-banner\"><strong>Not for publication</strong></p>") != std::string::npos);
  BOOST_TEST(page(d).find("draft-banner\"") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(editions_share_one_page_each_with_its_language_and_its_own_ids) {
  auto report = [](const std::string& title, const std::string& contents) {
    doc::Document d;
    d.meta.title = title;
    doc::Contents c;
    c.entries = {doc::ContentsEntry{1, {text("1. Foreword")}, "1-foreword"}};
    d.blocks = {doc::Block{doc::Region{"cover", {heading(1, title, "title")}}, 0}, heading(2, contents, "contents"),
                doc::Block{c, 0}, heading(2, "1. Foreword", "1-foreword"),
                paragraph({text("Cited."), footnote_ref(1), wrap(doc::InlineKind::link, {text("back")})})};
    std::get<doc::Paragraph>(d.blocks.back().body).content.back().target = "#contents";
    d.footnotes = {doc::Footnote{"1", 1, {paragraph({text("A note.")})}}};
    return d;
  };
  const doc::Document cy = report("Adroddiad", "Cynnwys"), en = report("Report", "Contents");
  html::Options welsh_options = options();
  welsh_options.labels = &welsh();
  welsh_options.language = "cy";
  const std::string out = html::write_editions_html({html::Edition{&cy, welsh_options}, html::Edition{&en, options()}});

  BOOST_TEST(out.find("<html lang=\"cy\">") != std::string::npos);
  BOOST_TEST(out.find("<title>Adroddiad / Report</title>") != std::string::npos);
  BOOST_TEST(count(out, "<h1") == 1u);
  BOOST_TEST(out.find("<h1><span lang=\"cy\">Adroddiad</span>") != std::string::npos);
  BOOST_TEST(count(out, "<main id=\"main\">") == 1u);
  // The switch: each language named in itself, leading to its contents.
  BOOST_TEST(out.find("<nav class=\"language-switch\" aria-label=\"Ieithoedd\">") != std::string::npos);
  BOOST_TEST(out.find("<a href=\"#cy-contents\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>") != std::string::npos);
  BOOST_TEST(out.find("<a href=\"#en-contents\" lang=\"en-GB\" hreflang=\"en-GB\">English</a>") != std::string::npos);
  BOOST_TEST(out.find("<a href=\"#en-contents\" lang=\"en-GB\" hreflang=\"en-GB\">Read this report in English</a>") !=
             std::string::npos);
  // Both editions, in order, each under the h1 and with ids of its own.
  const auto welsh_at = out.find("<article class=\"edition\" id=\"cy\" lang=\"cy\" aria-label=\"Adroddiad\">");
  const auto english_at = out.find("<article class=\"edition\" id=\"en\" lang=\"en-GB\" aria-label=\"Report\">");
  BOOST_TEST(welsh_at != std::string::npos);
  BOOST_TEST(english_at != std::string::npos);
  BOOST_TEST(welsh_at < english_at);
  BOOST_TEST(out.find("<h2 id=\"cy-title\">Adroddiad</h2>") != std::string::npos);
  BOOST_TEST(out.find("<h3 id=\"en-1-foreword\">1. Foreword</h3>") != std::string::npos);
  BOOST_TEST(out.find("<li><a href=\"#cy-1-foreword\">") != std::string::npos);
  BOOST_TEST(out.find("<a href=\"#en-fn-1\" id=\"en-fnref-1\" aria-describedby=\"en-footnotes-heading\">") !=
             std::string::npos);
  BOOST_TEST(out.find("<li id=\"cy-fn-1\" value=\"1\">") != std::string::npos);
  BOOST_TEST(out.find("<a href=\"#cy-contents\">back</a>") != std::string::npos);
  BOOST_TEST(count(out, "<header") == 3u);  // the page's banner, and each edition's cover
  BOOST_TEST(count(out, "id=\"cy-fn-1\"") == 1u);
}
