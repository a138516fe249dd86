/**
 * The words of the data's problems (the validator's, and the CSV and TimelineJS readers'), in
 * English; the other languages are in `src/i18n/`. A problem is a value (`code`, `path`, `params`,
 * see problem.ts) and these messages render it, so an element shows it in its own language and the
 * command line in English (or `--lang`).
 */
import type { Messages, MessageTools } from '../shared/lang.js';

/** The schema's descriptions of a value's form that have words in every language (see {@link FORM_KEYS}). */
export type FormKey = 'date' | 'text' | 'id' | 'langTag' | 'url' | 'country' | 'place' | 'organisation' | 'lat' | 'lon';

type ProblemKey =
  // Where: a JSON path is shown as it is; these are the other places.
  | 'root'
  | 'file'
  | 'row'
  | 'cell'
  // What a value should be, and what it is.
  | `type_${'string' | 'number' | 'integer' | 'array' | 'object' | 'boolean'}`
  | `got_${'null' | 'list' | 'object' | 'string' | 'number' | 'boolean' | 'nothing' | 'other'}`
  | `form_${FormKey}`
  | 'rightForm'
  | 'allowedKey'
  | 'otherKind'
  // The validator.
  | 'type'
  | 'oneOf'
  | 'empty'
  | 'notForm'
  | 'atLeast'
  | 'atMost'
  | 'atLeastOf'
  | 'atMostOf'
  | 'minItems'
  | 'required'
  | 'requiredMeetings'
  | 'unknownField'
  | 'unknownFieldNear'
  | 'duplicateId'
  | 'duplicateMeeting'
  | 'noData'
  | 'notSeries'
  | 'unknownGroup'
  | 'unknownSector'
  | 'endBeforeStart'
  | 'unknownTrack'
  | 'unknownMeetingRef'
  | 'dateOrSpan'
  | 'startWithEnd'
  | 'noWhen'
  // The readers.
  | 'notText'
  | 'noHeader'
  | 'tooManyCells'
  | 'tooFewCells'
  | 'unknownHeader'
  | 'unknownColumn'
  | 'unknownSheetColumn'
  | 'notEvent'
  | 'notYear'
  | 'dayWithoutMonth'
  | 'notMonth'
  | 'notDay'
  | 'notTime'
  | 'eraStart'
  | 'eventStart'
  | 'eraEnd'
  | 'headline'
  | 'unreadable'
  | 'notJsonOrCsv';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    problems: ProblemKey;
  }
}

/** The code of a problem: a key of {@link problemMessages}. */
export type ProblemCode = ProblemKey;

/**
 * The schema's descriptions (English, in schema.ts) of the forms a value can take, by key: a message
 * in another language names the form by its key; a description without a key is shown by its types.
 */
export const FORM_KEYS: Readonly<Record<string, FormKey>> = {
  'a date (YYYY, YYYY-MM or YYYY-MM-DD)': 'date',
  'text: a string, or a map of languages such as {"en": "…", "zh": "…"}': 'text',
  'an id without spaces': 'id',
  'a BCP 47 language tag such as en, zh-Hant or ar-EG': 'langTag',
  'an http(s) URL': 'url',
  'an ISO 3166-1 alpha-2 country code in capitals, such as CN, RU or BR': 'country',
  'a place: city, ISO country code, venue, coordinates': 'place',
  'an organisation: EU, AU (African Union), UN, SCO, BRICS or ASEAN': 'organisation',
  'a latitude in degrees, from -90 to 90': 'lat',
  'a longitude in degrees, from -180 to 180': 'lon',
};

export type Cells = { cells: number; columns: number };
export type BadDay = { value: string; month: number; year: number };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The words of every problem the data can have. */
export const problemMessages: Messages<ProblemKey> = {
  namespace: 'problems',
  en: {
    root: '(root)',
    file: '(file)',
    row: 'row {row}',
    cell: 'row {row}, column {column}',
    type_string: 'a string',
    type_number: 'a number',
    type_integer: 'a whole number',
    type_array: 'a list',
    type_object: 'an object',
    type_boolean: 'true or false',
    got_null: 'null',
    got_list: 'a list',
    got_object: 'an object',
    got_string: '{value}',
    got_number: 'number {value}',
    got_boolean: 'boolean {value}',
    got_nothing: 'nothing',
    got_other: 'a {value}',
    form_date: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)',
    form_text: 'text: a string, or a map of languages such as {"en": "…", "zh": "…"}',
    form_id: 'an id without spaces',
    form_langTag: 'a BCP 47 language tag such as en, zh-Hant or ar-EG',
    form_url: 'an http(s) URL',
    form_country: 'an ISO 3166-1 alpha-2 country code in capitals, such as CN, RU or BR',
    form_place: 'a place: city, ISO country code, venue, coordinates',
    form_organisation: 'an organisation: EU, AU (African Union), UN, SCO, BRICS or ASEAN',
    form_lat: 'a latitude in degrees, from -90 to 90',
    form_lon: 'a longitude in degrees, from -180 to 180',
    rightForm: 'of the right form',
    allowedKey: 'an allowed key',
    otherKind: 'another kind of value',
    type: 'expected {expected}, got {got}',
    oneOf: 'expected one of {options}, got {got}',
    empty: 'must not be empty',
    notForm: '{value} is not {expected}',
    atLeast: 'must be at least {limit}, got {value}',
    atMost: 'must be at most {limit}, got {value}',
    atLeastOf: 'must be at least {limit} ({expected}), got {value}',
    atMostOf: 'must be at most {limit} ({expected}), got {value}',
    minItems: 'must list at least {count}',
    required: 'is required',
    requiredMeetings: 'is required (a list of meetings)',
    unknownField: "unknown field '{key}'",
    unknownFieldNear: "unknown field '{key}' (did you mean '{near}'?)",
    duplicateId: 'duplicate id "{id}" (an earlier record has it)',
    duplicateMeeting: 'duplicate id "{id}" (an earlier meeting has it)',
    noData: 'there is no data',
    notSeries: 'expected an object with a "meetings" list, got {got}',
    unknownGroup: 'unknown sector group "{id}"',
    unknownSector: 'unknown sector "{id}"',
    endBeforeStart: '"{end}" is before the start "{start}"',
    unknownTrack: 'unknown track "{id}"',
    unknownMeetingRef: 'unknown meeting "{id}"',
    dateOrSpan: 'give either a date or a start and end, not both',
    startWithEnd: 'is required with an end',
    noWhen: 'needs a date, a start or a meeting it is about',
    notText: 'this is not a text file (CSV is text, one row per line)',
    noHeader: 'there is no header row',
    tooManyCells: ({ cells, columns }: Cells, f: MessageTools) =>
      `has ${f.plural(cells, { one: '# cell', other: '# cells' })} but the header has ${f.plural(columns, { one: '# column', other: '# columns' })}; the cells after column ${f.number(columns)} are ignored`,
    tooFewCells: ({ cells, columns }: Cells, f: MessageTools) =>
      `has ${f.plural(cells, { one: '# cell', other: '# cells' })} but the header has ${f.plural(columns, { one: '# column', other: '# columns' })}; the missing cells are read as empty`,
    unknownHeader: "the header row has neither this library's columns ({template}, …) nor TimelineJS's ({sheet}, …, Headline, …)",
    unknownColumn: 'is not a column of the template ({columns}); it is ignored',
    unknownSheetColumn: 'is not a column of the TimelineJS template; it is ignored',
    notEvent: 'expected an object (an event)',
    notYear: '{value} is not a year',
    dayWithoutMonth: 'a day needs a month',
    notMonth: '{value} is not a month (1 to 12)',
    notDay: ({ value, month, year }: BadDay) => `${value} is not a day of ${MONTHS[month - 1]} ${year}`,
    notTime: '{value} is not a time (such as 14:30 or 2:30 PM)',
    eraStart: 'an era needs a start year',
    eventStart: 'is required (the year the event starts)',
    eraEnd: 'an era needs an end year',
    headline: 'is required (a headline, or a text to take one from)',
    unreadable: 'cannot be read: {reason}',
    notJsonOrCsv: 'is not valid JSON, nor CSV in a known template: {detail}',
  },
};

/** "February 2019" in `lang`: for {@link problemMessages}' `notDay` in languages other than English. */
export function monthOfYear({ month, year }: BadDay, f: MessageTools): string {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  return new Intl.DateTimeFormat(f.lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
