/**
 * Names of places and parties from codes: ISO 3166-1 alpha-2 countries through `Intl.DisplayNames`,
 * and the few organisations the schema knows (`ORGANISATION_CODES`) from the table below.
 */
import type { Location, OrganisationCode, Text } from './schema.js';

/** Each organisation's name in English, Chinese and Russian (Intl has no names for organisations). */
export const ORGANISATION_NAMES: Record<OrganisationCode, { en: string; zh: string; ru: string }> = {
  EU: { en: 'European Union', zh: '欧洲联盟', ru: 'Европейский союз' },
  AU: { en: 'African Union', zh: '非洲联盟', ru: 'Африканский союз' },
  UN: { en: 'United Nations', zh: '联合国', ru: 'Организация Объединённых Наций' },
  SCO: { en: 'Shanghai Cooperation Organisation', zh: '上海合作组织', ru: 'Шанхайская организация сотрудничества' },
  BRICS: { en: 'BRICS', zh: '金砖国家', ru: 'БРИКС' },
  ASEAN: { en: 'Association of Southeast Asian Nations', zh: '东南亚国家联盟', ru: 'Ассоциация государств Юго-Восточной Азии' },
};

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

/** An organisation's name in `lang` (English for other languages); the code itself if unknown. */
export function organisationName(code: string, lang: string): string {
  const names = (ORGANISATION_NAMES as Record<string, Record<string, string>>)[code];
  if (!names) return code;
  return names[lang.split('-')[0].toLowerCase()] ?? names.en;
}

/** Whom a participant represents, as a name: their organisation, else their country; empty when neither is given. */
export function partyName(party: { country?: string; organisation?: string }, lang: string): string {
  if (party.organisation) return organisationName(party.organisation, lang);
  return party.country ? countryName(party.country, lang) : '';
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
