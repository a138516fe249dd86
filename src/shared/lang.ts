/**
 * Languages: which one an element speaks, which way it writes, and the one message registry. Each
 * element's `messages.ts` holds its English words; the other built-in languages are one module each
 * (`src/i18n/zh.ts`…), loaded on first use with {@link loadLang} (a chunk of its own in the CDN build,
 * so a page pays only for the languages it shows). A page adds more with {@link registerMessages}.
 * A lookup walks the language's chain (`de-CH` → `de`) and ends in English.
 */

/** The languages the library ships: the six official languages of the United Nations. */
export const BUILT_IN_LANGS = ['en', 'zh', 'ru', 'ar', 'fr', 'es'] as const;
export type UiLang = (typeof BUILT_IN_LANGS)[number];

/** Which language an element speaks: its own `lang`, else the nearest `lang` above it (across shadow roots), else the page's. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = parentOf(node);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Yezi']);

/** `rtl` when the language's likely script runs right to left (`ar`, `he`, `fa`, `ur`, `ku-Arab`…). */
export function langDir(lang: string): 'ltr' | 'rtl' {
  let dir = dirs.get(lang) ?? knownDir(lang);
  if (dir) return dir;
  try {
    const script = new Intl.Locale(lang).maximize().script;
    dir = script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    dir = 'ltr';
  }
  dirs.set(lang, dir);
  return dir;
}

// Both are asked on every render: cache them per tag (there are only ever a few).
const dirs = new Map<string, 'ltr' | 'rtl'>();
const chains = new Map<string, readonly string[]>();

/**
 * Languages written in one direction whatever their region, so a tag without a script subtag needs no
 * `Intl.Locale#maximize` (the first call loads the likely-subtags data: tens of ms on a cold page).
 */
const ONE_DIRECTION: Readonly<Record<string, 'ltr' | 'rtl'>> = {
  en: 'ltr',
  zh: 'ltr',
  ru: 'ltr',
  fr: 'ltr',
  es: 'ltr',
  de: 'ltr',
  it: 'ltr',
  pt: 'ltr',
  ja: 'ltr',
  ko: 'ltr',
  nl: 'ltr',
  pl: 'ltr',
  uk: 'ltr',
  tr: 'ltr',
  ar: 'rtl',
  he: 'rtl',
  fa: 'rtl',
};

/** A language tag with no extensions: language, then optional script, region and variants. */
const PLAIN_TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

/** The direction of a plain tag with a script subtag, or of a one-direction language; else undefined (ask Intl). */
function knownDir(lang: string): 'ltr' | 'rtl' | undefined {
  const match = PLAIN_TAG.exec(lang);
  if (!match) return undefined;
  const [, language, script] = match;
  if (script) return RTL_SCRIPTS.has(script[0].toUpperCase() + script.slice(1).toLowerCase()) ? 'rtl' : 'ltr';
  return ONE_DIRECTION[language.toLowerCase()];
}

/**
 * The writing direction for `element`: the nearest `dir` (`ltr`/`rtl`) or `lang` on it or above it
 * (across shadow roots), whichever comes first; a `lang` gives its script's direction. `skipOwnDir`
 * ignores the element's own `dir` (when the element set it itself).
 */
export function resolveDir(element: Element, skipOwnDir = false): 'ltr' | 'rtl' {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node === element && skipOwnDir ? null : node.getAttribute('dir')?.toLowerCase();
      if (dir === 'rtl' || dir === 'ltr') return dir;
      const lang = node.getAttribute('lang');
      if (lang) return langDir(lang);
    }
    node = parentOf(node);
  }
  return langDir(document.documentElement.lang || navigator.language || 'en');
}

/**
 * The tags to look a message up under, most specific first, ending in `en` (RFC 4647 lookup):
 * `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`, `en`. Unicode extensions (`-u-nu-arab`) are dropped.
 */
export function langChain(lang: string): string[] {
  return [...chainOf(lang)];
}

function chainOf(lang: string): readonly string[] {
  let chain = chains.get(lang);
  if (!chain) chains.set(lang, (chain = Object.freeze(buildChain(lang))));
  return chain;
}

/** Tags that are their own canonical form (no Intl needed): the built-in languages' bare tags. */
const CANONICAL_TAG = /^(?:en|zh|ru|ar|fr|es)$/;

function buildChain(lang: string): string[] {
  let tag = (lang || 'en').replace(/_/g, '-');
  if (!CANONICAL_TAG.test(tag)) {
    try {
      tag = new Intl.Locale(tag).baseName;
    } catch {
      tag = tag.split(/-[a-z]-/i)[0];
    }
  }
  const chain: string[] = [];
  const parts = tag.split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (parts[n - 1].length > 1) chain.push(candidate);
  }
  if (!chain.some((c) => c.toLowerCase() === 'en')) chain.push('en');
  return chain;
}

/** The built-in language for the element's own words: the first of {@link langChain} the library ships, else `en`. */
export function uiLang(lang: string): UiLang {
  for (const tag of chainOf(lang)) {
    const lower = tag.toLowerCase() as UiLang;
    if ((BUILT_IN_LANGS as readonly string[]).includes(lower)) return lower;
  }
  return 'en';
}

/** The separator between the pieces of a place ("Hangzhou, China"): a full-width comma in Chinese. */
export function placeSeparator(lang: string): string {
  const ui = uiLang(lang);
  return ui === 'zh' ? '，' : ui === 'ar' ? '، ' : ', ';
}

/** Values for a message's `{name}` placeholders; numbers are formatted for the language. */
export type Params = Record<string, string | number>;

/** What a function message gets besides its parameters: Intl helpers bound to the language. */
export interface MessageTools {
  /** The language (with any `-u-nu-…` numbering) the words are written in. */
  lang: string;
  /** A number in the language's digits and grouping. */
  number(n: number | string): string;
  /** The plural category of `n` (`zero`, `one`, `two`, `few`, `many`, `other`). */
  category(n: number | string, type?: Intl.PluralRuleType): Intl.LDMLPluralRule;
  /** The form for `n` (`other` when the language's category is missing), with `#` replaced by the number. */
  plural(n: number | string, forms: PluralForms): string;
  /** "a, b and c" in the language. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string;
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: a string with `{name}` placeholders, or a function of the parameters (plurals, ordinals). */
// Parameters are typed loosely so that one registry holds every message shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((params: any, tools: MessageTools) => string);

/**
 * The message set of one element (or of every element: `shared`): its namespace in the registry and
 * its English words. The other built-in languages hold every namespace in one module (`src/i18n/`),
 * typed as {@link LanguageMessages}, so each has every English key.
 */
export type Messages<K extends string> = {
  readonly namespace: keyof MessageNamespaces;
  readonly en: Readonly<Record<K, Message>>;
};

/**
 * The keys of every namespace, so that {@link registerMessages} is typed against the English set.
 * Each element's `messages.ts` adds its own namespace to this interface.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageNamespaces {}

/** A whole language for a page to add: every namespace, every key (a missing one is a type error). */
export type LanguageMessages = { [N in keyof MessageNamespaces]: Record<MessageNamespaces[N], Message> };

const registry = new Map<string, Partial<Record<string, Readonly<Record<string, Message>>>>>();
const listeners = new Set<() => void>();

/**
 * Adds a language (or replaces a built-in one) without a release:
 * `registerMessages('de', { shared: {…}, timeline: {…}, wheel: {…}, card: {…} })`. Elements on the
 * page redraw in it. Typed against the English set, so a missing key does not compile.
 */
export function registerMessages(lang: string, messages: LanguageMessages): void {
  registry.set(lang.toLowerCase(), messages as Partial<Record<string, Record<string, Message>>>);
  for (const listener of listeners) listener();
}

/** The languages a page has added with {@link registerMessages}. */
export function registeredLangs(): string[] {
  return [...registry.keys()];
}

/** Calls `listener` whenever a language is registered; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The built-in languages but English, each a module of its own loaded on first use (literal imports, so bundlers split them). */
const LANG_MODULES: Record<Exclude<UiLang, 'en'>, () => Promise<{ default: LanguageMessages }>> = {
  zh: () => import('../i18n/zh.js'),
  ru: () => import('../i18n/ru.js'),
  ar: () => import('../i18n/ar.js'),
  fr: () => import('../i18n/fr.js'),
  es: () => import('../i18n/es.js'),
};

const builtIn = new Map<string, Partial<Record<string, Readonly<Record<string, Message>>>>>();
const pendingLoads = new Map<string, Promise<void>>();

/**
 * Loads the built-in languages of `lang`'s chain (`zh-Hant-TW` → `zh`) that are not loaded yet.
 * Returns a promise that settles when they are, or `undefined` when there is nothing to wait for
 * (English, a loaded language, or one only a page registered). A module that fails to load leaves
 * the words to fall back along the chain. Every element redraws when a language arrives.
 */
export function loadLang(lang: string): Promise<void> | undefined {
  let waits: Promise<void>[] | undefined;
  for (const tag of chainOf(lang)) {
    const lower = tag.toLowerCase();
    if (builtIn.has(lower) || !Object.hasOwn(LANG_MODULES, lower)) continue;
    let pending = pendingLoads.get(lower);
    if (!pending) {
      pending = LANG_MODULES[lower as keyof typeof LANG_MODULES]()
        .then(
          (module) => module.default as Partial<Record<string, Record<string, Message>>>,
          () => ({}),
        )
        .then((messages) => {
          builtIn.set(lower, messages);
          pendingLoads.delete(lower);
          for (const listener of listeners) listener();
        });
      pendingLoads.set(lower, pending);
    }
    (waits ??= []).push(pending);
  }
  return waits && Promise.all(waits).then(() => undefined);
}

function messageFor<K extends string>(messages: Messages<K>, lang: string, key: K): { message: Message; lang: string } {
  const chain = chainOf(lang);
  const primary = chain[0].split('-')[0].toLowerCase();
  for (const tag of chain) {
    const lower = tag.toLowerCase();
    const message =
      registry.get(lower)?.[messages.namespace]?.[key] ??
      (lower === 'en' ? messages.en[key] : builtIn.get(lower)?.[messages.namespace]?.[key]);
    // Words found by falling back to English are English words: their numbers are formatted in English too.
    if (message !== undefined) return { message, lang: lower === 'en' && primary !== 'en' ? 'en' : lang };
  }
  return { message: messages.en[key], lang: 'en' };
}

/** A message in `lang` (or the nearest language of its chain that has it) with its parameters filled in. */
export function translate<K extends string>(messages: Messages<K>, lang: string, key: K, params: Params = {}): string {
  const found = messageFor(messages, lang, key);
  const tools = messageTools(found.lang);
  if (typeof found.message === 'function') return found.message(params, tools);
  return found.message.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'number' ? tools.number(value) : value;
  });
}

const toolCache = new Map<string, MessageTools>();

/** Intl helpers for `lang`, cached (building Intl objects costs far more than using them). */
export function messageTools(lang: string): MessageTools {
  let tools = toolCache.get(lang);
  if (tools) return tools;
  const locale = safeLocale(lang);
  // Built on first use: most words have no number, and the first format on a page loads locale data.
  let numbers: Intl.NumberFormat | undefined;
  const rules = new Map<Intl.PluralRuleType, Intl.PluralRules>();
  const rulesOf = (type: Intl.PluralRuleType) => {
    let r = rules.get(type);
    if (!r) rules.set(type, (r = new Intl.PluralRules(locale, { type })));
    return r;
  };
  const lists = new Map<string, Intl.ListFormat>();
  tools = {
    lang: locale,
    number: (n) =>
      typeof n === 'number' || /^-?\d+(\.\d+)?$/.test(n)
        ? (plainDigits(locale, Number(n)) ?? (numbers ??= new Intl.NumberFormat(locale)).format(Number(n)))
        : n,
    category: (n, type = 'cardinal') => rulesOf(type).select(Number(n)),
    plural(n, forms) {
      const form = forms[rulesOf('cardinal').select(Number(n))] ?? forms.other;
      return form.replace(/#/g, this.number(n));
    },
    list(items, type = 'conjunction') {
      let format = lists.get(type);
      if (!format) lists.set(type, (format = new Intl.ListFormat(locale, { type, style: 'long' })));
      return format.format(items);
    },
  };
  toolCache.set(lang, tools);
  return tools;
}

/** `lang` if Intl accepts it, else English (a tag like `en_US` must not throw in the page). */
function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Languages whose numbers are written in ASCII digits, with no grouping below a thousand. */
const LATIN_DIGITS = new Set(['en', 'zh', 'ru', 'fr', 'es']);

/**
 * A whole number from 0 to 999 in a language that writes it in plain ASCII digits, as Intl would
 * write it, without building an Intl.NumberFormat: the first one on a page loads locale data (about
 * 300 ms on a phone), and a chart's counts are mostly small. Undefined when Intl has to say it (a
 * larger or fractional number, Arabic digits, a locale that names its own numbering system).
 */
export function plainDigits(locale: string, n: number): string | undefined {
  if (!(n >= 0 && n < 1000 && Number.isInteger(n)) || locale.includes('-u-')) return undefined;
  const dash = locale.indexOf('-');
  return LATIN_DIGITS.has((dash < 0 ? locale : locale.slice(0, dash)).toLowerCase()) ? String(n) : undefined;
}

/** A count in short form for a small mark ("12", "1.2K", "١٢"), with Intl.NumberFormat's compact notation. */
export function formatCompact(n: number, lang: string): string {
  const plain = plainDigits(lang, n);
  if (plain !== undefined) return plain;
  const key = `${lang}|compact`;
  let format = compactFormats.get(key);
  if (!format) compactFormats.set(key, (format = new Intl.NumberFormat(safeLocale(lang), { notation: 'compact' })));
  return format.format(n);
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** "a, b and c" in `lang`, with Intl.ListFormat. */
export function formatList(items: readonly string[], lang: string): string {
  return messageTools(lang).list(items);
}

/** `lang` with a numbering system (`latn`, `arab`, …) as a Unicode extension, for every Intl format: `ar-u-nu-latn`. */
export function withNumbering(lang: string, numbering: string | undefined): string {
  if (!numbering || !/^[a-z0-9]{3,8}$/i.test(numbering)) return lang;
  try {
    return new Intl.Locale(lang, { numberingSystem: numbering.toLowerCase() }).toString();
  } catch {
    return lang;
  }
}
