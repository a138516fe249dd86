/**
 * meeting-viz: every element, defined on import. This is the CDN entry; importing one element's
 * own module (`meeting-viz/meeting-card`) defines only that element.
 */
export * from './meeting-timeline/index.js';
export * from './sector-wheel/index.js';
export * from './meeting-card/index.js';
export * from './meeting-map/index.js';
export type {
  AgendaItem,
  Era,
  Location,
  Meeting,
  MeetingDocument,
  MeetingSeries,
  Participant,
  Sector,
  SectorGroup,
  Source,
  Text,
} from './data/schema.js';
export { validate, type Problem, type ValidationResult } from './data/validate.js';
export { localize } from './data/text.js';
export { formatDate, formatDateRange } from './data/dates.js';
export { DataErrorEvent, DataLoadedEvent, MeetingVizEvent } from './shared/events.js';
export type { DataLoadedDetail, DataErrorDetail } from './shared/events.js';
export { MeetingVizElement } from './shared/base-element.js';
export { ChartElement } from './shared/chart-element.js';
export type { MapParts, TimelineParts, WheelParts } from './shared/figure-messages.js';
export {
  registerMessages,
  registeredLangs,
  BUILT_IN_LANGS,
  type LanguageMessages,
  type Message,
  type MessageTools,
  type MessageNamespaces,
  type PluralForms,
} from './shared/lang.js';
