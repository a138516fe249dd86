/**
 * Design tokens (as Material Web's token tests): every private `--_*` property read is defined,
 * every one defined is read, and every public `--mv-*` property is documented, read, and mapped to
 * a private one in one file only. Reads the sources as text.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const files = sources().map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }));
const all = (pattern: RegExp) => new Set(files.flatMap(({ text }) => [...text.matchAll(pattern)].map((m) => m[1])));

/** Private tokens defined in CSS (`--_fg: …`) or set from code (`cssVars({ '--_chip': … })`). */
const definedPrivate = all(/(?:^|[\s{;'])(--_[\w-]+)'?\s*:/gm);
/** Private tokens read in CSS (`var(--_fg)`) or from code (`getPropertyValue('--_label-size')`). */
const usedPrivate = all(/(?:var\(\s*|getPropertyValue\(')(--_[\w-]+)/g);
/** Public tokens the elements document (`@cssprop --mv-… - …`). */
const documented = all(/@cssprop (--mv-[\w-]+)/g);
/** Public tokens read anywhere. */
const usedPublic = all(/var\(\s*(--mv-[\w-]+)/g);

describe('design tokens', () => {
  it('finds the theme and every element’s tokens', () => {
    expect([...definedPrivate]).to.include.members(['--_fg', '--_bg', '--_height', '--_label-size', '--_chip']);
    expect([...documented]).to.include.members([
      '--mv-color-text',
      '--mv-timeline-height',
      '--mv-wheel-label-size',
      '--mv-card-padding',
    ]);
  });

  it('defines every private token that is read', () => {
    expect([...usedPrivate].filter((token) => !definedPrivate.has(token))).to.deep.equal([]);
  });

  it('reads every private token that is defined', () => {
    expect([...definedPrivate].filter((token) => !usedPrivate.has(token))).to.deep.equal([]);
  });

  it('reads every documented public token, and documents every public token it reads', () => {
    expect(
      [...documented].filter((token) => !usedPublic.has(token)),
      'documented, never read',
    ).to.deep.equal([]);
    expect(
      [...usedPublic].filter((token) => !documented.has(token)),
      'read, not documented',
    ).to.deep.equal([]);
  });

  it('maps each public token to a private one, in one file only', () => {
    for (const token of usedPublic) {
      const reads = (text: string) => new RegExp(`var\\(\\s*${token}\\b`).test(text);
      const readers = files.filter(({ text }) => reads(text));
      expect(
        readers.map((r) => r.file),
        token,
      ).to.have.length(1);
      const found = [...readers[0].text.matchAll(new RegExp(`^(.*)var\\(\\s*${token}\\b`, 'gm'))];
      for (const [, before] of found) expect(before.trim(), `${token} in ${readers[0].file}`).to.match(/^--_[\w-]+:$/);
    }
  });

  it('lists the shared public tokens in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shared = [...usedPublic].filter((token) =>
      files.some(({ file, text }) => file === join('shared', 'theme.ts') && text.includes(token)),
    );
    for (const token of shared) expect(readme, token).to.include(`\`${token}\``);
  });
});
