/**
 * Pure: the map's summary, one paragraph in the element's language, from its model — in how many
 * places the meetings were held, the busiest places with their counts, and how many by video link.
 */
import { translate } from '../shared/lang.js';
import { formatList } from '../shared/lang.js';
import { figureMessages } from '../shared/figure-messages.js';
import { tidy } from '../meeting-timeline/summary.js';
import { firstInOrder, type MapModel } from './model.js';

/** How many of the busiest places the summary names. */
const NAMED = 3;

/** The summary of what `model` shows, in `lang`. */
export function mapSummary(model: MapModel, lang: string): string {
  // Most meetings first; places with as many keep the order of their first meeting (found once per
  // place: a search of the route inside the comparator made ten thousand places take seconds).
  const firstVisit = new Map<string, number>();
  model.route.forEach((r, i) => {
    if (!firstVisit.has(r.placeId)) firstVisit.set(r.placeId, i);
  });
  const first = (p: MapModel['places'][number]) => firstVisit.get(p.id) ?? -1;
  const busiest = firstInOrder(
    model.places,
    NAMED,
    (a, b) => b.meetings.length - a.meetings.length || first(a) - first(b),
  ).map((p) => translate(figureMessages, lang, 'placeCount', { place: p.name, count: p.meetings.length }));
  return tidy(
    translate(figureMessages, lang, 'map', {
      places: model.places.length,
      top: busiest.length ? formatList(busiest, lang) : '',
      video: model.video.length,
    }),
  );
}
