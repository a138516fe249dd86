// The command line, run as a desk runs it: the built bin/meeting-viz.js in a child process.
// `npm run build` first; `npm run test:cli` (part of `npm test`) runs this with node --test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/meeting-viz.js', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/authoring/', import.meta.url).pathname;

function run(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: new URL('../..', import.meta.url).pathname },
      (error, stdout, stderr) => {
        resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

test('validate: ok files exit 0 and say how many meetings', async () => {
  const { code, stdout } = await run(
    'validate',
    'data/china-russia-regular-meetings.json',
    'data/meetings-template.csv',
  );
  assert.equal(code, 0);
  assert.equal(
    stdout,
    'data/china-russia-regular-meetings.json: ok, 30 meetings\ndata/meetings-template.csv: ok, 30 meetings\n',
  );
});

test('validate: one problem per line, naming the cell, and exit status 1', async () => {
  const { code, stdout } = await run('validate', join(FIXTURES, 'timelinejs-sheet.csv'), join(FIXTURES, 'binary.csv'));
  assert.equal(code, 1);
  assert.deepEqual(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.slice(line.indexOf('authoring/') + 10)),
    [
      'timelinejs-sheet.csv: row 8, column "End Day": "31" is not a day of February 2019',
      'binary.csv: (file): this is not a text file (CSV is text, one row per line)',
    ],
  );
});

test('validate: a missing file is a problem, not a crash', async () => {
  const { code, stdout } = await run('validate', 'no-such-file.json');
  assert.equal(code, 1);
  assert.equal(stdout, 'no-such-file.json: (file): cannot be read: no such file\n');
});

test('convert: a TimelineJS file becomes validated JSON with $schema; problems on stderr', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-cli-'));
  const out = join(dir, 'out.json');
  const { code, stderr } = await run('convert', join(FIXTURES, 'timelinejs.json'), '-o', out);
  assert.equal(code, 1);
  assert.match(stderr, /events\[4\]\.start_date\.day: "31" is not a day of February 2019/);
  const json = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(json.$schema, 'https://unpkg.com/meeting-viz/data/meetings.schema.json');
  assert.equal(json.title, 'Envoys and summits');
  assert.deepEqual(
    json.meetings.map((m) => m.start),
    ['-0044-03-15', '0800', '1814-09-18', '1972-02-21T14:30'],
  );
  assert.equal(json.eras.length, 2);
  // What convert wrote validates cleanly.
  const again = await run('validate', out);
  assert.equal(again.code, 0, again.stdout);
});

test('convert: the real series to the CSV template and back gives the same meetings', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-cli-'));
  const csv = join(dir, 'series.csv');
  assert.equal((await run('convert', 'data/china-russia-regular-meetings.json', '-o', csv)).code, 0);
  assert.equal(
    await readFile(csv, 'utf8'),
    await readFile('data/meetings-template.csv', 'utf8'),
    'data/meetings-template.csv is what convert writes',
  );
  const back = await run('convert', csv);
  assert.equal(back.code, 0, back.stderr);
  const meetings = JSON.parse(back.stdout).meetings;
  assert.equal(meetings.length, 30);
  assert.deepEqual(meetings[29].title, {
    en: '30th regular meeting of the Chinese and Russian heads of government',
    zh: '中俄总理第三十次定期会晤',
    ru: '30-я регулярная встреча глав правительств России и Китая',
  });
});

test('usage errors and unknown commands exit 2', async () => {
  assert.equal((await run('convert')).code, 2);
  assert.equal((await run('convert', 'a.csv', '-o')).code, 2);
  const unknown = await run('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate" \(commands: convert, validate, render\)/);
});

test('convert: a semicolon-separated sheet with a BOM from a file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mv-cli-'));
  const file = join(dir, 'sheet.csv');
  await writeFile(file, '\ufeffid;start;title\nx;2020;"A; b"\n');
  const { code, stdout } = await run('convert', file);
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout).meetings, [{ id: 'x', start: '2020', title: 'A; b' }]);
});

test('validate --lang: the problems in another language, the exit status the same', async () => {
  const { code, stdout } = await run('validate', '--lang', 'ru', join(FIXTURES, 'binary.csv'));
  assert.equal(code, 1);
  assert.equal(
    stdout.slice(stdout.indexOf('authoring/') + 10),
    'binary.csv: (файл): это не текстовый файл (CSV — это текст, одна запись на строку)\n',
  );
});
