// `quire serve` in a real browser: the index, a report, a broken file, live updates, the Welsh
// switch, and requests for paths outside the served folder.
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import fs from 'node:fs';
import { editFile, exampleNames, launchBrowser, removeScratch, scratchRoot, startServe } from './harness.mjs';

let root, server, browser;

before(async () => {
  root = scratchRoot();
  server = await startServe(root);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  const code = await server?.stop();
  removeScratch(root);
  assert.equal(code, 0, 'quire serve stops cleanly on SIGTERM');
});

// A GET with the path sent exactly as written (no normalising of "..", no re-encoding).
function rawGet(url, target, host, headers = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = host ? { ...headers, Host: host } : headers;
    const req = http.request({ hostname, port, path: target, method: 'GET', headers: sent }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function lineOf(text, needle) {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('quire serve', () => {
  test('listens on the loopback address only', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('the index lists every example with its status', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    assert.equal(await page.locator('h1').count(), 1);
    const names = await page.locator('table.inspections tbody th a').allTextContents();
    assert.deepEqual(names, exampleNames());
    const statuses = await page.locator('table.inspections tbody td').allTextContents();
    assert.equal(statuses.length, names.length);
    for (const s of statuses) assert.match(s, /^(No problems found|Errors: \d+, Warnings: \d+)$/);
    await page.close();
  });

  test('a report opens from the index with its headings, PDF and Markdown', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'domain-western-bay-2019' }).click();
    await page.waitForURL(/\/report\/domain-western-bay-2019/);
    assert.equal(await page.locator('h1').textContent(), 'An inspection of youth offending services in Western Bay');
    const h2 = await page.locator('main h2').allTextContents();
    for (const heading of ['Contents', 'Foreword', 'Overall findings', '2. Court disposals', 'Notes'])
      assert.ok(h2.includes(heading), `h2 '${heading}' in ${h2.join(' | ')}`);
    assert.ok((await page.locator('main h3').count()) >= 12);
    assert.ok(await page.locator('.draft-banner').isVisible(), 'a preview is marked as a draft');
    assert.equal(await page.locator('figure.chart svg[role=img]').count(), 8);
    await page.getByRole('link', { name: '2.1 Assessment' }).first().click();
    assert.match(page.url(), /#21-assessment$/);

    const href = async (name) => new URL(await page.getByRole('link', { name }).getAttribute('href'), page.url()).href;
    const pdf = await page.request.get(await href('PDF'));
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    const md = await page.request.get(await href('Markdown'));
    assert.equal(md.status(), 200);
    assert.match(await md.text(), /^## Foreword$/m);
    await page.close();
  });

  test('a broken file shows its error with the line', async () => {
    const file = path.join(root, 'examples', 'sqs-bolton-2015', 'inspection.yaml');
    const original = fs.readFileSync(file, 'utf8');
    editFile(file, 'family:', 'famly:');
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      const row = page.locator('tr', { has: page.getByRole('link', { name: 'sqs-bolton-2015' }) });
      assert.match(await row.locator('td').textContent(), /Errors: 1/);
      await page.getByRole('link', { name: 'sqs-bolton-2015' }).click();
      const error = page.locator('.diagnostics li.error').first();
      await error.waitFor();
      const line = lineOf(fs.readFileSync(file, 'utf8'), 'famly:');
      assert.equal(await error.locator('.where').textContent(), `sqs-bolton-2015/inspection.yaml:${line}:1`);
      assert.match(await error.textContent(), /Error.*missing required key 'family'/);
      assert.equal(await page.locator('h1').textContent(), 'sqs-bolton-2015');
      await page.close();
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  test('an open page updates itself when a data or template file changes', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}report/domain-western-bay-2019`);
    const data = path.join(root, 'examples', 'domain-western-bay-2019', 'inspection.yaml');
    editFile(data, 'This inspection is part of our programme', 'Edited while open: this inspection is part of our programme');
    await page.waitForFunction(() => document.body.innerText.includes('Edited while open'), null, { timeout: 20000 });

    const labels = path.join(root, 'data', 'i18n', 'en.yaml');
    editFile(labels, '    foreword: Foreword\n', '    foreword: Foreword (edited label)\n');
    await page.waitForFunction(() => document.body.innerText.includes('Foreword (edited label)'), null, { timeout: 20000 });

    const template = path.join(root, 'templates', 'domain-rated', 'report.mustache');
    fs.appendFileSync(template, '\nA line added to the template.\n');
    await page.waitForFunction(() => document.body.innerText.includes('A line added to the template.'), null, {
      timeout: 20000,
    });
    await page.close();
  });

  test('the language switch shows the report in Welsh and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}report/domain-western-bay-2019`);
    const cymraeg = page.getByRole('link', { name: 'Cymraeg', exact: true });
    assert.equal(await cymraeg.getAttribute('lang'), 'cy');
    await cymraeg.click();
    await page.waitForURL(/lang=cy/);
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.match(await page.locator('h1').textContent(), /Bae'r Gorllewin|Western Bay/);
    assert.ok((await page.locator('main h2').allTextContents()).includes('Cynnwys'));
    assert.equal(await page.locator('[aria-current=page]').textContent(), 'Cymraeg');
    const english = page.getByRole('link', { name: 'English', exact: true });
    assert.equal(await english.getAttribute('lang'), 'en-GB');
    await english.click();
    await page.waitForURL(/lang=en/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    await page.close();
  });

  test('the language switch shows both languages on one page, each with a way to the other', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}report/domain-western-bay-2019`);
    await page.getByRole('link', { name: 'Cymraeg / English' }).click();
    await page.waitForURL(/lang=cy(,|%2C)en/);
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.equal(await page.locator('h1').count(), 1);
    const editions = await page.locator('main article.edition').evaluateAll((els) => els.map((e) => e.lang));
    assert.deepEqual(editions, ['cy', 'en-GB']);
    assert.equal(await page.locator('[aria-current=page]').textContent(), 'Cymraeg / English');
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    assert.equal(new Set(ids).size, ids.length, 'every id once');
    await page.getByRole('link', { name: 'Read this report in English' }).click();
    assert.match(page.url(), /#en-contents$/);
    assert.ok(await page.locator('[id="en-contents"]').isVisible());
    await page.getByRole('link', { name: 'Darllenwch yr adroddiad hwn yn Gymraeg' }).click();
    assert.match(page.url(), /#cy-cynnwys$/);
    const pdf = await page.request.get(new URL(await page.getByRole('link', { name: 'PDF' }).getAttribute('href'), page.url()).href);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    assert.equal(await page.getByRole('link', { name: 'Markdown' }).count(), 0, 'Markdown is one language a file');
    await page.close();
  });

  test('paths outside the served folder are refused', async () => {
    const targets = [
      '/report/..',
      '/report/%2e%2e',
      '/report/%2E%2E',
      '/report/..%2foutside',
      '/report/%2e%2e%2foutside',
      '/report/..%5coutside',
      '/files/%2e%2e/report.md',
      '/files/..%2Foutside/report.md',
      '/version?inspection=..',
      '/version?inspection=..%2Foutside',
      '/../outside/inspection.yaml',
      '/%2e%2e/outside/inspection.yaml',
      '/report/../../outside',
    ];
    for (const target of targets) {
      const res = await rawGet(server.url, target);
      assert.ok(res.status === 403 || res.status === 404, `${target} answered ${res.status}`);
      assert.ok(!res.body.includes('TOP-SECRET'), `${target} leaked the file outside`);
    }
    assert.equal((await rawGet(server.url, '/report/%2e%2e')).status, 403);
  });

  test('a request addressed to another host name is refused', async () => {
    const res = await rawGet(server.url, '/', 'attacker.example');
    assert.equal(res.status, 421);
  });

  test('answers are sent uncompressed, whatever the browser accepts', async () => {
    // Brotli at cpp-httplib's quality took 0.9 s for one page (bench/README.md); on the loopback
    // compression saves nothing. Node's http leaves a compressed body as it came, so the page's own
    // text shows it was not.
    const accepts = { 'Accept-Encoding': 'gzip, deflate, br' };
    const targets = ['/', '/report/domain-western-bay-2019', '/files/domain-western-bay-2019/report.md'];
    for (const target of targets) {
      const res = await rawGet(server.url, target, null, accepts);
      assert.equal(res.status, 200, target);
      assert.equal(res.headers['content-encoding'], undefined, target);
      assert.equal(Number(res.headers['content-length']), Buffer.byteLength(res.body), target);
      assert.match(res.body, /western[ -]bay/i, target);
    }
  });
});
