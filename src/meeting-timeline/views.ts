/**
 * The semantic twin of the chart: the meetings as an ordered list with `<time datetime>`, headline,
 * place and (in the hidden twin) documents. Visually hidden beside the chart; the visible layout
 * when narrow or printed, where each item keeps to date, headline and place and the selected one
 * opens its card across the element's full width.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meeting, MeetingSeries } from '../data/schema.js';
import { formatDateRange, spanOf } from '../data/dates.js';
import { annotationDates } from '../data/annotations.js';
import { localize } from '../data/text.js';
import { countryName, locations } from '../data/places.js';
import { langText } from '../shared/lang-text.js';
import { translate } from '../shared/lang.js';
import { timelineMessages } from './messages.js';
import '../meeting-card/index.js';
import { ensureDefined } from '../shared/lazy-elements.js';
import { placeSeparator } from '../shared/lang.js';
import { encodingClass, markEncoding, type LegendModel } from './encoding.js';

/** "Moscow, Russia" in the element's language; several places joined by "; ". */
export function placeOf(meeting: Meeting, lang: string): string {
  return locations(meeting)
    .map((loc) =>
      [localize(loc.city, lang), loc.country ? countryName(loc.country, lang) : '']
        .filter(Boolean)
        .join(placeSeparator(lang)),
    )
    .filter(Boolean)
    .join('; ');
}

export interface ListModel {
  meetings: readonly Meeting[];
  series: MeetingSeries;
  lang: string;
  /** Narrow layout: the list is visible and interactive. */
  visible: boolean;
  selectedId?: string;
  /** Total matching meetings when the list shows only part of them. */
  total: number;
  onSelect: (meeting: Meeting) => void;
  onClose: () => void;
  theme?: string;
  headingLevel: number;
  /** Whether the selected item opens its card (the timeline's `details`). */
  showPanel: boolean;
  /** Palette slots of the host countries: each item's dot is drawn as its mark is. */
  hostSlots?: ReadonlyMap<string, number>;
}

/** The legend: the host countries' colours and the formats' shapes, in the element's language; nothing when there is nothing to name. */
export function renderLegend(legend: LegendModel, lang: string): TemplateResult | typeof nothing {
  if (!legend.hosts.length && !legend.formats.length) return nothing;
  const t = (key: 'legendHosts' | 'legendFormats') => translate(timelineMessages, lang, key);
  const group = (id: string, title: string, items: TemplateResult[]) =>
    items.length
      ? html`<div class="legend-group"><span class="legend-title" id=${id}>${title}</span><ul aria-labelledby=${id}>${items}</ul></div>`
      : nothing;
  return html`<div class="legend" part="legend">
    ${group(
      'legend-hosts',
      t('legendHosts'),
      legend.hosts.map((h) => html`<li><span class="swatch h${h.slot}" aria-hidden="true"></span>${h.label}</li>`),
    )}
    ${group(
      'legend-formats',
      t('legendFormats'),
      legend.formats.map((f) => html`<li><span class="swatch ${f.format}" aria-hidden="true"></span>${f.label}</li>`),
    )}
  </div>`;
}

/** The detail panel: the `<meeting-card>` for the selected meeting. */
export function renderPanel(
  meeting: Meeting,
  series: MeetingSeries,
  lang: string,
  theme: string | undefined,
  headingLevel: number,
  onClose: () => void,
): TemplateResult {
  const t = (key: 'details' | 'close') => translate(timelineMessages, lang, key);
  ensureDefined('meeting-card'); // the CDN build's card is a chunk, and the autoloader cannot see this one
  return html`<section class="panel" part="panel" aria-label=${t('details')}>
    <div class="panel-head">
      <meeting-card .meeting=${meeting} .sectors=${series.sectors} .seriesInfo=${series.series} lang=${lang} theme=${ifDefined(theme)} heading-level=${headingLevel} exportparts="card"></meeting-card>
      <button type="button" part="close" class="close" @click=${onClose} aria-label=${t('close')}>×</button>
    </div>
  </section>`;
}

function renderItem(m: ListModel, meeting: Meeting): TemplateResult {
  const { lang } = m;
  const selected = meeting.id === m.selectedId;
  const place = placeOf(meeting, lang);
  // A visible item keeps to date, title and place: its card has the rest, on demand.
  const docs = m.visible ? [] : (meeting.documents ?? []);
  const headline = langText(meeting.title, lang);
  const encoding = m.hostSlots ? encodingClass(markEncoding(meeting, m.hostSlots)) : '';
  return html`<li class=${[encoding, selected ? 'selected' : ''].filter(Boolean).join(' ')} data-id=${meeting.id}>
    <time datetime=${meeting.end ? `${meeting.start}/${meeting.end}` : meeting.start}>${formatDateRange(meeting.start, meeting.end, lang)}</time>
    ${
      m.visible
        ? html`<button type="button" class="headline" aria-expanded=${selected ? 'true' : 'false'} @click=${() => m.onSelect(meeting)}>${headline}</button>`
        : html`<span class="headline">${headline}</span>`
    }
    ${place ? html`<span class="place">${place}</span>` : nothing}
    ${
      docs.length
        ? html`<span class="docs">${translate(timelineMessages, lang, 'documents')}: ${docs.map(
            (d, i) => html`${i ? '; ' : ''}${langText(d.title, lang)}`,
          )}</span>`
        : nothing
    }
    ${m.visible && selected && m.showPanel ? renderPanel(meeting, m.series, lang, m.theme, m.headingLevel, m.onClose) : nothing}
  </li>`;
}

/**
 * The data's notes in time order, each with its date: every note, also those the chart has no
 * room to draw (narrow, zoomed, crowded), so no reader misses one.
 */
export function renderAnnotations(series: MeetingSeries, lang: string): TemplateResult | typeof nothing {
  if (!series.annotations?.length) return nothing;
  const byId = new Map(series.meetings.map((meeting) => [meeting.id, meeting]));
  const notes = series.annotations
    .map((annotation) => ({ annotation, dates: annotationDates(annotation, (id) => byId.get(id)) }))
    .filter((n) => n.dates !== undefined)
    .sort((a, b) => spanOf(a.dates!).start - spanOf(b.dates!).start);
  if (!notes.length) return nothing;
  return html`<ul class="annotations" part="annotations" aria-label=${translate(timelineMessages, lang, 'annotations')}>
    ${notes.map(
      ({ annotation, dates }) => html`<li>
        <time datetime=${dates!.end ? `${dates!.start}/${dates!.end}` : dates!.start}>${formatDateRange(dates!.start, dates!.end, lang)}</time>
        <span class="note-text">${langText(annotation.text, lang)}</span>
      </li>`,
    )}
  </ul>`;
}

export function renderList(m: ListModel): TemplateResult {
  const t = (key: 'list' | 'listLimited' | 'none', params = {}) => translate(timelineMessages, m.lang, key, params);
  return html`<div class=${m.visible ? 'list-wrap' : 'list-wrap visually-hidden'}>
    ${renderAnnotations(m.series, m.lang)}
    ${m.total > m.meetings.length ? html`<p class="note">${t('listLimited', { shown: m.meetings.length, total: m.total })}</p>` : nothing}
    ${m.meetings.length === 0 ? html`<p class="empty">${t('none')}</p>` : nothing}
    <ol class="list" part="list" aria-label=${t('list')}>
      ${m.meetings.map((meeting) => renderItem(m, meeting))}
    </ol>
  </div>`;
}
