/**
 * Pure: what each meeting's mark encodes besides time — the host country (a colour) and the format
 * (a shape: in person filled, video link hollow, hybrid a ring round a dot) — and the legend that
 * names them in the element's language. Colours are slots in the palette, given to host countries
 * in the order they first host in the whole series, so a filter never repaints a country.
 */
import type { Meeting } from '../data/schema.js';
import { countryName, locations } from '../data/places.js';
import { translate } from '../shared/lang.js';
import { timelineMessages } from './messages.js';

export type MeetingFormat = 'in-person' | 'video' | 'hybrid';

/** How many host colours the palette has (`--mv-host-1` … `--mv-host-8`); further countries share them in turn. */
export const HOST_COLOURS = 8;

/**
 * The host country of a meeting (ISO code, upper case): the country of the participant flagged
 * `host`, else the one country it was held in. None for a meeting by video link without a host
 * flag (it has no host place), nor for one held in several countries at once.
 */
export function hostCountry(meeting: Meeting): string | undefined {
  const host = meeting.participants?.find((p) => p.host && p.country);
  if (host?.country) return host.country.toUpperCase();
  if (meeting.format === 'video') return undefined;
  const countries = new Set(locations(meeting).flatMap((l) => (l.country ? [l.country.toUpperCase()] : [])));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Palette slots (0-based) of the host countries, in the order they first host in `meetings` (time order). */
export function hostSlots(meetings: readonly Meeting[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const meeting of meetings) {
    const country = hostCountry(meeting);
    if (country && !slots.has(country)) slots.set(country, slots.size % HOST_COLOURS);
  }
  return slots;
}

/** What a meeting's mark shows: its host's palette slot (none: the neutral mark colour) and its format, when the data gives it. */
export interface MarkEncoding {
  slot?: number;
  format?: MeetingFormat;
}

export function markEncoding(meeting: Meeting, slots: ReadonlyMap<string, number>): MarkEncoding {
  const country = hostCountry(meeting);
  return { slot: country === undefined ? undefined : slots.get(country), format: meeting.format };
}

/** The classes that draw an encoding (`h0` … `h7` for the colour, the format's name for the shape). */
export function encodingClass(encoding: MarkEncoding | undefined): string {
  if (!encoding) return '';
  return [encoding.slot === undefined ? '' : `h${encoding.slot}`, encoding.format ?? ''].filter(Boolean).join(' ');
}

export interface LegendModel {
  /** The host countries of the meetings shown, in palette order, named in the element's language. */
  hosts: Array<{ country: string; label: string; slot: number }>;
  /** The formats of the meetings shown, in a fixed order (in person, video, hybrid), named in the element's language. */
  formats: Array<{ format: MeetingFormat; label: string }>;
}

const FORMAT_ORDER: readonly MeetingFormat[] = ['in-person', 'video', 'hybrid'];
/** The legend for the meetings shown: only the countries and formats they have. */
export function legendModel(
  meetings: readonly Meeting[],
  slots: ReadonlyMap<string, number>,
  lang: string,
): LegendModel {
  const hosts = new Set<string>();
  const formats = new Set<MeetingFormat>();
  for (const meeting of meetings) {
    const country = hostCountry(meeting);
    if (country && slots.has(country)) hosts.add(country);
    if (meeting.format) formats.add(meeting.format);
  }
  return {
    hosts: [...hosts]
      .map((country) => ({ country, label: countryName(country, lang), slot: slots.get(country)! }))
      .sort((a, b) => a.slot - b.slot || a.label.localeCompare(b.label, lang)),
    formats: FORMAT_ORDER.filter((f) => formats.has(f)).map((format) => ({
      format,
      label: translate(timelineMessages, lang, `legend_${format}`),
    })),
  };
}
