/**
 * The card's templates: a meeting in, Lit templates out. Data text only ever goes into text
 * bindings (never HTML), and is marked with the language it is in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssVars } from '../shared/css-vars.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading-level.js';
import type {
  AgendaItem,
  Location,
  Meeting,
  MeetingDocument,
  Participant,
  Sector,
  SeriesInfo,
  Source,
} from '../data/schema.js';
import { partyName } from '../data/organisations.js';
import { locations } from '../data/places.js';
import { formatDate } from '../data/dates.js';
import { localizeWithLang } from '../data/text.js';
import { formatList, translate } from '../shared/lang.js';
import { formatOrdinal } from '../shared/ordinal.js';
import { langText, marked } from '../shared/lang-text.js';
import { cardMessages } from './messages.js';
import {
  agendaDateParts,
  byCountry,
  dateParts,
  groupDocuments,
  hostOf,
  isWebUrl,
  meetingSectors,
  nounGender,
  placePieces,
  placeSeparator,
  placesSeparator,
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
  /** What the series calls one of its meetings ("summit"); a generic "meeting" when not given. */
  series?: SeriesInfo;
}

function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} class=${part} id=${ifDefined(id)}>${content}</${tag}>`;
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
  // A chair's party is said here: the chairs' list is not grouped by country.
  const party = coChair ? partyName(p, ctx.lang) : '';
  return html`<li data-host=${ifDefined(p.host ? '' : undefined)}><span class="name">${langText(p.name, ctx.lang)}</span>${
    party ? html` <span class="party muted">${t(ctx, 'party', { party })}</span>` : nothing
  }${p.host ? html` <span part="host" class="host muted">· ${t(ctx, 'host')}</span>` : nothing}${
    role?.text
      ? html`<span class="role">${marked(coChair ? withoutChairMark(role.text) : role.text, role.lang, ctx.lang)}</span>`
      : nothing
  }</li>`;
}

function delegationList(delegation: Participant[], ctx: CardContext): TemplateResult {
  const groups = byCountry(delegation);
  if (groups.length === 1 && !groups[0].country)
    return html`<ul class="people">${delegation.map((p) => person(p, ctx))}</ul>`;
  return html`<dl class="delegation">
    ${groups.map(
      (g) => html`<div><dt>${g.country ? partyName(g.participants[0], ctx.lang) : t(ctx, 'otherCountry')}</dt>
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
      return html`<li part="chip" class="chip" data-sector=${id} ${cssVars({ '--_chip': isColour(sector.colour) ? sector.colour : undefined })}>${langText(sector.label, ctx.lang)}</li>`;
    })}
  </ul>`;
}

const FORMAT_KEYS = { 'in-person': 'inPerson', video: 'video', hybrid: 'hybrid' } as const;

function facts(meeting: Meeting, ctx: CardContext): TemplateResult {
  const places = locations(meeting).filter((l) => placePieces(l, ctx.lang).length);
  const { coChairs } = splitParticipants(meeting.participants);
  const status = meeting.status && meeting.status !== 'held' ? meeting.status : undefined;
  const kind = meeting.kind && meeting.kind !== 'regular' ? meeting.kind : undefined;
  return html`<dl class="facts">
    ${status ? html`<div><dt>${t(ctx, 'status')}</dt><dd part="status-value" class="status" data-status=${status}>${t(ctx, `status_${status}`)}</dd></div>` : nothing}
    ${kind ? html`<div><dt>${t(ctx, 'kind')}</dt><dd part="kind">${t(ctx, `kind_${kind}`)}</dd></div>` : nothing}
    <div><dt>${t(ctx, 'dates')}</dt><dd part="dates">${timeParts(dateParts(meeting.start, meeting.end, ctx.lang))}</dd></div>
    ${meeting.visit && ctx.variant === 'full' ? html`<div><dt>${t(ctx, 'visit')}</dt><dd part="visit">${visitParts(meeting.visit, ctx)}</dd></div>` : nothing}
    ${places.length ? html`<div><dt>${t(ctx, 'place')}</dt><dd part="place">${places.map((l, i) => html`${i ? placesSeparator(ctx.lang) : ''}${place(l, ctx)}`)}</dd></div>` : nothing}
    ${
      meeting.format && ctx.variant === 'full'
        ? html`<div><dt>${t(ctx, 'format')}</dt><dd part="format">${t(ctx, FORMAT_KEYS[meeting.format] ?? 'inPerson')}</dd></div>`
        : nothing
    }
    ${
      coChairs.length
        ? html`<div><dt>${t(ctx, coChairs.length === 1 ? 'chair' : 'coChairs')}</dt><dd part="people"><ul class="people">${coChairs.map((p) => person(p, ctx, true))}</ul></dd></div>`
        : nothing
    }
  </dl>`;
}

/** The visit around the meeting: a range, or "from …" / "until …" when the sources give one end only. */
function visitParts(visit: NonNullable<Meeting['visit']>, ctx: CardContext): unknown {
  if (visit.start && visit.end) return timeParts(dateParts(visit.start, visit.end, ctx.lang));
  const [key, date] = visit.start ? (['visitFrom', visit.start] as const) : (['visitUntil', visit.end!] as const);
  const [before, after] = t(ctx, key, { date: '\u0000' }).split('\u0000');
  return html`${before}<time datetime=${date}>${formatDate(date, ctx.lang)}</time>${after}`;
}

/** One place, each piece marked with its language. */
function place(location: Location, ctx: CardContext): unknown {
  return placePieces(location, ctx.lang).map(
    (piece, i) => html`${i ? placeSeparator(ctx.lang) : ''}${langText(piece, ctx.lang)}`,
  );
}

function section(ctx: CardContext, title: string, part: string, body: unknown): TemplateResult {
  return html`<section part=${part} class=${`section ${part}`}>${heading(ctx.headingLevel + 1, title, 'section-title')}${body}</section>`;
}

function documentItem(document: MeetingDocument, ctx: CardContext): TemplateResult {
  const signatories = (document.signatories ?? []).map((s) => localizeWithLang(s, ctx.lang).text).filter(Boolean);
  return html`<li>${langText(document.title, ctx.lang)}${
    signatories.length
      ? html` <span class="muted">(${t(ctx, 'signedBy', { names: formatList(signatories, ctx.lang) })})</span>`
      : nothing
  }</li>`;
}

function documents(meeting: Meeting, ctx: CardContext): TemplateResult | typeof nothing {
  const groups = groupDocuments(meeting.documents);
  if (!groups.length) return nothing;
  return section(ctx, t(ctx, 'documents'), 'documents', [
    meeting.documentsPartial ? html`<p class="muted partial">${t(ctx, 'documentsPartial')}</p>` : nothing,
    ...groups.map(
      (group) => html`<div class="kind" data-kind=${group.kind}>
        ${heading(ctx.headingLevel + 2, t(ctx, `kind_${group.kind}`), 'kind-title')}
        <ul>${group.documents.map((d) => documentItem(d, ctx))}</ul>
      </div>`,
    ),
  ]);
}

function agendaItem(item: AgendaItem, meeting: Meeting, ctx: CardContext): TemplateResult {
  return html`<li><span class="when">${timeParts(agendaDateParts(item, meeting.start, ctx.lang))}</span> <span>${langText(item.title, ctx.lang)}</span>${
    item.location ? html` <span class="muted">· ${langText(item.location, ctx.lang)}</span>` : nothing
  }</li>`;
}

function source(s: Source, ctx: CardContext): TemplateResult {
  const title = localizeWithLang(s.title, ctx.lang).text;
  const date = s.date ? html`<time datetime=${s.date}>${formatDate(s.date, ctx.lang)}</time>` : undefined;
  const publisher = s.publisher === undefined ? undefined : langText(s.publisher, ctx.lang);
  const page = s.page ? t(ctx, 'page', { page: s.page }) : undefined;
  const details = [publisher, date, page].filter((d) => d !== undefined && d !== '');
  if (isWebUrl(s.url)) {
    const newTab = ctx.linkTarget === '_blank';
    return html`<li><a href=${s.url} rel="noopener" target=${ifDefined(ctx.linkTarget || undefined)}>${title ? langText(s.title, ctx.lang) : hostOf(s.url)}${
      newTab ? html`<span class="visually-hidden"> ${t(ctx, 'newTab')}</span>` : nothing
    }</a>${details.map((d) => html`, ${d}`)}</li>`;
  }
  return html`<li>${details.map((d, i) => html`${i ? ', ' : ''}${d}`)}${title ? html`${details.length ? ', ' : ''}${langText(s.title, ctx.lang)}` : nothing}</li>`;
}

/** "30th regular meeting", "第17次峰会", "17-й саммит": the ordinal with the series noun (a generic "meeting" without one). */
function ordinalLine(ordinal: number, ctx: CardContext): unknown {
  const noun = ctx.series ? localizeWithLang(ctx.series.noun, ctx.lang) : { text: t(ctx, 'meetingNoun'), lang: '' };
  const gender = ctx.series ? nounGender(ctx.series, ctx.lang) : undefined;
  const words = t(ctx, 'ordinal', { ordinal: formatOrdinal(ordinal, ctx.lang, gender), noun: noun.text });
  return marked(words, noun.lang, ctx.lang);
}

/** The whole card for one meeting. */
export function renderCard(meeting: Meeting, ctx: CardContext): TemplateResult {
  const full = ctx.variant === 'full';
  const { delegation } = splitParticipants(meeting.participants);
  const confidence = meeting.confidence === 'low' || meeting.confidence === 'medium' ? meeting.confidence : undefined;
  return html`<article part="card" class=${`card ${ctx.variant}`} lang=${ctx.lang} aria-labelledby="title">
    <header class="head">
      ${meeting.ordinal ? html`<p part="ordinal" class="ordinal">${ordinalLine(meeting.ordinal, ctx)}</p>` : nothing}
      ${heading(ctx.headingLevel, langText(meeting.title, ctx.lang), 'title', 'title')}
    </header>
    ${facts(meeting, ctx)} ${chips(meeting, ctx)}
    ${full && meeting.summary ? html`<p part="summary" class="summary">${langText(meeting.summary, ctx.lang)}</p>` : nothing}
    ${
      full && delegation.length
        ? section(ctx, t(ctx, 'delegation'), 'delegation', delegationList(delegation, ctx))
        : nothing
    }
    ${full ? documents(meeting, ctx) : nothing}
    ${
      full && meeting.agenda?.length
        ? section(
            ctx,
            t(ctx, 'agenda'),
            'agenda',
            html`<ol class="agenda">${meeting.agenda.map((item) => agendaItem(item, meeting, ctx))}</ol>`,
          )
        : nothing
    }
    ${
      full && (meeting.notes || confidence)
        ? section(
            ctx,
            t(ctx, 'notes'),
            'notes',
            html`${confidence ? html`<p>${t(ctx, `confidence_${confidence}`)}</p>` : nothing}${
              meeting.notes ? html`<p>${langText(meeting.notes, ctx.lang)}</p>` : nothing
            }`,
          )
        : nothing
    }
    ${
      full && meeting.sources?.length
        ? section(
            ctx,
            t(ctx, 'sources'),
            'sources',
            html`<ul class="sources">${meeting.sources.map((s) => source(s, ctx))}</ul>`,
          )
        : nothing
    }
  </article>`;
}
