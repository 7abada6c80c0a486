// Takes docs/guide.md's pictures of the live preview: the list of inspections and the draft of an
// inspection just started with `quire new` (its places still to write marked), in a scratch root.
// Run: QUIRE_BINARY=build/quire QUIRE_SOURCE_ROOT=$PWD node tests/browser/guide-screenshots.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, quire, removeScratch, scratchRoot, sourceRoot, startServe } from './harness.mjs';

const root = scratchRoot();
const examples = path.join(root, 'examples');
for (const name of fs.readdirSync(examples)) fs.rmSync(path.join(examples, name), { recursive: true });
execFileSync(quire, ['new', 'domain-rated', path.join(examples, 'testshire-2025'), '--area', 'Testshire', '--root', root],
  { stdio: 'ignore' });
const server = await startServe(root);
const browser = await launchBrowser();
const images = path.join(sourceRoot, 'docs', 'images');
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 420 } });
  await page.goto(server.url);
  await page.screenshot({ path: path.join(images, 'guide-preview-index.png') });
  await page.goto(`${server.url}report/testshire-2025`);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: path.join(images, 'guide-preview-draft.png') });
} finally {
  await browser.close();
  await server.stop();
  removeScratch(root);
}
