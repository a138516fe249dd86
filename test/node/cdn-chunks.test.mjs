// The built CDN file asks for a lazily loaded chunk's own imports beside it, not once it has arrived.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ROOT } from './support.mjs';

const DIR = `${ROOT}dist/cdn/`;
const read = (file) => readFileSync(DIR + file, 'utf8');
/** The chunks a file imports statically (`import … from "./x.js"`, `import "./x.js"`). */
const staticImports = (file) =>
  [...read(file).matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)]
    .map((m) => m[1])
    .filter((f) => f !== 'meeting-viz.js');

test('every chunk the core file loads on first use is asked for together with its own imports', () => {
  const core = read('meeting-viz.js');
  // The chunks loaded on first use (an import that is not one of the chunks asked for beside another).
  const lazy = [...new Set([...core.matchAll(/(?<!,)import\("\.\/([\w.-]+\.js)"\)/g)].map((m) => m[1]))];
  assert.ok(
    lazy.some((f) => /^meeting-viz-wheel-/.test(f)),
    'the wheel is a chunk of its own',
  );
  let checked = 0;
  for (const file of lazy) {
    const needs = staticImports(file);
    if (!needs.length) continue;
    // Each place that loads `file` starts the loads of what it imports in the same Promise.all.
    const groups = [...core.matchAll(/Promise\.all\(\[((?:import\("[^"]+"\),?)+)\]\)/g)].map((m) => m[1]);
    const withIt = groups.filter((g) => g.startsWith(`import("./${file}")`));
    assert.ok(withIt.length, `${file} is loaded beside its imports`);
    for (const group of withIt)
      for (const need of needs) assert.ok(group.includes(`"./${need}"`), `${file} with ${need}`);
    checked++;
  }
  assert.ok(checked >= 3, `chunks with imports of their own: ${checked}`);
});
