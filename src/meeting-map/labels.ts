/**
 * Pure: place names beside their marks without overlaps. Greedy, most important first (the selected
 * and highlighted places, then by number of meetings): each label tries the right, left, top and
 * bottom of its mark and takes the first spot that stays in the map and clear of the labels and marks
 * already placed; a label with no free spot is left out (the text twin and the mark's name carry it).
 */

export interface LabelMark {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text's anchor point and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelOptions {
  width: number;
  height: number;
  measure: (text: string) => number;
  lineHeight: number;
  /** How many labels to try at most: a dense map shows the most important ones. */
  limit?: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Labels for `marks` taken in the given order of importance; `texts` gives each mark's label.
 * Returns the labels that fit, in that order.
 */
export function placeLabels(
  marks: readonly LabelMark[],
  texts: ReadonlyMap<string, string>,
  o: LabelOptions,
): PlacedLabel[] {
  const limit = Math.min(marks.length, o.limit ?? 60);
  const gap = 3;
  const h = o.lineHeight;
  const taken: Box[] = marks
    .slice(0, limit)
    .map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const out: PlacedLabel[] = [];
  for (let i = 0; i < limit; i++) {
    const m = marks[i];
    const text = texts.get(m.id);
    if (!text) continue;
    const w = o.measure(text);
    const d = m.r + gap;
    const candidates: Array<PlacedLabel & { box: Box }> = [
      {
        id: m.id,
        text,
        x: m.x + d,
        y: m.y,
        anchor: 'start',
        box: { x0: m.x + d, y0: m.y - h / 2, x1: m.x + d + w, y1: m.y + h / 2 },
      },
      {
        id: m.id,
        text,
        x: m.x - d,
        y: m.y,
        anchor: 'end',
        box: { x0: m.x - d - w, y0: m.y - h / 2, x1: m.x - d, y1: m.y + h / 2 },
      },
      {
        id: m.id,
        text,
        x: m.x,
        y: m.y - d - h / 2,
        anchor: 'middle',
        box: { x0: m.x - w / 2, y0: m.y - d - h, x1: m.x + w / 2, y1: m.y - d },
      },
      {
        id: m.id,
        text,
        x: m.x,
        y: m.y + d + h / 2,
        anchor: 'middle',
        box: { x0: m.x - w / 2, y0: m.y + d, x1: m.x + w / 2, y1: m.y + d + h },
      },
    ];
    const own = taken[i];
    const spot = candidates.find(
      ({ box }) =>
        box.x0 >= 0 &&
        box.y0 >= 0 &&
        box.x1 <= o.width &&
        box.y1 <= o.height &&
        !taken.some((t) => t !== own && overlaps(t, box)),
    );
    if (!spot) continue;
    taken.push(spot.box);
    const { box: _box, ...label } = spot;
    out.push(label);
  }
  return out;
}
