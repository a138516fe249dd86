/**
 * What an element hands the exporter: the geometry it drew (the same objects its templates read),
 * the data, and how it looks (colours, font). Plain data, so the page's exporter and the
 * command-line renderer turn the same snapshot into the same file.
 */
import type { MeetingSeries } from '../data/schema.js';
import type { ChartModel } from '../meeting-timeline/chart.js';
import type { WheelModel } from '../sector-wheel/model.js';
import type { ThemeColours } from './tokens.js';
import type { WheelFileDrawing } from './wheel-svg.js';

export type ChartElementName = 'meeting-timeline' | 'sector-wheel';

export type ChartGeometry =
  | { kind: 'timeline'; model: ChartModel; filter: string[] }
  | { kind: 'wheel'; drawing: WheelFileDrawing; model: WheelModel; focus?: string };

export interface ChartSnapshot {
  element: ChartElementName;
  lang: string;
  series: MeetingSeries;
  colours: ThemeColours;
  /** CSS font-family list, named in the file. */
  font: string;
  /** Text width in px at 12px in that font. */
  measure: (text: string) => number;
  /** File names start with this (`china-russia-regular-meetings`). */
  fileBase: string;
  chart: ChartGeometry;
}

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';

export interface SvgOptions {
  /** Draw the title above the chart (default true). */
  title?: boolean;
  /** Draw the "Source: …" line below it (default true). */
  source?: boolean;
  /** At least this tall (px): the chart is centred in the spare room (cards for social media). */
  minHeight?: number;
  /** Prefix of the ids inside the file (default `mv`); give each SVG inlined in one page its own. */
  idPrefix?: string;
}

export interface PngOptions extends SvgOptions {
  /** Device pixels per CSS pixel (default 2). */
  scale?: number;
}

/** `china-russia-regular-meetings-timeline.png`. */
export function fileName(base: string, element: ChartElementName, format: ExportFormat | 'html'): string {
  return `${base}-${element.replace(/^(meeting|sector)-/, '')}.${format}`;
}

/** A file-name stem from the data's URL (`…/china-russia-regular-meetings.json`), else its English title. */
export function fileBase(src: string | undefined, englishTitle: string | undefined): string {
  const fromSrc = src
    ?.split(/[?#]/)[0]
    .split('/')
    .pop()
    ?.replace(/\.json$/i, '');
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  return (fromSrc && slug(fromSrc)) || (englishTitle && slug(englishTitle)) || 'meetings';
}
