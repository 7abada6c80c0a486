// The page's stylesheet, inline so the file stands alone. Colours meet WCAG AA contrast (4.5:1 for
// text); a rating badge has a border and its word, so colour is never the only sign. The print
// rules give an A4 page without the preview's controls. Internal to html/.
#pragma once

namespace quire::html {

inline constexpr char kStylesheet[] = R"css(:root { color-scheme: light; }
html { font-family: "Noto Sans", Arial, Helvetica, sans-serif; font-size: 100%; line-height: 1.5; color: #0b0c0c;
  background: #fff; }
body { margin: 0 auto; max-width: 46rem; padding: 0 1rem 3rem; overflow-wrap: break-word; }
a { color: #1d70b8; text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
a:visited { color: #4c2c92; }
a:hover { color: #003078; text-decoration-thickness: 3px; }
a:focus, summary:focus { outline: 3px solid #fd0; outline-offset: 0; background: #fd0; color: #0b0c0c;
  box-shadow: 0 4px #0b0c0c; text-decoration: none; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { position: static; display: inline-block; margin: 0.5rem 0; padding: 0.25rem 0.5rem; }
h1, h2, h3, h4, h5, h6 { color: #0b3d66; line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { font-size: 2.25rem; margin-top: 1rem; }
h2 { font-size: 1.6rem; border-top: 2px solid #0b3d66; padding-top: 0.75rem; }
main > h2:first-child { border-top: 0; }
h3 { font-size: 1.25rem; }
h4, h5, h6 { font-size: 1.05rem; }
p, li { max-width: 42rem; }
code { font-family: "Noto Sans Mono", monospace; font-size: 0.95em; }
hr { border: 0; border-top: 1px solid #b1b4b6; margin: 2rem 0; }
.report-header { border-bottom: 6px solid #0b3d66; margin-bottom: 2rem; padding-bottom: 1rem; }
.report-footer { border-top: 2px solid #0b3d66; margin-top: 3rem; font-size: 0.9rem; color: #3d4146; }
.region-numbered p { padding-left: 3rem; text-indent: -3rem; }
.draft-banner { border: 4px solid #b10e1e; color: #b10e1e; background: #fff; padding: 0.5rem 1rem;
  font-size: 1.1rem; }
nav.contents ul { list-style: none; padding-left: 0; }
nav.contents ul ul { padding-left: 1.5rem; }
nav.contents li { margin: 0.25rem 0; }
blockquote.callout { margin: 1.5rem 0; padding: 0.25rem 1rem; border-left: 6px solid #2a7f8f; background: #f3f7f8; }
aside.callout { margin: 1.5rem 0; padding: 0.25rem 1rem; border: 2px solid #2a7f8f; }
table { border-collapse: collapse; width: 100%; margin: 1.5rem 0; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem 0.4rem 0; border-bottom: 1px solid #b1b4b6;
  overflow-wrap: anywhere; }
thead th { border-bottom: 2px solid #0b0c0c; }
th.num, td.num { text-align: right; }
th.centre, td.centre { text-align: center; }
table.plain td { border: 0; padding: 0 0.6rem 0 0; }
.badge { display: inline-block; padding: 0.1rem 0.5rem; border: 2px solid currentColor; border-radius: 0.2rem;
  font-weight: 700; }
.badge-0 { background: #f3f2f1; color: #0b0c0c; }
.badge-1 { background: #00703c; color: #fff; border-color: #00502a; }
.badge-2 { background: #cce2d8; color: #005a30; }
.badge-3 { background: #fcd6c3; color: #6e3619; }
.badge-4 { background: #b10e1e; color: #fff; border-color: #7a0a14; }
.stars { color: #0b3d66; letter-spacing: 0.1em; }
figure.chart { margin: 1.5rem 0; }
.chart-image { width: 100%; height: auto; display: block; }
.chart-image text { font-family: inherit; font-size: 13px; fill: #0b0c0c; }
.chart-image .tick { fill: #3d4146; }
.chart-image .category, .chart-image .value { paint-order: stroke; stroke: #fff; stroke-width: 4px; }
.chart-image .grid { stroke: #c8ced8; stroke-width: 1; }
.chart-data summary { cursor: pointer; color: #1d70b8; text-decoration: underline; }
sup.footnote-ref { line-height: 0; }
.footnotes { font-size: 0.9rem; border-top: 1px solid #b1b4b6; margin-top: 3rem; }
.footnotes h2, .footnotes h3 { border-top: 0; font-size: 1.25rem; }
.footnote-back { text-decoration: none; margin-left: 0.25rem; }
.editions-header { border-bottom: 6px solid #0b3d66; margin-bottom: 1.5rem; padding-bottom: 0.5rem; }
.editions-header h1 { font-size: 1.5rem; }
.language-switch ul, .edition-switch { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem;
  font-weight: 700; }
.edition + .edition { border-top: 6px solid #0b3d66; margin-top: 4rem; padding-top: 1rem; }
.edition .report-header h2 { font-size: 2rem; border-top: 0; padding-top: 0; }
.preview { background: #f3f2f1; border-bottom: 1px solid #b1b4b6; margin: 0 -1rem 1.5rem; padding: 0.75rem 1rem; }
.preview h2 { border: 0; padding: 0; margin: 0.5rem 0; font-size: 1.2rem; }
.preview nav ul { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
.preview [aria-current] { font-weight: 700; color: #0b0c0c; text-decoration: none; }
.diagnostics { list-style: none; padding: 0; }
.diagnostics li { margin: 0.4rem 0; padding: 0.4rem 0.6rem; border-left: 5px solid #505a5f; background: #fff; }
.diagnostics li.error { border-left-color: #b10e1e; }
.diagnostics li.warning { border-left-color: #a15c00; }
.diagnostics .severity { font-weight: 700; text-transform: uppercase; font-size: 0.85rem; letter-spacing: 0.04em; }
.diagnostics .where { font-family: "Noto Sans Mono", monospace; font-size: 0.9rem; }
.status-ok { color: #005a30; font-weight: 700; }
.status-errors { color: #b10e1e; font-weight: 700; }
.status-warnings { color: #6e3619; font-weight: 700; }
table.inspections td, table.inspections th { vertical-align: middle; }
@media print {
  @page { size: A4; margin: 20mm 18mm; }
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  .skip-link, .preview, .chart-data, .language-switch, .edition-switch { display: none; }
  .edition + .edition { break-before: page; border-top: 0; }
  a { color: #0b0c0c; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h2 { break-before: page; }
  nav.contents h2, .footnotes h2 { break-before: auto; }
  h1, h2, h3, h4 { break-after: avoid; }
  tr, figure, blockquote, aside, .badge { break-inside: avoid; }
  .page-break { break-after: page; }
  .report-header { min-height: 60vh; }
}
)css";

}  // namespace quire::html
