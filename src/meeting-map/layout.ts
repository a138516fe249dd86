/**
 * Pure: the map's geometry for a size — a projection fitted to the places (an equal-area conic over the
 * region they cover, or an Equal Earth world view when they are spread wide), one mark per place sized
 * by its number of meetings (area ∝ count), the route in time order, and the paths of the basemap,
 * graticule and outline. d3-geo computes; the chart only draws the strings. This module and d3-geo
 * are loaded on first use (the CDN's map chunk).
 */
import { geoConicEqualArea, geoEqualEarth, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';

export interface PlacePoint {
  id: string;
  lat: number;
  lon: number;
  /** Number of meetings held there. */
  count: number;
}

export interface MapMark {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** True when the whole world is shown (places spread wide, or none). */
  world: boolean;
  /** One per place, in the order given. */
  marks: MapMark[];
  /** The outline of the globe (world view) and the graticule, as SVG path data. */
  outline: string;
  /** Computed when first read (a few ms on a laptop, 20 on a phone): the map draws it with the land, after its places. */
  readonly graticule: string;
  /** Draws any GeoJSON (the basemap) in this projection: SVG path data, '' when it cannot. */
  path: (object: unknown) => string;
  /** Projects a longitude and latitude to pixels, or undefined when off the map. */
  project: (lon: number, lat: number) => [number, number] | undefined;
}

export interface MapSize {
  width: number;
  /** The height; by default it follows the shape of the region (between 45% and 80% of the width, at most 640 px). */
  height?: number;
}

/** Places spread wider than this (degrees of longitude, or latitude) are shown on a world map. */
export const WORLD_LON_SPAN = 160;
export const WORLD_LAT_SPAN = 90;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** The largest mark's radius: smaller on narrow and on crowded maps. */
export function maxRadius(width: number, height: number, count: number): number {
  const crowd = Math.sqrt((width * height) / Math.max(1, count)) / 2;
  return clamp(Math.min(width / 28, crowd), 2.5, 20);
}

/** A mark's radius: its area is proportional to the number of meetings, the busiest place getting `rMax`. */
export function radius(count: number, maxCount: number, rMax: number): number {
  return Math.max(Math.min(3.5, rMax), rMax * Math.sqrt(count / Math.max(1, maxCount)));
}

/** The places' extent in degrees: `[west, east, south, north]` (a loop: no spread of ten thousand arguments). */
function extentOf(points: readonly PlacePoint[]): [number, number, number, number] {
  let [lon0, lon1, lat0, lat1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    if (p.lon < lon0) lon0 = p.lon;
    if (p.lon > lon1) lon1 = p.lon;
    if (p.lat < lat0) lat0 = p.lat;
    if (p.lat > lat1) lat1 = p.lat;
  }
  return [lon0, lon1, lat0, lat1];
}

/** Whether `points` call for a world view. */
export function isWorldView(points: readonly PlacePoint[]): boolean {
  if (points.length === 0) return true;
  const [lon0, lon1, lat0, lat1] = extentOf(points);
  return lon1 - lon0 > WORLD_LON_SPAN || lat1 - lat0 > WORLD_LAT_SPAN;
}

/**
 * The region to fit: the places' bounding box grown by a margin (at least 8°, so one place or two
 * close ones still show their surroundings), sampled along its edges so the conic's curved edges fit.
 */
export function regionOf(points: readonly PlacePoint[]): { type: 'MultiPoint'; coordinates: Array<[number, number]> } {
  const [lon0, lon1, lat0, lat1] = extentOf(points);
  const margin = Math.max(8, 0.12 * Math.max(lon1 - lon0, lat1 - lat0));
  const w = Math.max(-180, lon0 - margin);
  const e = Math.min(180, lon1 + margin);
  const s = Math.max(-85, lat0 - margin);
  const n = Math.min(85, lat1 + margin);
  const coordinates: Array<[number, number]> = [];
  for (let i = 0; i <= 8; i++) {
    const lon = w + ((e - w) * i) / 8;
    const lat = s + ((n - s) * i) / 8;
    coordinates.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** An equal-area conic for the places' region: centred on it, its standard parallels a sixth in from its edges. */
function conicFor(points: readonly PlacePoint[]): GeoProjection {
  const [lon0, lon1, lat0, lat1] = extentOf(points);
  const span = Math.max(10, lat1 - lat0);
  const mid = (lat0 + lat1) / 2;
  return geoConicEqualArea()
    .rotate([-(lon0 + lon1) / 2, 0])
    .parallels([mid - span / 3, mid + span / 3]);
}

/** The whole geometry of the map for `points` at `size`. */
export function layoutMap(points: readonly PlacePoint[], size: MapSize): MapLayout {
  const width = Math.max(1, Math.round(size.width));
  const world = isWorldView(points);
  const projection = world ? geoEqualEarth() : conicFor(points);
  const region: GeoPermissibleObjects = world ? { type: 'Sphere' } : regionOf(points);
  let maxCount = 1;
  for (const p of points) if (p.count > maxCount) maxCount = p.count;
  // Room for the largest mark at the edges; the height follows the region's shape.
  const roughR = maxRadius(width, width * 0.6, points.length);
  const pad = Math.ceil(roughR) + 4;
  let height = size.height;
  if (height === undefined) {
    projection.fitWidth(width - 2 * pad, region);
    const [[, y0], [, y1]] = geoPath(projection).bounds(region);
    height = Math.round(clamp(y1 - y0 + 2 * pad, width * 0.45, Math.min(640, width * 0.8)));
  }
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    region,
  );
  const rMax = maxRadius(width, height, points.length);
  const marks: MapMark[] = [];
  for (const p of points) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    marks.push({ id: p.id, x: round(xy[0]), y: round(xy[1]), r: round(radius(p.count, maxCount, rMax)) });
  }
  const draw = geoPath(projection).digits(1);
  const path = (object: unknown): string => {
    try {
      return object ? (draw(object as GeoPermissibleObjects) ?? '') : '';
    } catch {
      return ''; // a basemap that is not GeoJSON draws nothing rather than breaking the map
    }
  };
  let graticule: string | undefined;
  return {
    width,
    height,
    world,
    marks,
    outline: world ? path({ type: 'Sphere' }) : '',
    get graticule() {
      return (graticule ??= path(geoGraticule10()));
    },
    path,
    project: (lon, lat) => {
      const xy = projection([lon, lat]);
      return xy && Number.isFinite(xy[0]) ? xy : undefined;
    },
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The route through `stops` (mark ids in time order) as SVG path data: one gentle arc per leg, each
 * repeat of a leg bowing further out, so the back-and-forth between two cities reads as several trips.
 */
export function routePath(stops: readonly string[], marks: readonly MapMark[]): string {
  const at = new Map(marks.map((m) => [m.id, m]));
  const legs = new Map<string, number>();
  let d = '';
  for (let i = 1; i < stops.length; i++) {
    const a = at.get(stops[i - 1]);
    const b = at.get(stops[i]);
    if (!a || !b || a === b) continue;
    const pair = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
    const repeat = legs.get(pair) ?? 0;
    legs.set(pair, repeat + 1);
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    // Always bow to the left of the travel direction: there and back make a lens, not one line.
    const bow = 0.12 + 0.05 * repeat;
    const cx = (a.x + b.x) / 2 - dy * bow;
    const cy = (a.y + b.y) / 2 + dx * bow;
    d += `M${a.x},${a.y}Q${round(cx)},${round(cy)} ${b.x},${b.y}`;
  }
  return d;
}

/** The mark under a point, or the nearest within `slop` px of its edge (for fingers); undefined when none is that close. */
export function nearestMark<M extends MapMark>(marks: readonly M[], x: number, y: number, slop: number): M | undefined {
  let best: M | undefined;
  let bestGap = Infinity;
  for (const m of marks) {
    const gap = Math.hypot(m.x - x, m.y - y) - m.r;
    if (gap < bestGap) [best, bestGap] = [m, gap];
  }
  return bestGap <= slop ? best : undefined;
}
