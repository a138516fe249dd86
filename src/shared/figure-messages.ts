import type { Messages, MessageTools } from './lang.js';

export type FigureKey =
  | 'source'
  | 'getData'
  | 'meetings'
  | 'span'
  | 'spanOne'
  | 'inPlace'
  | 'byVideo'
  | 'hostCount'
  | 'videoCount'
  | 'planned'
  | 'timeline'
  | 'wheelSeries'
  | 'wheelMeeting'
  | 'placeCount'
  | 'map';

declare module './lang.js' {
  interface MessageNamespaces {
    figure: FigureKey;
  }
}

/** The parts of a timeline's summary, each already in words. */
export type TimelineParts = { title: string; meetings: string; span: string; hosts: string; planned: string };
/** A wheel's summary: counts, and the most touched sector (series) or group (one meeting). */
export type WheelParts = {
  sectors: number;
  groups: number;
  meetings: number;
  top: string;
  topCount: number;
  ordinal: string;
  touched: number;
  total: number;
};
/** A map's summary: how many places, the busiest ones ("Moscow (10), Beijing (10)…"), how many by video. */
export type MapParts = { places: number; top: string; video: number };

/**
 * The words of chart furniture (source line, data link) and of each chart's automatic summary. Summaries
 * are built from parts so that each language orders them its own way; `{place}`s and dates come in
 * already in the language (Intl), counts as numbers.
 */
export const figureMessages: Messages<FigureKey> = {
  namespace: 'figure',
  en: {
    source: 'Source: {text}',
    getData: 'Get the data',
    meetings: ({ count }: { count: number }, f: MessageTools) =>
      f.plural(count, { one: '# meeting', other: '# meetings' }),
    span: 'from {start} {from} to {end} {to}',
    spanOne: '{start} {from}',
    inPlace: 'in {place}',
    byVideo: 'by video link',
    hostCount: '{count} in {place}',
    videoCount: '{count} by video link ({years})',
    planned: '{count} planned',
    timeline: ({ title, meetings, span, hosts, planned }: TimelineParts) =>
      `${title ? `${title}: ` : ''}${meetings}, ${span}${hosts ? `; held ${hosts}` : ''}${planned ? `; ${planned}` : ''}.`,
    wheelSeries: ({ sectors, groups, meetings, top, topCount }: WheelParts, f: MessageTools) =>
      `${f.plural(sectors, { one: '# sector', other: '# sectors' })} in ${f.plural(groups, { one: '# group', other: '# groups' })} across ${f.plural(meetings, { one: '# meeting', other: '# meetings' })}${top ? `; most often ${top} (${f.plural(topCount, { one: '# meeting', other: '# meetings' })})` : ''}.`,
    wheelMeeting: ({ ordinal, touched, total, top, topCount }: WheelParts, f: MessageTools) =>
      `${ordinal ? `The ${ordinal} meeting` : 'The meeting'} touched ${f.number(touched)} of ${f.plural(total, { one: '# sector', other: '# sectors' })}${top ? `, most in ${top} (${f.number(topCount)})` : ''}.`,
    placeCount: '{place} ({count})',
    map: ({ places, top, video }: MapParts, f: MessageTools) =>
      `${f.plural(places, { one: 'Meetings in # place', other: 'Meetings in # places' })}${top ? `; most in ${top}` : ''}${video ? `; ${f.number(video)} by video link` : ''}.`,
  },
};
