/**
 * Pure: the static HTML twin of a chart — the timeline's ordered list, the wheel's table — as a
 * string, for `render --format html`, so a page without JavaScript still reads the content.
 */
import { formatDateRange } from '../data/dates.js';
import { translate } from '../shared/lang.js';
import { placeOf } from '../meeting-timeline/views.js';
import { localize } from '../data/text.js';
import { timelineMessages } from '../meeting-timeline/messages.js';
import { wheelMessages } from '../sector-wheel/messages.js';
import { untouchedText, weightText } from '../sector-wheel/views.js';
import { fileMessages } from './messages.js';
import { meetingsInView } from './records.js';
import type { ChartSnapshot } from './snapshot.js';
import { escapeXml as e } from './xml.js';

export function twinHtml(s: ChartSnapshot): string {
  const { lang } = s;
  if (s.chart.kind === 'timeline') {
    const items = meetingsInView(s).map((m) => {
      const place = placeOf(m, lang);
      return `<li><time datetime="${e(m.end ? `${m.start}/${m.end}` : m.start)}">${e(formatDateRange(m.start, m.end, lang))}</time> <strong>${e(localize(m.title, lang))}</strong>${place ? ` — ${e(place)}` : ''}</li>`;
    });
    return `<ol aria-label="${e(translate(timelineMessages, lang, 'list'))}">${items.join('')}</ol>`;
  }
  const { model } = s.chart;
  const wheelWord = (key: 'tableCaption' | 'group' | 'sector' | 'weight') => e(translate(wheelMessages, lang, key));
  const rows = (groups: typeof model.groups) =>
    groups
      .flatMap((g) =>
        g.sectors.map(
          (x) =>
            `<tr><td>${e(g.label)}</td><th scope="row">${e(x.label)}</th><td>${e(weightText(model, x.weight, lang))}</td></tr>`,
        ),
      )
      .join('');
  // The sectors a meeting did not touch are not drawn: the table says so and lists them.
  const note = untouchedText(model, lang);
  const untouched = note
    ? `<tbody class="untouched"><tr><th scope="rowgroup" colspan="3">${e(note)}</th></tr>${rows(model.untouched)}</tbody>`
    : '';
  return `<table><caption>${wheelWord('tableCaption')}</caption><thead><tr><th scope="col">${wheelWord('group')}</th><th scope="col">${wheelWord('sector')}</th><th scope="col">${wheelWord('weight')}</th></tr></thead><tbody>${rows(model.groups)}</tbody>${untouched}</table>`;
}

/**
 * The snippet: a figure with the SVG and, folded in a `<details>` (no CSS or script needed), the
 * text twin. With `fallback` it carries `slot="fallback"`, to go inside the element's tag.
 */
export function staticHtml(s: ChartSnapshot, svg: string, options: { fallback?: boolean } = {}): string {
  return `<figure class="meeting-viz-static"${options.fallback ? ' slot="fallback"' : ''} lang="${e(s.lang)}">${svg}<details><summary>${e(translate(fileMessages, s.lang, 'asText'))}</summary>${twinHtml(s)}</details></figure>\n`;
}
