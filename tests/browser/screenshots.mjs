// Takes the README's screenshots of the live preview (docs/preview-*.png): the list of inspections
// with one broken on purpose, and a report under a warning, each in a scratch copy of the examples;
// and the bilingual page's opening (docs/html-bilingual.png).
// Run: QUIRE_BINARY=build/quire QUIRE_SOURCE_ROOT=$PWD node tests/browser/screenshots.mjs
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { editFile, launchBrowser, quire, removeScratch, scratchRoot, sourceRoot, startServe } from './harness.mjs';

const root = scratchRoot();
const examples = path.join(root, 'examples');
editFile(path.join(examples, 'sqs-bolton-2015', 'inspection.yaml'), 'family:', 'famly:');
editFile(path.join(examples, 'domain-western-bay-2019', 'inspection.yaml'), 'footnotes:\n',
  'footnotes:\n  draft-note: A note the inspector has not cited yet.\n');
const server = await startServe(root);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.goto(server.url);
  await page.screenshot({ path: path.join(sourceRoot, 'docs', 'preview-index.png') });
  await page.goto(`${server.url}report/domain-western-bay-2019`);
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.screenshot({ path: path.join(sourceRoot, 'docs', 'preview-report.png') });
  await page.locator('[id="21-assessment"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(sourceRoot, 'docs', 'preview-chart.png') });
  await page.goto(`${server.url}report/sqs-bolton-2015`);
  await page.setViewportSize({ width: 1100, height: 560 });
  await page.screenshot({ path: path.join(sourceRoot, 'docs', 'preview-error.png') });
  const bilingual = path.join(root, 'western-bay.cy-en.html');
  execFileSync(quire, ['render', path.join(sourceRoot, 'examples', 'domain-western-bay-2019', 'inspection.yaml'), '-o',
    bilingual, '--lang', 'cy,en', '--root', sourceRoot], { stdio: 'ignore' });
  await page.goto(`file://${bilingual}`);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path: path.join(sourceRoot, 'docs', 'html-bilingual.png') });
} finally {
  await browser.close();
  await server.stop();
  removeScratch(root);
}
