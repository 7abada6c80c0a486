#define BOOST_TEST_MODULE html
#include <boost/test/unit_test.hpp>

#include "html/escape.hpp"
#include "html/helpers.hpp"

using namespace quire;
using namespace quire::test;

BOOST_AUTO_TEST_CASE(text_and_attributes_are_escaped) {
  BOOST_TEST(html::escape_text("a < b & c > d \"q\" 'r'") == "a &lt; b &amp; c &gt; d \"q\" 'r'");
  BOOST_TEST(html::escape_attribute("x\" onload=\"y' <z> &") == "x&quot; onload=&quot;y&#39; &lt;z&gt; &amp;");
  BOOST_TEST(html::escape_text("Ŵyr ŷd — “quoted”") == "Ŵyr ŷd — “quoted”");  // UTF-8 passes as it is
}

BOOST_AUTO_TEST_CASE(report_text_cannot_become_markup) {
  doc::Document d;
  d.meta.title = "</title><script>alert(1)</script>";
  d.meta.author = "\"><img src=x onerror=alert(2)>";
  doc::Inline link = wrap(doc::InlineKind::link, {text("<b>here</b>")});
  link.target = "https://example.org/?a=1&b=\"2\"";
  d.blocks = {heading(1, "Title <i>", "title-i"), paragraph({text("<script>alert(3)</script> & more"), link})};
  const std::string out = page(d);
  BOOST_TEST(count(out, "<script") == 0u);
  BOOST_TEST(count(out, "<img") == 0u);
  BOOST_TEST(out.find("&lt;script&gt;alert(3)&lt;/script&gt; &amp; more") != std::string::npos);
  BOOST_TEST(out.find("<title>&lt;/title&gt;&lt;script&gt;") != std::string::npos);
  BOOST_TEST(out.find("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"") != std::string::npos);
  BOOST_TEST(out.find("content=\"&quot;&gt;&lt;img") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(links_only_go_to_the_web_mail_or_an_anchor) {
  doc::Document d;
  doc::Inline bad = wrap(doc::InlineKind::link, {text("click")});
  bad.target = "javascript:alert(1)";
  doc::Inline good = wrap(doc::InlineKind::link, {text("see")});
  good.target = "#foreword";
  d.blocks = {paragraph({bad, text(" "), good})};
  const std::string out = page(d);
  BOOST_TEST(out.find("javascript") == std::string::npos);
  BOOST_TEST(out.find("<p>click <a href=\"#foreword\">see</a></p>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(svg_numbers_are_the_same_everywhere) {
  BOOST_TEST(html::one_decimal(12.25) == "12.3");
  BOOST_TEST(html::one_decimal(40) == "40.0");
  BOOST_TEST(html::one_decimal(-0.04) == "0.0");
  BOOST_TEST(html::one_decimal(-1.26) == "-1.3");
}
