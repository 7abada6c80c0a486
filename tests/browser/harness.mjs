// What every browser test needs: a scratch copy of the examples and of data/ and templates/ (so
// edits never touch the source tree), a `quire serve` on a free loopback port, and Debian's chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const quire = process.env.QUIRE_BINARY;
export const sourceRoot = process.env.QUIRE_SOURCE_ROOT;
if (!quire || !sourceRoot) throw new Error('set QUIRE_BINARY and QUIRE_SOURCE_ROOT (ctest does)');

// A temporary root holding examples/, data/, templates/ and fonts/, and outside/ beside the
// served folder holding a file no request may reach.
export function scratchRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'quire-browser-'));
  for (const part of ['examples', 'data', 'templates', 'fonts'])
    fs.cpSync(path.join(sourceRoot, part), path.join(root, part), { recursive: true });
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(path.join(root, 'outside', 'inspection.yaml'), 'secret: TOP-SECRET-OUTSIDE\n');
  return root;
}

export function removeScratch(root) {
  fs.rmSync(root, { recursive: true, force: true });
}

// Starts `quire serve ROOT/examples --port 0 --root ROOT` and waits for the address it announces.
export async function startServe(root) {
  const child = spawn(quire, ['serve', path.join(root, 'examples'), '--port', '0', '--root', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`quire serve did not start: ${stderr}`)), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const found = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`quire serve exited (${code}): ${stderr}`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { url, stop, child };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
}

// Replaces the first `from` in a file with `to`; fails when `from` is not there.
export function editFile(file, from, to) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no '${from}'`);
  fs.writeFileSync(file, text.replace(from, to));
}

// The examples' names: the folders of examples/ holding an inspection.yaml.
export function exampleNames() {
  const dir = path.join(sourceRoot, 'examples');
  return fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'inspection.yaml'))).sort();
}
