/**
 * Chart furniture, opt-in: a heading, a dek (one line under it), a note, a source line and a "Get the
 * data" link around a chart, laid out as a `<figure>` whose `<figcaption>` holds the heading and dek;
 * and the chart's automatic summary (its accessible description), hidden unless asked for. With no
 * furniture the chart renders as it always did, with only the hidden summary after it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { MeetingSeries } from '../data/schema.js';
import { localize } from '../data/text.js';
import { headingTag } from './heading-level.js';
import { formatList, translate } from './lang.js';
import { figureMessages } from './figure-messages.js';

/** The slots an author may fill instead of (or as well as) the attributes of the same names. */
export const FIGURE_SLOTS = ['heading', 'dek', 'source', 'note'] as const;
export type FigureSlot = (typeof FIGURE_SLOTS)[number];

/** Furniture as the element's attributes give it (`null`/`undefined`: not set). */
export interface Furniture {
  heading?: string | null;
  dek?: string | null;
  source?: string | null;
  note?: string | null;
  /** `json` (or empty), `csv`, or the URL of a data file. */
  dataLink?: string | null;
}

/** The "Get the data" link: a URL to follow, or a download the element makes on click. */
export type DataLink = { href: string; download?: string } | { onClick: () => void };

export interface FigureView extends Furniture {
  lang: string;
  /** Heading level (1–6) of the heading. */
  level: number;
  /** Slots the author filled. */
  slotted: ReadonlySet<FigureSlot>;
  /** The source line's default text: the data's publishers. */
  publishers: string;
  link?: DataLink;
  summary: string;
  summaryVisible: boolean;
}

/** The names of the data's `sources` publishers in `lang` ("GeoNames", "People's Daily and TASS"), once each. */
export function publisherNames(series: MeetingSeries, lang: string): string {
  const names = new Set((series.sources ?? []).map((s) => localize(s.publisher, lang)).filter(Boolean));
  return names.size ? formatList([...names], lang) : '';
}

/** Whether any furniture is asked for: an attribute set (even empty) or a slot filled. */
export function hasFurniture(f: Furniture, slotted: ReadonlySet<FigureSlot>): boolean {
  return slotted.size > 0 || [f.heading, f.dek, f.source, f.note, f.dataLink].some((v) => v != null);
}

/** A URL a "Get the data" link may point to: http(s) or relative to the page, never `javascript:`. */
export function safeDataUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The summary, the chart's accessible description (`id="summary"`); shown with `summary="visible"`. */
function renderSummary(v: FigureView): TemplateResult {
  return html`<p id="summary" part="summary" class=${v.summaryVisible ? 'summary' : 'visually-hidden'}>${v.summary}</p>`;
}

/** The chart `content`, with its furniture and summary. */
export function renderFigure(v: FigureView, content: unknown): TemplateResult {
  const summary = renderSummary(v);
  if (!hasFurniture(v, v.slotted)) return v.summaryVisible ? html`${summary}${content}` : html`${content}${summary}`;
  const has = (slot: FigureSlot) => v.slotted.has(slot) || !!v[slot];
  const tag = headingTag(v.level);
  const heading = has('heading')
    ? staticHtml`<${tag} part="heading" class="heading"><slot name="heading">${v.heading}</slot></${tag}>`
    : nothing;
  const dek = has('dek') ? html`<p part="dek" class="dek"><slot name="dek">${v.dek}</slot></p>` : nothing;
  const sourceText = v.source || v.publishers;
  const source =
    v.slotted.has('source') || sourceText
      ? html`<p part="source" class="source"><slot name="source">${sourceText ? translate(figureMessages, v.lang, 'source', { text: sourceText }) : nothing}</slot></p>`
      : nothing;
  const note = has('note') ? html`<p part="note" class="note"><slot name="note">${v.note}</slot></p>` : nothing;
  const words = translate(figureMessages, v.lang, 'getData');
  const link = !v.link
    ? nothing
    : 'href' in v.link
      ? html`<a part="data-link" class="data-link" href=${v.link.href} download=${v.link.download ?? nothing}>${words}</a>`
      : html`<button type="button" part="data-link" class="data-link" @click=${v.link.onClick}>${words}</button>`;
  const top = heading !== nothing || dek !== nothing;
  const foot = html`${note}${source}${link}`;
  // A figure has one figcaption, first or last: the heading and dek when there are any, else the foot.
  return html`<figure part="figure" class="figure">
    ${top ? html`<figcaption part="caption" class="caption">${heading}${dek}</figcaption>` : nothing}${summary}${content}
    ${top ? html`<div part="footer" class="footer">${foot}</div>` : html`<figcaption part="footer" class="footer">${foot}</figcaption>`}
  </figure>`;
}

/** The furniture's looks: tokens `--mv-figure-*`, parts as named in each chart's JSDoc. */
export const figureStyles = css`
  :host {
    --_figure-heading-size: var(--mv-figure-heading-size, var(--_font-size-large));
    --_figure-small-size: var(--mv-figure-small-size, var(--_font-size-small));
    --_figure-gap: var(--mv-figure-gap, 0.5em);
  }
  .figure {
    margin: 0;
    min-width: 0;
  }
  .caption,
  .footer {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_figure-gap) / 2);
    overflow-wrap: anywhere;
  }
  .caption {
    margin-block-end: var(--_figure-gap);
  }
  .footer {
    margin-block-start: var(--_figure-gap);
    font-size: var(--_figure-small-size);
    color: var(--_muted);
    align-items: flex-start;
  }
  .heading {
    margin: 0;
    font-size: var(--_figure-heading-size);
    line-height: 1.25;
    color: var(--_fg);
  }
  .dek,
  .note,
  .source,
  .summary {
    margin: 0;
  }
  .summary {
    margin-block-end: var(--_figure-gap);
    overflow-wrap: anywhere;
  }
  .data-link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    min-height: 24px;
    text-decoration: underline;
    cursor: pointer;
  }
  .data-link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
