/**
 * The data format, defined once, with zod. From it come the TypeScript types (`z.infer`), and,
 * written by `scripts/write-schema.mjs`, the JSON Schema for authors (`data/meetings.schema.json`)
 * and the same schema as a module (`schema.generated.ts`) that the runtime validator interprets.
 * zod itself is a build-time tool: nothing in the shipped code imports it.
 */
import * as z from 'zod/mini';
import { DATE_PATTERN, isPartialDate } from './dates.js';

const partialDate = z.string().check(
  z.regex(DATE_PATTERN, { abort: true }),
  z.refine(isPartialDate),
  z.meta({ id: 'PartialDate', description: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)' }),
);

/** Text in one language, or a map from language code (`en`, `zh`, `ru`, …) to text. */
export const TextSchema = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/), z.describe('a language code such as en, zh or ru')), z.string()),
]).check(z.meta({ id: 'Text', description: 'text: a string, or a map of languages such as {"en": "…", "zh": "…"}' }));

const id = z.string().check(z.minLength(1), z.regex(/^[^\s]+$/), z.meta({ id: 'Id', description: 'an id without spaces' }));

/** Where a fact comes from: a web page (`url`), or a printed work named by `publisher` and `date`. */
export const SourceSchema = z.object({
  url: z.optional(z.string().check(z.regex(/^https?:\/\//), z.describe('an http(s) URL'))),
  title: z.optional(TextSchema),
  publisher: z.optional(z.string()),
  date: z.optional(partialDate),
});

export const LocationSchema = z.object({
  city: z.optional(TextSchema),
  country: z.optional(TextSchema),
  venue: z.optional(TextSchema),
  /** Latitude of the place in degrees (WGS 84), north positive; for the map. */
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90), z.describe('a latitude in degrees, from -90 to 90'))),
  /** Longitude of the place in degrees (WGS 84), east positive. */
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180), z.describe('a longitude in degrees, from -180 to 180'))),
});

export const ParticipantSchema = z.object({
  name: TextSchema,
  role: z.optional(TextSchema),
  /** ISO 3166 alpha-2 code or a country name. */
  country: z.optional(z.string()),
});

export const DocumentSchema = z.object({
  title: TextSchema,
  /** e.g. `communique`, `agreement`, `memorandum`, `roadmap`, `protocol`. */
  kind: z.optional(z.string()),
  sectors: z.optional(z.array(id)),
  signatories: z.optional(z.array(TextSchema)),
});

export const AgendaItemSchema = z.object({
  start: partialDate,
  end: z.optional(partialDate),
  title: TextSchema,
  location: z.optional(TextSchema),
});

export const MeetingSchema = z.object({
  id,
  start: partialDate,
  end: z.optional(partialDate),
  title: TextSchema,
  /** The meeting's number in its series (1 for the first). */
  ordinal: z.optional(z.number().check(z.int(), z.gte(1))),
  location: z.optional(LocationSchema),
  format: z.optional(z.enum(['in-person', 'video'])),
  participants: z.optional(z.array(ParticipantSchema)),
  sectors: z.optional(z.array(id)),
  documents: z.optional(z.array(DocumentSchema)),
  summary: z.optional(TextSchema),
  agenda: z.optional(z.array(AgendaItemSchema)),
  sources: z.optional(z.array(SourceSchema)),
  /** Caveats: conflicts between sources, what no source supports. */
  notes: z.optional(TextSchema),
  confidence: z.optional(z.enum(['high', 'medium', 'low'])),
});

export const SectorSchema = z.object({
  id,
  label: TextSchema,
  /** The id of a group in `sectorGroups`. */
  group: z.optional(id),
  /** A CSS colour. */
  colour: z.optional(z.string()),
});

export const SectorGroupSchema = z.object({
  id,
  label: TextSchema,
  colour: z.optional(z.string()),
});

export const EraSchema = z.object({
  id,
  start: partialDate,
  end: partialDate,
  label: TextSchema,
});

export const MeetingSeriesSchema = z.object({
  $schema: z.optional(z.string()),
  title: z.optional(TextSchema),
  description: z.optional(TextSchema),
  meetings: z.array(MeetingSchema),
  sectors: z.optional(z.array(SectorSchema)),
  sectorGroups: z.optional(z.array(SectorGroupSchema)),
  eras: z.optional(z.array(EraSchema)),
  sources: z.optional(z.array(SourceSchema)),
});

export type Text = z.infer<typeof TextSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type MeetingDocument = z.infer<typeof DocumentSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type SectorGroup = z.infer<typeof SectorGroupSchema>;
export type Era = z.infer<typeof EraSchema>;
export type MeetingSeries = z.infer<typeof MeetingSeriesSchema>;
