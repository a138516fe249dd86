/**
 * Pure: the wheel's summary, one paragraph in the element's language, from its model — for a series,
 * how many sectors and groups its meetings touched and the sector touched most often; for one meeting,
 * how many of the series' sectors it touched and the group it touched most.
 */
import type { MeetingSeries } from '../data/schema.js';
import { translate } from '../shared/lang.js';
import { formatOrdinal } from '../shared/ordinal.js';
import { figureMessages } from '../shared/figure-messages.js';
import { tidy } from '../meeting-timeline/summary.js';
import { allSectors, type WheelModel } from './model.js';

/** The summary of what `model` (built from `series`) shows, in `lang`. */
export function wheelSummary(model: WheelModel, series: MeetingSeries, lang: string): string {
  const sectors = allSectors(model);
  const touched = sectors.filter((s) => s.weight > 0);
  // Every sector of the series, drawn or not (a one-meeting wheel may leave out those it did not touch).
  const total = new Set([...(series.sectors ?? []).map((s) => s.id), ...sectors.map((s) => s.id)]).size;
  if (model.scope === 'meeting') {
    const top = model.groups.reduce((best, g) => (g.weight > (best?.weight ?? 0) ? g : best), model.groups[0]);
    const ordinal = model.meeting?.ordinal;
    return tidy(
      translate(figureMessages, lang, 'wheelMeeting', {
        ordinal: ordinal ? formatOrdinal(ordinal, lang, 'feminine') : '',
        touched: touched.length,
        total,
        top: top && top.weight > 0 ? top.label : '',
        topCount: top?.weight ?? 0,
      }),
    );
  }
  const top = touched.reduce((best, s) => (s.weight > (best?.weight ?? 0) ? s : best), touched[0]);
  return tidy(
    translate(figureMessages, lang, 'wheelSeries', {
      sectors: touched.length,
      groups: model.groups.filter((g) => g.sectors.some((s) => s.weight > 0)).length,
      meetings: model.total,
      top: top?.label ?? '',
      topCount: top?.weight ?? 0,
    }),
  );
}
