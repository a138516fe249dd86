/**
 * TimelineJS text is HTML. This reduces it to what this library keeps: its words, as plain text, and
 * its `https:` links, as data. It never returns markup and builds no DOM (no DOMParser), so the
 * command line uses the same code as the elements. The text is shown as text, never as HTML, so
 * what survives here cannot run: a `javascript:` link or an `onclick` has nowhere to go.
 */

/** Plain text and the safe links found in a piece of HTML. */
export interface ReducedHtml {
  text: string;
  links: Array<{ url: string; text: string }>;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', copy: '©', deg: '°', euro: '€',
};

/** Decodes character references: numeric ones, and the named ones newsroom text uses; others stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** Elements whose content is not text for a reader. */
const HIDDEN = new Set(['script', 'style', 'template', 'iframe', 'object', 'noscript', 'svg', 'math', 'head', 'title', 'textarea', 'select']);
/** Elements that end a line of text. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'section', 'article', 'hr']);

// A comment, a tag (with quoted attribute values that may hold `>`), a declaration, or, as browsers
// read it, a tag that is never closed: it runs to the end of the text.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<\/?[a-zA-Z][\s\S]*$|<![^>]*>|<\?[^>]*>/g;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The URL when it is an absolute `https:` (or `http:`) link; anything else (`javascript:`, `data:`, relative) is dropped. */
export function safeUrl(raw: string): string | undefined {
  // Browsers ignore tabs and newlines inside URLs: so does this. Anything else odd in front fails the test below.
  const url = decodeEntities(raw).replace(/[\t\n\r]/g, '').trim();
  return /^https?:\/\/[^\s/?#]+/i.test(url) ? url : undefined;
}

/** The words of `html` as plain text (whitespace collapsed, line breaks kept as `\n`) and its safe links. */
export function reduceHtml(html: string): ReducedHtml {
  const links: ReducedHtml['links'] = [];
  let out = '';
  let hidden: string | undefined;
  let link: { url: string; start: number } | undefined;
  let last = 0;
  const text = (raw: string) => {
    if (!hidden) out += decodeEntities(raw.replace(/\s+/g, ' '));
  };
  for (const match of html.matchAll(TOKEN)) {
    text(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, rawName, attributes] = match;
    if (!rawName) continue; // comment or declaration
    const name = rawName.toLowerCase();
    if (hidden) {
      if (closing && name === hidden) hidden = undefined;
      continue;
    }
    if (!closing && HIDDEN.has(name) && !/\/\s*$/.test(attributes)) {
      hidden = name;
      continue;
    }
    if (BREAKS.has(name)) out += '\n';
    if (name === 'a' && !closing) {
      const href = HREF.exec(attributes);
      const url = href && safeUrl(href[1] ?? href[2] ?? href[3]);
      link = url ? { url, start: out.length } : undefined;
    } else if (name === 'a' && link) {
      links.push({ url: link.url, text: tidy(out.slice(link.start)) });
      link = undefined;
    }
  }
  text(html.slice(last));
  if (link) links.push({ url: link.url, text: tidy(out.slice(link.start)) });
  return { text: tidy(out), links };
}

/** Spaces collapsed, each line trimmed, no blank lines at either end or twice in a row. */
/** What a browser would read as a tag (`<x-->`, `</a b>`): never left in the text, even where our tokenizer saw words. */
const TAG_LIKE = /<\/?[a-zA-Z][^<>]*>/g;

function tidy(text: string): string {
  return text
    .replace(TAG_LIKE, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
