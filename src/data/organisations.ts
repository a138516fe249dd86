/**
 * The few organisations the schema knows (`ORGANISATION_CODES`) by name, and whom a participant
 * represents. Only the card names parties, so this table travels in the card's chunk, not the core.
 */
import { countryName } from './places.js';
import type { OrganisationCode } from './schema.js';

type Names = Record<'en' | 'zh' | 'ru' | 'fr' | 'es' | 'ar', string>;

/**
 * Each organisation's name in the six UN languages (Intl has no names for organisations): the names
 * the organisations use for themselves in each language.
 */
export const ORGANISATION_NAMES: Record<OrganisationCode, Names> = {
  EU: { en: 'European Union', zh: '欧洲联盟', ru: 'Европейский союз', fr: 'Union européenne', es: 'Unión Europea', ar: 'الاتحاد الأوروبي' },
  AU: { en: 'African Union', zh: '非洲联盟', ru: 'Африканский союз', fr: 'Union africaine', es: 'Unión Africana', ar: 'الاتحاد الأفريقي' },
  UN: {
    en: 'United Nations',
    zh: '联合国',
    ru: 'Организация Объединённых Наций',
    fr: 'Organisation des Nations Unies',
    es: 'Organización de las Naciones Unidas',
    ar: 'الأمم المتحدة',
  },
  SCO: {
    en: 'Shanghai Cooperation Organisation',
    zh: '上海合作组织',
    ru: 'Шанхайская организация сотрудничества',
    fr: 'Organisation de coopération de Shanghai',
    es: 'Organización de Cooperación de Shanghái',
    ar: 'منظمة شنغهاي للتعاون',
  },
  BRICS: { en: 'BRICS', zh: '金砖国家', ru: 'БРИКС', fr: 'BRICS', es: 'BRICS', ar: 'بريكس' },
  ASEAN: {
    en: 'Association of Southeast Asian Nations',
    zh: '东南亚国家联盟',
    ru: 'Ассоциация государств Юго-Восточной Азии',
    fr: 'Association des nations de l’Asie du Sud-Est',
    es: 'Asociación de Naciones de Asia Sudoriental',
    ar: 'رابطة أمم جنوب شرق آسيا',
  },
};

/** An organisation's name in `lang` (English for a language not in the table); the code itself if unknown. */
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
