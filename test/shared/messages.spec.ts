/**
 * The message registries: every language has every key, every key the code asks for exists, and
 * no key is left unused. Reads the sources as text, so it runs in Node in milliseconds.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const LANGS = ['en', 'zh', 'ru', 'ar', 'fr', 'es'] as const;

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

type Lang = (typeof LANGS)[number];
type Registry = Record<Lang, Record<string, unknown>>;
interface Found {
  name: string;
  file: string;
  namespace: string;
  messages: Registry;
}

/** Each language but English: every namespace's words, in `src/i18n/<lang>.ts` (loaded on first use). */
async function languageModules(): Promise<Record<Exclude<Lang, 'en'>, Record<string, Record<string, unknown>>>> {
  const entries = await Promise.all(
    LANGS.filter((lang) => lang !== 'en').map(
      async (lang) =>
        [
          lang,
          ((await import(join(SRC, 'i18n', `${lang}.ts`))) as { default: Record<string, Record<string, unknown>> })
            .default,
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<Exclude<Lang, 'en'>, Record<string, Record<string, unknown>>>;
}

/** Every exported registry (an object with `namespace` and `en`) of every `messages.ts`, with its words in every language. */
async function registries(): Promise<Found[]> {
  const found: Found[] = [];
  const modules = await languageModules();
  for (const file of sources().filter((f) => f.endsWith('messages.ts'))) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!value || typeof value !== 'object' || !('namespace' in value) || !('en' in value)) continue;
      const { namespace, en } = value as { namespace: string; en: Record<string, unknown> };
      const messages = { en } as Registry;
      for (const lang of LANGS) if (lang !== 'en') messages[lang] = modules[lang][namespace] ?? {};
      found.push({ name, file, namespace, messages });
    }
  }
  return found;
}

/** The files that import a registry, and their text. */
function directUsers(registry: Found): { file: string; text: string }[] {
  return sources()
    .filter((file) => file !== registry.file)
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    .filter(({ text }) =>
      new RegExp(`import \\{[^}]*\\b${registry.name}\\b[^}]*\\} from '[^']*messages\\.js'`).test(text),
    );
}

/** The files whose relative imports (`./x.js`, `../a/x.js`) include one of `targets`. */
function importersOf(targets: Set<string>): { file: string; text: string }[] {
  return sources()
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    .filter(({ file, text }) =>
      [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].some((m) => targets.has(join(dirname(file), `${m[1]}.ts`))),
    );
}

/**
 * The files that import a registry, and the files that import one of those that is not an element's
 * (the data's problems: check.ts names a problem by its key, problem.ts puts it in words).
 */
function users(registry: Found): { file: string; text: string }[] {
  const direct = directUsers(registry);
  const helpers = new Set(direct.filter(({ file }) => relative(SRC, file).startsWith('data/')).map(({ file }) => file));
  const indirect = importersOf(helpers).filter(({ file }) => file !== registry.file && !helpers.has(file));
  return [...direct, ...indirect];
}

/** Keys the code names as literals: `translate(registry, lang, 'key')`, a ternary of keys there, or a local `t('key')` / `t(ctx, 'key')`. */
function keysAskedFor(registry: Found, text: string): string[] {
  const keys: string[] = [];
  const direct = new RegExp(`translate\\(\\s*${registry.name}\\s*,[^,]+,\\s*([^,)]+)`, 'g');
  for (const match of text.matchAll(direct)) for (const literal of match[1].matchAll(/'(\w+)'/g)) keys.push(literal[1]);
  for (const match of text.matchAll(/\bt\(\s*(?:ctx,\s*)?'(\w+)'/g)) keys.push(match[1]);
  return keys;
}

/** A key counts as used when its literal is in a file that uses the registry, or a template builds it (`kind_${…}`). */
function isUsed(key: string, texts: string[]): boolean {
  return texts.some(
    (text) => text.includes(`'${key}'`) || [...text.matchAll(/`(\w+_)\$\{/g)].some((m) => key.startsWith(m[1])),
  );
}

describe('messages', () => {
  let found: Found[];
  before(async () => {
    found = await registries();
  });

  it('finds the registries of the shared base and of every element', () => {
    expect(found.map((r) => relative(SRC, r.file)).sort()).to.include.members([
      'meeting-card/messages.ts',
      'meeting-timeline/messages.ts',
      'sector-wheel/messages.ts',
      'shared/messages.ts',
    ]);
  });

  it('has every key in every language, as non-empty text', () => {
    for (const { name, messages } of found) {
      const english = Object.keys(messages.en).sort();
      for (const lang of LANGS) {
        expect(Object.keys(messages[lang]).sort(), `${name}.${lang}`).to.deep.equal(english);
        for (const key of english) {
          const message = messages[lang][key];
          // A message is text, or a function of its parameters (plurals).
          if (typeof message !== 'function')
            expect(message, `${name}.${lang}.${key}`).to.be.a('string').and.not.equal('');
        }
      }
    }
  });

  it('has no namespace in a language module that no registry has', async () => {
    const namespaces = found.map((r) => r.namespace).sort();
    for (const [lang, messages] of Object.entries(await languageModules()))
      expect(Object.keys(messages).sort(), lang).to.deep.equal(namespaces);
  });

  it('has every key the code asks for', () => {
    for (const registry of found) {
      const asked = users(registry).flatMap(({ text }) => keysAskedFor(registry, text));
      expect(asked.length, `${registry.name} is used`).to.be.above(0);
      for (const key of asked) expect(registry.messages.en, `${registry.name}: '${key}'`).to.have.property(key);
    }
  });

  it('has no key that no code uses', () => {
    const unused = found.flatMap((registry) => {
      const texts = users(registry).map(({ text }) => text);
      return Object.keys(registry.messages.en)
        .filter((key) => !isUsed(key, texts))
        .map((key) => `${registry.name}.${key}`);
    });
    expect(unused).to.deep.equal([]);
  });
});
