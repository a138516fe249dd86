/**
 * The data format, defined once, with zod. From it come the TypeScript types (`z.infer`), and,
 * written by `scripts/write-schema.mjs`, the JSON Schema for authors (`data/meetings.schema.json`)
 * and the same schema as a module (`schema.generated.ts`) that the runtime validator interprets.
 * zod itself is a build-time tool: nothing in the shipped code imports it.
 */
import * as z from 'zod/mini';
import { DATE_PATTERN, isPartialDate } from './dates.js';
import { UNTRANSLATABLE } from './check.js';

const partialDate = z.string().check(
  z.regex(DATE_PATTERN, { abort: true }),
  z.refine(isPartialDate),
  z.meta({ id: 'PartialDate', description: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)' }),
);

/** Text in one language, or a map from BCP 47 language tag (`en`, `zh-Hant`, `ar-EG`, `sr-Latn-RS`, `x-mylang`, …) to text. */
export const TextSchema = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$/), z.describe('a BCP 47 language tag such as en, zh-Hant or ar-EG')), z.string()),
]).check(z.meta({ id: 'Text', description: 'text: a string, or a map of languages such as {"en": "…", "zh": "…"}' }));

const id = z.string().check(z.minLength(1), z.regex(/^[^\s]+$/), z.meta({ id: 'Id', description: 'an id without spaces' }));

/** Where a fact comes from: a web page (`url`), or a printed work named by `publisher` and `date`. */
export const SourceSchema = z.strictObject({
  url: z.optional(z.string().check(z.regex(/^https?:\/\//), z.describe('an http(s) URL'))),
  /** The work's own title (a headline), in the language it was published in: never translated. */
  title: z.optional(TextSchema).check(z.meta({ description: "the work's own title, in its own language", [UNTRANSLATABLE]: true })),
  /** The publisher's name, in each language: {"en": "People's Daily", "zh": "人民日报"}. */
  publisher: z.optional(TextSchema),
  date: z.optional(partialDate),
  /** The page of a printed source: "1", "A3". */
  page: z.optional(z.string().check(z.minLength(1), z.describe('the page of a printed source, such as 1 or A3'))),
});

/** An ISO 3166-1 alpha-2 country code, upper case: `CN`, `RU`, `BR`. Its name comes from `Intl.DisplayNames`. */
export const CountryCodeSchema = z.string().check(
  z.regex(/^[A-Z]{2}$/),
  z.meta({ id: 'CountryCode', description: 'an ISO 3166-1 alpha-2 country code in capitals, such as CN, RU or BR' }),
);

/**
 * The organisations a participant may stand for instead of a country, with names of their own in
 * `src/data/places.ts` (`AU` here is the African Union; as a country code it is Australia).
 */
export const ORGANISATION_CODES = ['EU', 'AU', 'UN', 'SCO', 'BRICS', 'ASEAN'] as const;

export const LocationSchema = z.strictObject({
  city: z.optional(TextSchema),
  /** ISO 3166-1 alpha-2. */
  country: z.optional(CountryCodeSchema),
  venue: z.optional(TextSchema),
  /** Latitude of the place in degrees (WGS 84), north positive; for the map. */
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90), z.describe('a latitude in degrees, from -90 to 90'))),
  /** Longitude of the place in degrees (WGS 84), east positive. */
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180), z.describe('a longitude in degrees, from -180 to 180'))),
}).check(z.meta({ id: 'Location', description: 'a place: city, ISO country code, venue, coordinates' }));

export const ParticipantSchema = z.strictObject({
  name: TextSchema,
  role: z.optional(TextSchema),
  /** The country the participant represents: ISO 3166-1 alpha-2. */
  country: z.optional(CountryCodeSchema),
  /** The organisation the participant represents, instead of a country. */
  organisation: z.optional(
    z.enum(ORGANISATION_CODES).check(z.describe('an organisation: EU, AU (African Union), UN, SCO, BRICS or ASEAN')),
  ),
  /** True for the person who chairs (or co-chairs) the meeting; the card lists chairs from this flag only. */
  chair: z.optional(z.boolean().check(z.describe('true or false: whether this person chairs (or co-chairs) the meeting'))),
  /** True for the host: the head of the delegation of the host country or organisation. */
  host: z.optional(z.boolean().check(z.describe('true or false: whether this person leads the host delegation'))),
});

export const DocumentSchema = z.strictObject({
  title: TextSchema,
  /** e.g. `declaration`, `communique`, `agreement`, `memorandum`, `roadmap`, `protocol`, `minutes`, `plan`. */
  kind: z.optional(z.string()),
  sectors: z.optional(z.array(id)),
  signatories: z.optional(z.array(TextSchema)),
});

export const AgendaItemSchema = z.strictObject({
  start: partialDate,
  end: z.optional(partialDate),
  title: TextSchema,
  location: z.optional(TextSchema),
});

const START = 'the first day of the meeting itself (its sessions or talks), not of a visit around it';
const END = 'the last day of the meeting itself, when it lasted more than a day; left out for a one-day meeting';

/** The days of a visit around a meeting (arrival to departure), when the sources give them. */
export const VisitSchema = z.strictObject({
  start: z.optional(partialDate).check(z.describe('the day the visiting delegation arrived')),
  end: z.optional(partialDate).check(z.describe('the day the visiting delegation left')),
});

export const MeetingSchema = z.strictObject({
  id,
  /** The first day of the meeting itself (its sessions or talks), not of a visit around it. */
  // The pipe only carries a description of its own next to the shared PartialDate definition.
  start: z.pipe(partialDate, z.string()).check(z.describe(START)),
  /** The last day of the meeting itself when it lasted more than a day; a one-day meeting has none. */
  end: z.optional(partialDate).check(z.describe(END)),
  /** The visit around the meeting (arrival to departure), which `start` and `end` do not cover. */
  visit: z.optional(VisitSchema.check(z.describe('the visit around the meeting, arrival to departure, which start and end do not cover'))),
  title: TextSchema,
  /** The meeting's number in its series (1 for the first). */
  ordinal: z.optional(z.number().check(z.int(), z.gte(1))),
  /** `held` when left out; a `planned` meeting is drawn as such. */
  status: z.optional(z.enum(['planned', 'held', 'postponed', 'cancelled']).check(z.describe('held when left out; a planned meeting is drawn as such'))),
  /** `regular` when left out; an extraordinary or informal meeting is named so on the card. */
  kind: z.optional(z.enum(['regular', 'extraordinary', 'informal']).check(z.describe('regular when left out'))),
  /** Where the meeting was held (one place). */
  location: z.optional(LocationSchema),
  /** Every place of a meeting held in several at once (two sites of a hybrid meeting); then `location` is left out. */
  locations: z.optional(z.array(LocationSchema).check(z.minLength(2), z.describe('every place of a meeting held in several at once; then location is left out'))),
  /** `hybrid`: some in the room, some by video link. */
  format: z.optional(z.enum(['in-person', 'video', 'hybrid']).check(z.describe('hybrid: some in the room, some by video link'))),
  participants: z.optional(z.array(ParticipantSchema)),
  sectors: z.optional(z.array(id)),
  documents: z.optional(z.array(DocumentSchema)),
  /** True when the sources name only some of the documents signed ("in areas such as…"): the card says so. */
  documentsPartial: z.optional(z.boolean().check(z.describe('true or false: whether the sources name only some of the documents signed'))),
  summary: z.optional(TextSchema),
  agenda: z.optional(z.array(AgendaItemSchema)),
  sources: z.optional(z.array(SourceSchema)),
  /** Caveats for the reader: conflicts between sources, what no source supports. Shown on the card. */
  notes: z.optional(TextSchema).check(z.describe('caveats for the reader, shown on the card: conflicts between sources, what no source supports')),
  /** The compiler's remarks on sources and method, for editors: never shown, so never translated. */
  editorNote: z.optional(TextSchema).check(
    z.meta({ description: "the compiler's remarks on sources and method, for editors; never shown", [UNTRANSLATABLE]: true }),
  ),
  confidence: z.optional(z.enum(['high', 'medium', 'low'])),
});

export const SectorSchema = z.strictObject({
  id,
  label: TextSchema,
  /** The id of a group in `sectorGroups`. */
  group: z.optional(id),
  /** A CSS colour. */
  colour: z.optional(z.string()),
});

export const SectorGroupSchema = z.strictObject({
  id,
  label: TextSchema,
  colour: z.optional(z.string()),
});

/**
 * A period drawn as a band behind the meetings: a premier's time in office, a phase of the series.
 * An era that names a `track` is drawn in that track's own row, so two offices (two countries'
 * heads of government) can be read opposite each other; an era without one is drawn across the
 * whole chart, as before tracks existed.
 */
export const EraSchema = z.strictObject({
  id,
  start: partialDate,
  end: partialDate,
  label: TextSchema,
  /** The id of a track in the series' `tracks`: the row this era is drawn in. */
  track: z.optional(id),
  /** Where the era's dates come from. */
  sources: z.optional(z.array(SourceSchema)),
});

/**
 * A row of era bands with its label ("Chinese premier", "Russian prime minister"). Tracks are
 * declared once, at series level, so the label is written (and translated) once and the rows keep
 * this order; each era names its track by id.
 */
export const TrackSchema = z.strictObject({
  id,
  label: TextSchema,
});

/**
 * A short note on the chart about a day or a period (`date`, or `start` and `end`), optionally
 * about one meeting (`meeting`, its id: the note then takes that meeting's dates when it gives
 * none). Drawn as a callout where there is room and always listed in the text beside the chart.
 */
export const AnnotationSchema = z.strictObject({
  id: z.optional(id),
  /** The day (or month, or year) the note is about; or give `start` and `end` for a period. */
  date: z.optional(partialDate).check(z.describe('the day the note is about; or give start and end for a period')),
  start: z.optional(partialDate).check(z.describe('the first day of the period the note is about')),
  end: z.optional(partialDate).check(z.describe('the last day of the period the note is about')),
  /** A short text, in each language: {"en": "By video link", "ru": "По видеосвязи"}. */
  text: TextSchema,
  /** The id of the meeting the note is about. */
  meeting: z.optional(id),
  sources: z.optional(z.array(SourceSchema)),
});

/** What the series calls one of its meetings, so a card can say "17th summit" or "30-я регулярная встреча". */
export const SeriesInfoSchema = z.strictObject({
  /** The noun for one meeting, singular and without an ordinal: {"en": "summit", "zh": "峰会", "ru": "саммит"}. */
  noun: z.pipe(TextSchema, TextSchema).check(z.describe('what one meeting of the series is called, singular: {"en": "summit", "ru": "саммит"}')),
  /**
   * The noun's grammatical gender in each language whose ordinals agree with it (Russian:
   * «17-й саммит», «30-я встреча», «5-е совещание»). Feminine when left out for Russian.
   */
  gender: z.optional(
    z.record(z.string().check(z.regex(/^[a-z]{2,3}$/)), z.enum(['masculine', 'feminine', 'neuter'])).check(
      z.describe("the noun's grammatical gender per language, for ordinals that agree with it (Russian: feminine when left out)"),
    ),
  ),
});

export const MeetingSeriesSchema = z.strictObject({
  $schema: z.optional(z.string()),
  title: z.optional(TextSchema),
  /** What one meeting of the series is called (the card's ordinal line). */
  series: z.optional(SeriesInfoSchema.check(z.describe('what one meeting of the series is called, for the ordinal line'))),
  description: z.optional(TextSchema),
  meetings: z.array(MeetingSchema),
  sectors: z.optional(z.array(SectorSchema)),
  sectorGroups: z.optional(z.array(SectorGroupSchema)),
  eras: z.optional(z.array(EraSchema)),
  /** The rows eras may be drawn in, in order, each with its label. */
  tracks: z.optional(z.array(TrackSchema).check(z.describe('the rows eras may be drawn in, in order, each with its label'))),
  /** Notes drawn on the timeline as callouts and listed beside it. */
  annotations: z.optional(z.array(AnnotationSchema).check(z.describe('notes drawn on the timeline as callouts and listed beside it'))),
  sources: z.optional(z.array(SourceSchema)),
});

export type Text = z.infer<typeof TextSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type SeriesInfo = z.infer<typeof SeriesInfoSchema>;
export type OrganisationCode = (typeof ORGANISATION_CODES)[number];
export type Participant = z.infer<typeof ParticipantSchema>;
export type MeetingDocument = z.infer<typeof DocumentSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type SectorGroup = z.infer<typeof SectorGroupSchema>;
export type Era = z.infer<typeof EraSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type MeetingSeries = z.infer<typeof MeetingSeriesSchema>;
