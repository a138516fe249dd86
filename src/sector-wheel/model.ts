/**
 * Pure: turns a meeting series into what the wheel shows — sector groups, their sectors, and how much
 * each sector was touched (by meetings in a series, by documents and commitments in one meeting).
 */
import type { Meeting, MeetingSeries, Sector, SectorGroup, Text } from '../data/schema.js';
import { localizeWithLang } from '../data/text.js';
import { paletteColour } from '../shared/palette.js';

/** The id of the group that collects sectors without a (known) group. */
export const OTHER_GROUP_ID = '__other';

/** A document of a meeting that names a sector. */
export interface SectorDocument {
  meetingId: string;
  title: Text;
  kind?: string;
}

export interface WheelSector {
  id: string;
  /** Label in the element's language, and the language it is actually in ('' when unknown). */
  label: string;
  labelLang: string;
  groupId: string;
  colour: string;
  /** The real figure: meetings (series) or documents + commitment (one meeting) touching the sector. */
  weight: number;
  /** Ids of the meetings in scope that touch the sector. */
  meetings: string[];
  /** Documents in scope tagged with the sector. */
  documents: SectorDocument[];
}

export interface WheelGroup {
  id: string;
  label: string;
  labelLang: string;
  colour: string;
  sectors: WheelSector[];
  /** Meetings (series) or items (one meeting) touching any sector of the group. */
  weight: number;
}

export interface WheelModel {
  /** `series`: weights count meetings; `meeting`: weights count documents and commitments. */
  scope: 'series' | 'meeting';
  /** The meeting shown when `scope` is `meeting`. */
  meeting?: Meeting;
  /** What the wheel shows, for the centre: the meeting's title or the series' title. */
  title: Text | undefined;
  /** Meetings in scope (series) or the sum of all sector weights (one meeting). */
  total: number;
  groups: WheelGroup[];
  /**
   * With a `meetingId`, the sectors of the series that meeting did not touch, by group (not drawn;
   * summarised in one line and listed in the table). Empty otherwise.
   */
  untouched: WheelGroup[];
}

export type ModelResult = { model: WheelModel } | { error: 'unknown-meeting' | 'no-sectors'; id?: string };

export interface ModelOptions {
  /** Restricts the wheel to this meeting. */
  meetingId?: string;
  lang: string;
  /** Label of the group collecting sectors without a group. */
  otherLabel: string;
}

/** Which meetings and documents touch each sector id, in the scope of `meetings`. */
function touches(
  meetings: readonly Meeting[],
): Map<string, { meetings: Set<string>; documents: SectorDocument[]; listed: Set<string> }> {
  const out = new Map<string, { meetings: Set<string>; documents: SectorDocument[]; listed: Set<string> }>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { meetings: new Set(), documents: [], listed: new Set() }));
    return e;
  };
  for (const meeting of meetings) {
    for (const id of new Set(meeting.sectors ?? [])) {
      entry(id).meetings.add(meeting.id);
      entry(id).listed.add(meeting.id);
    }
    for (const doc of meeting.documents ?? []) {
      for (const id of new Set(doc.sectors ?? [])) {
        entry(id).meetings.add(meeting.id);
        entry(id).documents.push({ meetingId: meeting.id, title: doc.title, kind: doc.kind });
      }
    }
  }
  return out;
}

/**
 * The wheel's model. A single-meeting file, or `meetingId`, shows one meeting; otherwise the series.
 * The series and a single-meeting file keep every sector of the taxonomy, touched or not; a meeting
 * chosen with `meetingId` keeps only the sectors it touched, the rest going to `untouched`.
 */
export function buildWheelModel(series: MeetingSeries, options: ModelOptions): ModelResult {
  const { meetingId, lang } = options;
  let meeting: Meeting | undefined;
  if (meetingId) {
    meeting = series.meetings.find((m) => m.id === meetingId);
    if (!meeting) return { error: 'unknown-meeting', id: meetingId };
  } else if (series.meetings.length === 1) {
    meeting = series.meetings[0];
  }
  const inScope = meeting ? [meeting] : series.meetings;
  const touched = touches(inScope);

  // The taxonomy, or (without one) every sector id the meetings use.
  const taxonomy: Sector[] = series.sectors ?? [...touches(series.meetings).keys()].map((id) => ({ id, label: id }));
  if (taxonomy.length === 0) return { error: 'no-sectors' };

  const groupDefs = series.sectorGroups ?? [];
  const known = new Set(groupDefs.map((g) => g.id));
  const defs: SectorGroup[] = [...groupDefs, { id: OTHER_GROUP_ID, label: options.otherLabel }];
  const groups: WheelGroup[] = defs.map((g, index) => {
    const { text, lang: labelLang } = localizeWithLang(g.label, lang);
    const colour = g.colour || paletteColour(index);
    return { id: g.id, label: text || g.id, labelLang, colour, sectors: [], weight: 0 };
  });
  const byId = new Map(groups.map((g) => [g.id, g]));

  for (const sector of taxonomy) {
    const groupId = sector.group && known.has(sector.group) ? sector.group : OTHER_GROUP_ID;
    const group = byId.get(groupId)!;
    const hit = touched.get(sector.id);
    const weight = !hit ? 0 : meeting ? hit.documents.length + (hit.listed.size ? 1 : 0) : hit.meetings.size;
    const { text, lang: labelLang } = localizeWithLang(sector.label, lang);
    group.sectors.push({
      id: sector.id,
      label: text || sector.id,
      labelLang,
      groupId,
      colour: sector.colour || group.colour,
      weight,
      meetings: hit ? [...hit.meetings] : [],
      documents: hit ? hit.documents : [],
    });
  }

  // A meeting picked out of a series shows what it touched; what it did not is counted apart.
  const untouched: WheelGroup[] = [];
  if (meetingId) {
    for (const group of groups) {
      const rest = group.sectors.filter((s) => !touched.has(s.id));
      if (rest.length) untouched.push({ ...group, sectors: rest });
      group.sectors = group.sectors.filter((s) => touched.has(s.id));
    }
  }
  const shown = groups.filter((g) => g.sectors.length > 0);
  for (const group of shown) {
    group.weight = meeting
      ? group.sectors.reduce((sum, s) => sum + s.weight, 0)
      : new Set(group.sectors.flatMap((s) => s.meetings)).size;
  }
  const total = meeting ? shown.reduce((sum, g) => sum + g.weight, 0) : inScope.length;
  return {
    model: {
      scope: meeting ? 'meeting' : 'series',
      meeting,
      title: meeting ? meeting.title : series.title,
      total,
      groups: shown,
      untouched,
    },
  };
}

/** Every sector of the model, group by group. */
export function allSectors(model: WheelModel): WheelSector[] {
  return model.groups.flatMap((g) => g.sectors);
}

/** How many sectors of the series the model leaves out because its meeting did not touch them. */
export function untouchedCount(model: WheelModel): number {
  return model.untouched.reduce((sum, g) => sum + g.sectors.length, 0);
}
