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

// Trial hB: the schema let `themes: []` and `fieldwork: []` through while the loader refused
// them as empty lists, so an editor showed no mistake where `quire validate` found one. For every
// list in every example (the first of each kind), emptied in turn: the loader reports it empty
// exactly when the schema rejects the emptied file.
function* listPaths(value, path = []) {
  if (Array.isArray(value)) {
    if (value.length > 0) yield path;
    for (let i = 0; i < value.length; i++) yield* listPaths(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) yield* listPaths(inner, [...path, key]);
  }
}

function emptied(data, path) {
  const copy = structuredClone(data);
  let at = copy;
  for (const step of path.slice(0, -1)) at = at[step];
  at[path[path.length - 1]] = [];
  return copy;
}

for (const file of examples) {
  test(`${file}: each list emptied is refused by the schema exactly when the loader refuses it`, () => {
    const data = parse(readFileSync(file, 'utf8'));
    const validate = validator(data.family);
    const seen = new Set();
    const dir = mkdtempSync(join(tmpdir(), 'quire-empty-'));
    const disagreements = [];
    for (const path of listPaths(data)) {
      const kind = path.map((step) => (typeof step === 'number' ? '[]' : step)).join('.');
      if (path.length === 0 || seen.has(kind) || kind === 'glossary') continue;
      seen.add(kind);
      const changed = emptied(data, path);
      const schemaRejects = !validate(changed);
      const copy = join(dir, 'inspection.yaml');
      writeFileSync(copy, JSON.stringify(changed));
      const run = spawnSync(quire, ['validate', copy, '--root', root], { encoding: 'utf8' });
      const loaderRejects = run.stderr.includes('[empty-list]');
      if (schemaRejects !== loaderRejects) disagreements.push(`${kind}: schema ${schemaRejects ? 'rejects' : 'accepts'}, loader ${loaderRejects ? 'rejects' : 'accepts'}`);
    }
    assert.deepEqual(disagreements, []);
  });
}
