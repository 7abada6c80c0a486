// The preview's latency, measured in a real browser (Debian's chromium, driven by playwright-core
// from tests/browser): the time from saving Western Bay's inspection.yaml to the edit being on
// the screen of an open preview page; then, for an edit that breaks the file, whether the first
// problem is in view. Not a test (timings depend on the machine's load): results go in
// bench/README.md.
// Run: bash .ci/browser-deps; QUIRE_BINARY=build/quire QUIRE_SOURCE_ROOT=$PWD \
//      NODE_PATH=tests/browser/node_modules node bench/preview-latency.mjs [runs]
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, removeScratch, scratchRoot, startServe } from '../tests/browser/harness.mjs';

const runs = Number(process.argv[2] || 15);
const root = scratchRoot();
const file = path.join(root, 'examples', 'domain-western-bay-2019', 'inspection.yaml');
const original = fs.readFileSync(file, 'utf8');
const server = await startServe(root);
const browser = await launchBrowser();
const times = [];
// Where the time goes, per edit: until the server's answer that the files changed reached the
// page, until the new page's bytes had arrived, and until the edit was on the screen.
const parts = { seen: [], fetched: [] };
let saved = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}report/domain-western-bay-2019`);
  await page.mouse.wheel(0, 4000);  // a reader part-way down the report
  page.on('requestfinished', (request) => {
    if (!saved) return;
    const which = new URL(request.url()).pathname.startsWith('/version') ? 'seen' : 'fetched';
    if (parts[which].length === times.length) parts[which].push(Date.now() - saved);
  });
  for (let i = 0; i < runs; ++i) {
    const word = `Edited${i}x`;
    await page.waitForTimeout(300);  // the page is settled and waiting for the next save
    saved = Date.now();
    fs.writeFileSync(file, original.replace('This inspection is part of', `${word} This inspection is part of`));
    await page.waitForFunction((w) => document.body && document.body.innerText.includes(w), word, { polling: 'raf', timeout: 10000 });
    times.push(Date.now() - saved);
    saved = 0;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`save -> visible, ${runs} edits: median ${median} ms, min ${times[0]} ms, max ${times[times.length - 1]} ms`);
  console.log(`all: ${times.join(' ')}`);
  const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`medians: change seen by the page ${middle(parts.seen)} ms, new page fetched ${middle(parts.fetched)} ms`);

  // A broken edit: the first problem must be in view, wherever the reader was.
  await page.mouse.wheel(0, 4000);
  const before = await page.evaluate(() => document.querySelector('[data-version]').getAttribute('data-version'));
  fs.writeFileSync(file, original.replace('overall_rating: inadequate', 'overall_rating: outstandingg'));
  await page.waitForFunction((v) => document.querySelector('[data-version]') &&
    document.querySelector('[data-version]').getAttribute('data-version') !== v, before, { timeout: 10000 });
  await page.waitForTimeout(100);
  const inView = await page.evaluate(() => {
    const li = document.querySelector('.diagnostics li');
    if (!li) return 'no problem listed';
    const r = li.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight ? `in view: ${li.innerText.slice(0, 100)}` : 'NOT in view';
  });
  console.log(`first problem after a broken edit: ${inView}`);
} finally {
  fs.writeFileSync(file, original);
  await browser.close();
  await server.stop();
  removeScratch(root);
}
