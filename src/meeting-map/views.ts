/**
 * The map's HTML around the chart — the legend, the meetings with no place on a map, the selected
 * place's meetings, and the table twin — as Lit templates. Data text only ever goes into text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../data/schema.js';
import { formatDate } from '../data/dates.js';
import { localizeWithLang } from '../data/text.js';
import { translate } from '../shared/lang.js';
import { messages } from './messages.js';
import { firstInOrder, meetingYears, type MapModel, type MapPlace } from './model.js';

/** The table twin lists at most this many places (those with the most meetings). */
export const TABLE_LIMIT = 100;

/** Text marked with its language when it differs from the element's. */
function marked(text: string, textLang: string, lang: string): TemplateResult {
  return textLang && textLang !== lang.split('-')[0] ? html`<span lang=${textLang}>${text}</span>` : html`${text}`;
}

/** "9 meetings" in the element's language. */
export function countText(count: number, lang: string): string {
  return translate(messages, lang, count === 1 ? 'meetingsOne' : 'meetingsMany', { count });
}

/** "Moscow, Russia: 9 meetings (1996, 1998, …)": a mark's accessible name. */
export function placeName(place: MapPlace, lang: string): string {
  const where = [place.name, place.country?.label].filter(Boolean).join(', ');
  return `${where}: ${countText(place.meetings.length, lang)} (${meetingYears(place.meetings, (d) => formatDate(d, lang))})`;
}

export function renderLegend(model: MapModel, lang: string): TemplateResult | typeof nothing {
  if (model.countries.length < 2) return nothing;
  return html`<ul part="legend" class="legend" aria-label=${translate(messages, lang, 'legend')}>
    ${model.countries.map((c) => html`<li><span class=${`swatch c${c.index}`} aria-hidden="true"></span>${marked(c.label, c.labelLang, lang)}</li>`)}
  </ul>`;
}

/** "By video link: 2020, 2021, 2022", and in-person meetings whose place the data does not give. */
export function renderApart(
  model: MapModel,
  lang: string,
  highlightId: string | undefined,
): TemplateResult | typeof nothing {
  const line = (key: 'video' | 'unplaced', meetings: Meeting[]) =>
    meetings.length
      ? html`<p part=${key} class=${`apart${meetings.some((m) => m.id === highlightId) ? ' highlighted' : ''}`}>
          ${translate(messages, lang, key, { years: meetingYears(meetings, (d) => formatDate(d, lang)) })}
        </p>`
      : nothing;
  if (!model.video.length && !model.unplaced.length) return nothing;
  return html`${line('video', model.video)}${line('unplaced', model.unplaced)}`;
}

/** The selected place and its meetings, announced politely when it changes. */
export function renderDetails(place: MapPlace | undefined, lang: string, onClear: () => void): TemplateResult {
  return html`<div part="details" class="details" aria-live="polite">
    ${
      place
        ? html`<p>
            <strong>${marked(place.name, place.nameLang, lang)}</strong>${place.country ? html`, ${marked(place.country.label, place.country.labelLang, lang)}` : nothing}:
            ${countText(place.meetings.length, lang)}
            <button type="button" part="clear" @click=${onClear}>${translate(messages, lang, 'clear')}</button>
          </p>
          <ul>
            ${place.meetings.map((m) => {
              const title = localizeWithLang(m.title, lang);
              return html`<li data-meeting=${m.id}><time datetime=${m.start}>${formatDate(m.start, lang)}</time> ${marked(title.text, title.lang, lang)}</li>`;
            })}
          </ul>`
        : nothing
    }
  </div>`;
}

const tableCache = new WeakMap<MapModel, MapPlace[]>();

/** The places the table lists: all of them, or the {@link TABLE_LIMIT} with the most meetings (once per model). */
function tablePlaces(model: MapModel): MapPlace[] {
  let places = tableCache.get(model);
  if (!places) {
    places =
      model.places.length > TABLE_LIMIT
        ? firstInOrder(model.places, TABLE_LIMIT, (a, b) => b.meetings.length - a.meetings.length)
        : model.places;
    tableCache.set(model, places);
  }
  return places;
}

/** The table twin for screen readers and print: place, country, meetings with dates. */
export function renderTable(model: MapModel, lang: string): TemplateResult {
  const t = (key: 'tableCaption' | 'place' | 'country' | 'meetings') => translate(messages, lang, key);
  const places = tablePlaces(model);
  // A table ignores width and overflow: the wrapper is what takes no room.
  return html`<div class="visually-hidden table-twin"><table part="table">
    <caption>
      ${t('tableCaption')}${
        places.length < model.places.length
          ? html` (${translate(messages, lang, 'tableMore', { shown: places.length, total: model.places.length })})`
          : nothing
      }
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('place')}</th>
        <th scope="col">${t('country')}</th>
        <th scope="col">${t('meetings')}</th>
      </tr>
    </thead>
    <tbody>
      ${places.map(
        (p) => html`<tr data-place=${p.id}>
          <th scope="row">${marked(p.name, p.nameLang, lang)}</th>
          <td>${p.country ? marked(p.country.label, p.country.labelLang, lang) : nothing}</td>
          <td>${countText(p.meetings.length, lang)}: ${p.meetings.map((m) => formatDate(m.start, lang)).join(', ')}</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}
