/** Which language an element speaks: its own `lang`, else the nearest `lang` above it (across shadow roots), else the page's. */
export type UiLang = 'en' | 'zh' | 'ru';

export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** The language for the element's own words: one of the languages the library is translated into. */
export function uiLang(lang: string): UiLang {
  const base = lang.split('-')[0].toLowerCase();
  return base === 'zh' || base === 'ru' ? base : 'en';
}

export type Messages<K extends string> = Record<UiLang, Record<K, string>>;

/** A message in the element's language with `{name}` placeholders filled in. */
export function translate<K extends string>(
  messages: Messages<K>,
  lang: string,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const template = messages[uiLang(lang)][key] ?? messages.en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
