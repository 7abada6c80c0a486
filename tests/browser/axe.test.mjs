// axe-core on every example's HTML page (English; Western Bay in Welsh and bilingual too) and on the preview's
// own pages: no serious or critical violation of WCAG 2.1 A/AA or axe's best practices.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exampleNames, launchBrowser, quire, removeScratch, scratchRoot, sourceRoot, startServe } from './harness.mjs';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let root, browser;

before(async () => {
  root = scratchRoot();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  removeScratch(root);
});

// The serious and critical violations axe finds on the page at `url`, each as one readable line.
async function violations(url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (runOnly) => axe.run(document, { runOnly: { type: 'tag', values: runOnly } }), tags);
  await page.close();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0].target.join(' ')})`);
}

function render(name, language) {
  const output = path.join(root, `${name}.${language}.html`);
  execFileSync(quire, ['render', path.join(sourceRoot, 'examples', name, 'inspection.yaml'), '-o', output, '--lang', language,
    '--root', sourceRoot], { stdio: ['ignore', 'ignore', 'pipe'] });
  return output;
}

describe('axe-core', () => {
  const pages = exampleNames().map((name) => [name, 'en'])
    .concat([['domain-western-bay-2019', 'cy'], ['domain-western-bay-2019', 'cy,en'], ['domain-western-bay-2019', 'en,cy']]);
  for (const [name, language] of pages) {
    test(`${name} (${language}) has no serious or critical violation`, async () => {
      const file = render(name, language);
      assert.deepEqual(await violations(`file://${file}`), []);
    });
  }

  test('the preview pages have no serious or critical violation', async () => {
    const server = await startServe(root);
    try {
      for (const target of ['', '?lang=cy', 'report/domain-western-bay-2019', 'report/fji-rochdale-2013?lang=en',
        'report/domain-western-bay-2019?lang=cy,en'])
        assert.deepEqual(await violations(server.url + target), [], target);
    } finally {
      await server.stop();
    }
  });
});
