// WCAG 2.1 success criterion 1.4.10 (Reflow): read 320 CSS pixels wide, no report page scrolls
// sideways. A new Welsh report showed it did: a table cell holding "Llanfairpwllgwyngyll..." made
// the page 1,288 px wide in a 500 px window, since nothing let a word longer than its cell wrap.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exampleNames, launchBrowser, quire, removeScratch, scratchRoot, sourceRoot } from './harness.mjs';

const word = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
let root, browser;

before(async () => {
  root = scratchRoot();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  removeScratch(root);
});

function render(input, name, language) {
  const output = path.join(root, `${name}.${language}.html`);
  execFileSync(quire, ['render', input, '-o', output, '--lang', language, '--root', sourceRoot],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  return output;
}

// How wide the page at `file` is when the window is 320 CSS pixels wide.
async function widthAt320(file) {
  const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  await page.goto(`file://${file}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.close();
  return width;
}

describe('reflow at 320 px', () => {
  const pages = exampleNames().map((name) => [name, 'en']).concat([['domain-western-bay-2019', 'cy']]);
  for (const [name, language] of pages) {
    test(`${name} (${language}) does not scroll sideways`, async () => {
      const file = render(path.join(root, 'examples', name, 'inspection.yaml'), name, language);
      assert.ok(await widthAt320(file) <= 320);
    });
  }

  test('a long Welsh word in a paragraph, a heading of the area and a table cell wraps', async () => {
    const fixture = fs.readFileSync(path.join(sourceRoot, 'tests', 'fixtures', 'minimal.yaml'), 'utf8');
    const long = fixture
      .replace('foreword: The foreword.', `foreword: "${word} ${word}.\\n\\n| Ardal | ${word} |\\n| --- | --- |\\n| ${word} | ${word} |"`);
    assert.notEqual(long, fixture);
    const input = path.join(root, 'long.yaml');
    fs.writeFileSync(input, long);
    const file = render(input, 'long', 'en');
    assert.ok(fs.readFileSync(file, 'utf8').includes(`<td>${word}</td>`));
    const width = await widthAt320(file);
    assert.ok(width <= 320, `the page is ${width} px wide`);
  });
});
