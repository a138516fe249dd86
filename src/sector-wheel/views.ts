/**
 * The wheel's HTML around the chart — breadcrumbs, legend, the selected sector's meetings and
 * documents, and the table alternative — as Lit templates. Data text only ever goes into text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../shared/heading-level.js';
import type { RovingFocus } from '../shared/roving-focus.js';
import { cssVars } from '../shared/css-vars.js';
import type { MeetingSeries } from '../data/schema.js';
import { formatDate } from '../data/dates.js';
import { translate } from '../shared/lang.js';
import { langText, marked } from '../shared/lang-text.js';
import { wheelMessages } from './messages.js';
import { untouchedCount, type WheelModel, type WheelSector, type WheelGroup } from './model.js';

/** "14 of 30 meetings" (a series) or "3 documents and commitments" (one meeting). */
export function weightText(model: WheelModel, weight: number, lang: string): string {
  if (model.scope === 'series')
    return translate(wheelMessages, lang, 'meetingsOf', { count: weight, total: model.total });
  return translate(wheelMessages, lang, 'items', { count: weight });
}

/** The zoom levels as buttons: one tab stop (after the wheel's), ←/→ between them. */
export function renderBreadcrumbs(
  focus: WheelGroup | undefined,
  lang: string,
  zoomTo: (id: string | undefined) => void,
  roving: RovingFocus,
): TemplateResult {
  const whole = translate(wheelMessages, lang, 'whole');
  const count = focus ? 2 : 1;
  return html`<div role="group" part="breadcrumbs" class="breadcrumbs" aria-label=${translate(wheelMessages, lang, 'breadcrumbs')} @keydown=${roving.onKeydown} @focusin=${roving.onFocusin}>
    <button type="button" part="crumb" tabindex=${roving.tabindex(0, count)} aria-current=${focus ? nothing : 'location'} @click=${() => zoomTo(undefined)}>${whole}</button>
    ${
      focus
        ? html`<span aria-hidden="true">›</span>
          <button type="button" part="crumb" tabindex=${roving.tabindex(1, count)} aria-current="location" @click=${() => zoomTo(focus.id)}>${marked(focus.label, focus.labelLang, lang)}</button>`
        : nothing
    }
  </div>`;
}

export function renderLegend(model: WheelModel, lang: string): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${translate(wheelMessages, lang, 'legend')}>
    ${model.groups.map(
      (g) =>
        html`<li><span class="swatch" ${cssVars({ background: g.colour })} aria-hidden="true"></span>${marked(g.label, g.labelLang, lang)}</li>`,
    )}
  </ul>`;
}

/** The selected sector's meetings (series) or documents (one meeting), below the wheel; its title is a heading of `level`. */
export function renderDetails(
  model: WheelModel,
  series: MeetingSeries,
  sector: WheelSector | undefined,
  lang: string,
  level = 3,
): TemplateResult {
  const [title, subtitle] = [headingTag(level), headingTag(level + 1)];
  if (!sector)
    return html`<div part="details" class="details" aria-live="polite"><p class="hint">${translate(wheelMessages, lang, 'selectHint')}</p></div>`;
  const meetings = series.meetings.filter((m) => sector.meetings.includes(m.id));
  const listed = model.scope === 'meeting' && model.meeting?.sectors?.includes(sector.id);
  return html`<div part="details" class="details" aria-live="polite">
    ${staticHtml`<${title} class="title">${marked(sector.label, sector.labelLang, lang)}: ${weightText(model, sector.weight, lang)}</${title}>`}
    ${
      model.scope === 'series' && meetings.length
        ? html`${staticHtml`<${subtitle} class="subtitle">${translate(wheelMessages, lang, 'meetingsHeading')}</${subtitle}>`}
          <ul class="meetings">
            ${meetings.map(
              (m) =>
                html`<li data-meeting=${m.id}><time datetime=${m.start}>${formatDate(m.start, lang)}</time> ${langText(m.title, lang)}</li>`,
            )}
          </ul>`
        : nothing
    }
    ${listed ? html`<p>${translate(wheelMessages, lang, 'onAgenda')}</p>` : nothing}
    ${
      sector.documents.length
        ? html`${staticHtml`<${subtitle} class="subtitle">${translate(wheelMessages, lang, 'documentsHeading')}</${subtitle}>`}
          <ul class="documents">
            ${sector.documents.map((d) => html`<li>${langText(d.title, lang)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** "12 other sectors of the series were not on this meeting's agenda", or '' when the wheel leaves none out. */
export function untouchedText(model: WheelModel, lang: string): string {
  const count = untouchedCount(model);
  if (!count) return '';
  const total = count + model.groups.reduce((sum, g) => sum + g.sectors.length, 0);
  return translate(wheelMessages, lang, 'untouched', { count, total });
}

/** The one line under the chart for the sectors a meeting did not touch (not drawn). */
export function renderUntouchedNote(model: WheelModel, lang: string): TemplateResult | typeof nothing {
  const text = untouchedText(model, lang);
  return text ? html`<p part="untouched-note" class="untouched-note">${text}</p>` : nothing;
}

/** Rows of the table: a group, a sector and its figure. */
function rows(model: WheelModel, groups: WheelGroup[], lang: string): TemplateResult[] {
  return groups.flatMap((g) =>
    g.sectors.map(
      (s) => html`<tr>
        <td>${marked(g.label, g.labelLang, lang)}</td>
        <th scope="row">${marked(s.label, s.labelLang, lang)}</th>
        <td>${weightText(model, s.weight, lang)}</td>
      </tr>`,
    ),
  );
}

/**
 * The table alternative for screen readers, showing the same groups as the wheel; then, under the
 * line that says so, the sectors the meeting did not touch.
 */
export function renderTable(model: WheelModel, groups: WheelGroup[], lang: string): TemplateResult {
  const note = untouchedText(model, lang);
  // A table ignores width and overflow: the wrapper is what takes no room.
  return html`<div class="visually-hidden table-twin"><table part="table">
    <caption>${translate(wheelMessages, lang, 'tableCaption')}</caption>
    <thead>
      <tr>
        <th scope="col">${translate(wheelMessages, lang, 'group')}</th>
        <th scope="col">${translate(wheelMessages, lang, 'sector')}</th>
        <th scope="col">${translate(wheelMessages, lang, 'weight')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows(model, groups, lang)}
    </tbody>
    ${
      note
        ? html`<tbody class="untouched">
          <tr><th scope="rowgroup" colspan="3">${note}</th></tr>
          ${rows(model, model.untouched, lang)}
        </tbody>`
        : nothing
    }
  </table></div>`;
}
