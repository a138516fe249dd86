/**
 * Names of places from codes: ISO 3166-1 alpha-2 countries through `Intl.DisplayNames` (the
 * organisations' names are in organisations.ts).
 */
import type { Location, Text } from './schema.js';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in `lang` from its ISO 3166-1 alpha-2 code ("CN" → "China", "中国", "Китай"); the code itself if unknown. */
export function countryName(code: string, lang: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A meeting's places as a list: its `locations` (a meeting held in several places at once), else its one `location`, else none. */
export function locations(meeting: { location?: Location; locations?: readonly Location[] }): readonly Location[] {
  if (meeting.locations?.length) return meeting.locations;
  return meeting.location ? [meeting.location] : [];
}

/** The country of a place as text in `lang`, from its code. */
export function countryText(location: Location | undefined, lang: string): Text | undefined {
  return location?.country ? { [lang]: countryName(location.country, lang) } : undefined;
}
