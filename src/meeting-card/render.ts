/**
 * The card's templates: a meeting in, Lit templates out. Data text only ever goes into text
 * bindings (never HTML), and is marked with the language it is in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../shared/css-vars.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading-level.js';
import type { AgendaItem, Meeting, MeetingDocument, Participant, Sector, Source, Text } from '../data/schema.js';
import { formatDate } from '../data/dates.js';
import { localizeWithLang } from '../data/text.js';
import { translate } from '../shared/lang.js';
import { cardMessages } from './messages.js';
import {
  agendaDateParts,
  byCountry,
  countryName,
  dateParts,
  formatOrdinal,
  groupDocuments,
  hostOf,
  isWebUrl,
  meetingSectors,
  placePieces,
  placeSeparator,
  sectorLabel,
  splitParticipants,
  withoutChairMark,
  type DatePart,
} from './model.js';

/** Everything a template needs besides the meeting. */
export interface CardContext {
  lang: string;
  variant: 'full' | 'compact';
  /** Level of the card's heading, 1–6; sections use the next level. */
  headingLevel: number;
  sectors: ReadonlyMap<string, Sector>;
  /** `target` for source links, when the page wants one. */
  linkTarget?: string;
}

function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} class=${part} id=${ifDefined(id)}>${content}</${tag}>`;
}

/** Data text, wrapped in a `lang` span when its language differs from the card's. */
export function text(value: Text | undefined, lang: string): unknown {
  const chosen = localizeWithLang(value, lang);
  return marked(chosen.text, chosen.lang, lang);
}

/** `words` in language `wordsLang` (empty: unknown), in a `lang` span when that differs from the card's `lang`. */
function marked(words: string, wordsLang: string, lang: string): unknown {
  if (!wordsLang || sameLang(wordsLang, lang)) return words;
  return html`<span lang=${wordsLang}>${words}</span>`;
}

function sameLang(a: string, b: string): boolean {
  return a.split('-')[0].toLowerCase() === b.split('-')[0].toLowerCase();
}

type CardKey = keyof (typeof cardMessages)['en'];

function t(ctx: CardContext, key: CardKey, params?: Record<string, string | number>): string {
  return translate(cardMessages, ctx.lang, key, params);
}

/** Date text with each end of the range in a `<time datetime>`. */
function timeParts(parts: DatePart[]): unknown[] {
  return parts.map((part) => (part.datetime ? html`<time datetime=${part.datetime}>${part.text}</time>` : part.text));
}

function person(p: Participant, ctx: CardContext, coChair = false): TemplateResult {
  const role = p.role && ctx.variant === 'full' ? localizeWithLang(p.role, ctx.lang) : undefined;
  return html`<li><span class="name">${text(p.name, ctx.lang)}</span>${role?.text
    ? html`<span class="role">${marked(coChair ? withoutChairMark(role.text) : role.text, role.lang, ctx.lang)}</span>`
    : nothing}</li>`;
}

function delegationList(delegation: Participant[], ctx: CardContext): TemplateResult {
  const groups = byCountry(delegation);
  if (groups.length === 1 && !groups[0].country) return html`<ul class="people">${delegation.map((p) => person(p, ctx))}</ul>`;
  return html`<dl class="delegation">
    ${groups.map(
      (g) => html`<div><dt>${g.country ? countryName(g.country, ctx.lang) : t(ctx, 'otherCountry')}</dt>
        <dd><ul class="people">${g.participants.map((p) => person(p, ctx))}</ul></dd></div>`,
    )}
  </dl>`;
}

/** True for a valid CSS colour: anything else from the data stays out of the style. */
function isColour(value: string | undefined): value is string {
  return !!value && typeof CSS !== 'undefined' && CSS.supports('color', value);
}

function chips(meeting: Meeting, ctx: CardContext): TemplateResult | typeof nothing {
  const ids = meetingSectors(meeting);
  if (!ids.length) return nothing;
  return html`<ul part="sectors" class="chips" aria-label=${t(ctx, 'sectors')}>
    ${ids.map((id) => {
      const sector = sectorLabel(id, ctx.sectors);
      return html`<li part="chip" class="chip" data-sector=${id} ${cssVars({ '--_chip': isColour(sector.colour) ? sector.colour : undefined })}>${text(sector.label, ctx.lang)}</li>`;
    })}
  </ul>`;
}

function facts(meeting: Meeting, ctx: CardContext): TemplateResult {
  const pieces = placePieces(meeting.location, ctx.lang);
  const { coChairs } = splitParticipants(meeting.participants);
  return html`<dl class="facts">
    <div><dt>${t(ctx, 'dates')}</dt><dd part="dates">${timeParts(dateParts(meeting.start, meeting.end, ctx.lang))}</dd></div>
    ${pieces.length ? html`<div><dt>${t(ctx, 'place')}</dt><dd part="place">${place(pieces, ctx)}</dd></div>` : nothing}
    ${meeting.format && ctx.variant === 'full'
      ? html`<div><dt>${t(ctx, 'format')}</dt><dd part="format">${t(ctx, meeting.format === 'video' ? 'video' : 'inPerson')}</dd></div>`
      : nothing}
    ${coChairs.length
      ? html`<div><dt>${t(ctx, 'coChairs')}</dt><dd part="people"><ul class="people">${coChairs.map((p) => person(p, ctx, true))}</ul></dd></div>`
      : nothing}
  </dl>`;
}

/** The place, each piece marked with its language. */
function place(pieces: Text[], ctx: CardContext): unknown {
  return pieces.map((piece, i) => html`${i ? placeSeparator(ctx.lang) : ''}${text(piece, ctx.lang)}`);
}

function section(ctx: CardContext, title: string, part: string, body: unknown): TemplateResult {
  return html`<section part=${part} class=${`section ${part}`}>${heading(ctx.headingLevel + 1, title, 'section-title')}${body}</section>`;
}

function documentItem(document: MeetingDocument, ctx: CardContext): TemplateResult {
  const signatories = (document.signatories ?? []).map((s) => localizeWithLang(s, ctx.lang).text).filter(Boolean);
  return html`<li>${text(document.title, ctx.lang)}${signatories.length
    ? html` <span class="muted">(${t(ctx, 'signedBy', { names: signatories.join(', ') })})</span>`
    : nothing}</li>`;
}

function documents(meeting: Meeting, ctx: CardContext): TemplateResult | typeof nothing {
  const groups = groupDocuments(meeting.documents);
  if (!groups.length) return nothing;
  return section(
    ctx,
    t(ctx, 'documents'),
    'documents',
    groups.map(
      (group) => html`<div class="kind" data-kind=${group.kind}>
        ${heading(ctx.headingLevel + 2, t(ctx, `kind_${group.kind}`), 'kind-title')}
        <ul>${group.documents.map((d) => documentItem(d, ctx))}</ul>
      </div>`,
    ),
  );
}

function agendaItem(item: AgendaItem, meeting: Meeting, ctx: CardContext): TemplateResult {
  return html`<li><span class="when">${timeParts(agendaDateParts(item, meeting.start, ctx.lang))}</span> <span>${text(item.title, ctx.lang)}</span>${item.location
    ? html` <span class="muted">· ${text(item.location, ctx.lang)}</span>`
    : nothing}</li>`;
}

function source(s: Source, ctx: CardContext): TemplateResult {
  const title = localizeWithLang(s.title, ctx.lang).text;
  const date = s.date ? html`<time datetime=${s.date}>${formatDate(s.date, ctx.lang)}</time>` : undefined;
  const details = [s.publisher, date].filter((d) => d !== undefined && d !== '');
  if (isWebUrl(s.url)) {
    const newTab = ctx.linkTarget === '_blank';
    return html`<li><a href=${s.url} rel="noopener" target=${ifDefined(ctx.linkTarget || undefined)}>${title ? text(s.title, ctx.lang) : hostOf(s.url)}${newTab
      ? html`<span class="visually-hidden"> ${t(ctx, 'newTab')}</span>`
      : nothing}</a>${details.map((d) => html`, ${d}`)}</li>`;
  }
  return html`<li>${details.map((d, i) => html`${i ? ', ' : ''}${d}`)}${title ? html`${details.length ? ', ' : ''}${text(s.title, ctx.lang)}` : nothing}</li>`;
}

/** The whole card for one meeting. */
export function renderCard(meeting: Meeting, ctx: CardContext): TemplateResult {
  const full = ctx.variant === 'full';
  const { delegation } = splitParticipants(meeting.participants);
  const confidence = meeting.confidence === 'low' || meeting.confidence === 'medium' ? meeting.confidence : undefined;
  return html`<article part="card" class=${`card ${ctx.variant}`} lang=${ctx.lang} aria-labelledby="title">
    <header class="head">
      ${meeting.ordinal
        ? html`<p part="ordinal" class="ordinal">${t(ctx, 'ordinal', { ordinal: formatOrdinal(meeting.ordinal, ctx.lang) })}</p>`
        : nothing}
      ${heading(ctx.headingLevel, text(meeting.title, ctx.lang), 'title', 'title')}
    </header>
    ${facts(meeting, ctx)} ${chips(meeting, ctx)}
    ${full && meeting.summary ? html`<p part="summary" class="summary">${text(meeting.summary, ctx.lang)}</p>` : nothing}
    ${full && delegation.length
      ? section(ctx, t(ctx, 'delegation'), 'delegation', delegationList(delegation, ctx))
      : nothing}
    ${full ? documents(meeting, ctx) : nothing}
    ${full && meeting.agenda?.length
      ? section(ctx, t(ctx, 'agenda'), 'agenda', html`<ol class="agenda">${meeting.agenda.map((item) => agendaItem(item, meeting, ctx))}</ol>`)
      : nothing}
    ${full && (meeting.notes || confidence)
      ? section(
          ctx,
          t(ctx, 'notes'),
          'notes',
          html`${confidence ? html`<p>${t(ctx, `confidence_${confidence}`)}</p>` : nothing}${meeting.notes
            ? html`<p>${text(meeting.notes, ctx.lang)}</p>`
            : nothing}`,
        )
      : nothing}
    ${full && meeting.sources?.length
      ? section(ctx, t(ctx, 'sources'), 'sources', html`<ul class="sources">${meeting.sources.map((s) => source(s, ctx))}</ul>`)
      : nothing}
  </article>`;
}
