// quire's JSON Schemas (`quire schema FAMILY`) checked with a real validator, ajv (2020-12):
// every example validates against its family's schema, and each wrong input below is rejected by
// both the schema and the loader (`quire validate` exits 2), so the two agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const quire = process.env.QUIRE_BINARY;
const root = process.env.QUIRE_SOURCE_ROOT;

const validators = new Map();
function validator(family) {
  if (!validators.has(family)) {
    const schema = JSON.parse(execFileSync(quire, ['schema', family], { encoding: 'utf8' }));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validators.set(family, ajv.compile(schema));
  }
  return validators.get(family);
}

const examples = readdirSync(join(root, 'examples'))
  .map((name) => join(root, 'examples', name, 'inspection.yaml'))
  .filter((file) => existsSync(file));

test('there are examples of every family', () => {
  const families = new Set(examples.map((file) => parse(readFileSync(file, 'utf8')).family));
  assert.deepEqual([...families].sort(), ['cci', 'domain-rated', 'fji', 'sqs']);
});

for (const file of examples) {
  test(`${file} validates against its family's schema`, () => {
    const data = parse(readFileSync(file, 'utf8'));
    const validate = validator(data.family);
    assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  });
}

// Wrong inputs: a fixture with one change; each is rejected by the schema and by the loader.
const wrong = [
  ['minimal.yaml', 'domain-rated', 'an unknown top-level key', 'foreword:', 'forword:'],
  ['minimal.yaml', 'domain-rated', 'a required key missing', '  isbn: 978-0-00000-000-0\n', ''],
  ['minimal.yaml', 'domain-rated', 'text where a whole number goes', 'total: 1000', 'total: lots'],
  ['minimal.yaml', 'domain-rated', 'a month not written YYYY-MM', 'published: 2020-01', 'published: January 2020'],
  ['minimal.yaml', 'domain-rated', 'an unknown key in a standard', '{number: "1.1", rating: good,', '{number: "1.1", ratng: good,'],
  ['sqs-minimal.yaml', 'sqs', 'an unknown key in lead_inspector', 'pronoun: she,', 'pronoun: she, phone: 1,'],
  ['sqs-minimal.yaml', 'sqs', 'text where a number goes', 'cases_examined: 5', 'cases_examined: five'],
  ['fji-minimal.yaml', 'fji', 'an unknown key in a theme', '    summary: Summary one.', '    sumary: Summary one.'],
  ['fji-minimal.yaml', 'fji', 'a date not written YYYY-MM-DD', 'start: 2013-06-24', 'start: 24 June 2013'],
  ['cci-minimal.yaml', 'cci', 'a required key missing', 'arrangements: {cases: 40}\n', ''],
  ['cci-minimal.yaml', 'cci', 'an unknown key in a criterion', '{number: "1.1", score: 68,', '{number: "1.1", scor: 68,'],
];

for (const [fixture, family, what, from, to] of wrong) {
  test(`${family}: ${what} is rejected by the schema and by the loader`, () => {
    const text = readFileSync(join(root, 'tests', 'fixtures', fixture), 'utf8');
    assert.ok(text.includes(from), `${fixture} holds '${from}'`);
    const changed = text.replace(from, to);
    assert.ok(validator(family)(parse(text)), `${fixture} itself is valid`);
    assert.equal(validator(family)(parse(changed)), false, 'the schema rejects it');
    const dir = mkdtempSync(join(tmpdir(), 'quire-schema-'));
    const file = join(dir, 'inspection.yaml');
    writeFileSync(file, changed);
    const run = spawnSync(quire, ['validate', file], { encoding: 'utf8' });
    assert.equal(run.status, 2, `quire validate rejects it:\n${run.stderr}`);
  });
}
