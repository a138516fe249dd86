/**
 * Pure: turns a meeting series into what the map shows — the places where meetings were held (one per
 * pair of coordinates, west to east), their countries and colours, the route in time order, and the
 * meetings that have no place on a map (video meetings, or in-person ones without coordinates).
 */
import type { Meeting, MeetingSeries, Text } from '../data/schema.js';
import { parsePeriod } from '../data/dates.js';
import { countryName as nameOfCountry } from '../data/places.js';
import { localizeWithLang } from '../data/text.js';
import { CATEGORICAL_PALETTE, paletteColour } from '../shared/palette.js';

export interface MapCountry {
  /** What identifies the country in the data (an ISO code, or its English name). */
  key: string;
  /** Its name in the element's language, and the language the name is in ('' when unknown). */
  label: string;
  labelLang: string;
  /** Its place in the palette: the n-th country to appear in the data. */
  index: number;
  colour: string;
}

export interface MapPlace {
  /** A stable id: the English city name as a slug (`saint-petersburg`), else the coordinates. */
  id: string;
  name: string;
  nameLang: string;
  country?: MapCountry;
  lat: number;
  lon: number;
  /** The meetings held here, in time order. */
  meetings: Meeting[];
}

export interface MapModel {
  /** Places from west to east (then north to south): the keyboard's order. */
  places: MapPlace[];
  countries: MapCountry[];
  /** The place of each in-person meeting with coordinates, in time order (for the `path` line). */
  route: Array<{ meetingId: string; placeId: string }>;
  /** Meetings held by video link, in time order: listed apart, never drawn at a made-up place. */
  video: Meeting[];
  /** In-person meetings whose data gives no coordinates, in time order. */
  unplaced: Meeting[];
  /** Which place each placed meeting was held at. */
  placeOf: Map<string, MapPlace>;
}

/** A country's name: an ISO 3166 alpha-2 code (`CN`) named by the browser in `lang`, else localized text. */
export function countryName(country: Text | undefined, lang: string): { text: string; lang: string } {
  if (typeof country === 'string' && /^[A-Z]{2}$/.test(country)) {
    // One Intl.DisplayNames per language, shared with the timeline and the card (making one costs far more than asking it).
    const name = nameOfCountry(country, lang);
    if (name !== country) return { text: name, lang: '' };
  }
  return localizeWithLang(country, lang);
}

/** A key that names the same country in every language: the string itself, or its English (else first) name. */
function countryKey(country: Text): string {
  if (typeof country === 'string') return country;
  return country.en ?? Object.values(country)[0] ?? '';
}

function slug(text: string): string {
  // Accents off (é → e); normalising only the text that needs it keeps ten thousand places fast.
  const plain = /[^ -~]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The coordinates of a meeting held in person, or undefined. */
export function coordinatesOf(meeting: Meeting): { lat: number; lon: number } | undefined {
  const loc = meeting.location;
  if (meeting.format === 'video' || !loc) return undefined;
  const { lat, lon } = loc;
  return typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)
    ? { lat, lon }
    : undefined;
}

/** The map's model for `series` in `lang`. */
export function buildMapModel(series: MeetingSeries, lang: string): MapModel {
  const meetings = inTimeOrder(series.meetings);
  const byKey = new Map<number, MapPlace>();
  const countries = new Map<string, MapCountry>();
  const ids = new Set<string>();
  const placeOf = new Map<string, MapPlace>();
  const route: MapModel['route'] = [];
  const video: Meeting[] = [];
  const unplaced: Meeting[] = [];

  for (const meeting of meetings) {
    if (meeting.format === 'video') {
      video.push(meeting);
      continue;
    }
    // coordinatesOf, without an object per meeting.
    const loc = meeting.location;
    const lat = loc?.lat;
    const lon = loc?.lon;
    if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      unplaced.push(meeting);
      continue;
    }
    // Places are told apart by their coordinates to two decimals (about a kilometre), as one small integer.
    const key = (Math.round(lat * 100) + 9000) * 36_001 + Math.round(lon * 100) + 18_000;
    let place = byKey.get(key);
    if (!place) {
      const text = loc!.city ?? loc!.venue;
      let name = typeof text === 'string' ? text : '';
      let nameLang = '';
      if (typeof text !== 'string') ({ text: name, lang: nameLang } = localizeWithLang(text, lang));
      const english = slug(typeof text === 'string' ? text : localizeWithLang(text, 'en').text);
      let id = english && !ids.has(english) ? english : `p${lat.toFixed(2)}_${lon.toFixed(2)}`.replace(/\./g, '_');
      while (ids.has(id)) id += '_';
      ids.add(id);
      let country: MapCountry | undefined;
      if (loc!.country !== undefined) {
        const ck = countryKey(loc!.country);
        country = countries.get(ck);
        if (!country) {
          const name = countryName(loc!.country, lang);
          country = {
            key: ck,
            label: name.text || ck,
            labelLang: name.lang,
            index: countries.size % CATEGORICAL_PALETTE.length,
            colour: paletteColour(countries.size),
          };
          countries.set(ck, country);
        }
      }
      place = {
        id,
        name: name || formatCoordinates(lat, lon),
        nameLang,
        country,
        lat,
        lon,
        meetings: [],
      };
      byKey.set(key, place);
    }
    place.meetings.push(meeting);
    placeOf.set(meeting.id, place);
    route.push({ meetingId: meeting.id, placeId: place.id });
  }
  const places = [...byKey.values()].sort((a, b) => a.lon - b.lon || b.lat - a.lat);
  return { places, countries: [...countries.values()], route, video, unplaced, placeOf };
}

/** The meetings by start (stable), each date parsed once. */
function inTimeOrder(meetings: readonly Meeting[]): Meeting[] {
  const starts = new Float64Array(meetings.length);
  for (let i = 0; i < meetings.length; i++) starts[i] = parsePeriod(meetings[i].start)?.start ?? NaN;
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) sorted = !(starts[i] < starts[i - 1]);
  if (sorted) return [...meetings];
  const order = meetings.map((_, i) => i).sort((a, b) => starts[a] - starts[b] || a - b);
  return order.map((i) => meetings[i]);
}

/**
 * The first `k` of `items` in the order `compare` gives, items that compare equal keeping their order
 * in `items`: the same as a stable sort cut to `k`, in O(n log k) (ten thousand places, a few named).
 */
export function firstInOrder<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (k <= 0) return first;
  for (const item of items) {
    if (first.length === k && compare(item, first[k - 1]) >= 0) continue;
    // After every item that comes before or ties with it: ties keep their order.
    let lo = 0;
    let hi = first.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, first[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    first.splice(lo, 0, item);
    if (first.length > k) first.pop();
  }
  return first;
}

/** `55.75° N, 37.62° E`: a place's name when the data gives none. */
export function formatCoordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(2)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** The years of `meetings` (`2020, 2021, 2022`), or their dates when two fall in one year. */
export function meetingYears(meetings: readonly Meeting[], formatDate: (value: string) => string): string {
  const years = meetings.map((m) => m.start.slice(0, 4));
  const distinct = new Set(years).size === years.length;
  return (distinct ? years : meetings.map((m) => formatDate(m.start))).join(', ');
}
