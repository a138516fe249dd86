/**
 * The exporter, loaded on first use (a chunk of its own next to the CDN file): a chart snapshot
 * as an SVG file, a PNG (the SVG drawn on a canvas), CSV or JSON, and the download itself.
 */
import type { Meeting } from '../data/schema.js';
import { localize } from '../data/text.js';
import { snapshotToSvg } from './document.js';
export { snapshotOf } from './element-snapshot.js';
import { meetingRecord, meetingsInView, recordsToCSV, recordsToJSON } from './records.js';
import { fileName, type ChartSnapshot, type ExportFormat, type PngOptions, type SvgOptions } from './snapshot.js';

export function toSVG(snapshot: ChartSnapshot, options?: SvgOptions): string {
  return snapshotToSvg(snapshot, options);
}

export function toCSV(snapshot: ChartSnapshot): string {
  return recordsToCSV(meetingsInView(snapshot).map((m) => meetingRecord(m, snapshot.lang)));
}

export function toJSON(snapshot: ChartSnapshot): string {
  const records = meetingsInView(snapshot).map((m) => meetingRecord(m, snapshot.lang));
  const filter =
    snapshot.chart.kind === 'timeline' ? snapshot.chart.filter : snapshot.chart.focus ? [snapshot.chart.focus] : [];
  return recordsToJSON(records, { title: localize(snapshot.series.title, snapshot.lang), lang: snapshot.lang, filter });
}

/** The SVG drawn onto a canvas `scale` times its size (2 by default, for sharp text on high-density screens). */
export async function toPNG(snapshot: ChartSnapshot, options: PngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const svg = snapshotToSvg(snapshot, options);
  const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
  const image = new Image();
  // A data: URL, not a blob: one, so the canvas is not tainted and no img-src exception is needed for blob:.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

const TYPES: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** Saves the chart in `format` under its file name (`china-russia-regular-meetings-timeline.png`). */
export async function download(snapshot: ChartSnapshot, format: ExportFormat): Promise<string> {
  const body =
    format === 'png'
      ? await toPNG(snapshot)
      : format === 'svg'
        ? toSVG(snapshot)
        : format === 'csv'
          ? toCSV(snapshot)
          : toJSON(snapshot);
  const blob = body instanceof Blob ? body : new Blob([body], { type: TYPES[format] });
  return save(blob, fileName(snapshot.fileBase, snapshot.element, format));
}

/** Saves `meetings` (those a chart shows) as records in CSV or JSON: a chart's "Get the data" link. */
export function saveRecords(
  meetings: readonly Meeting[],
  lang: string,
  format: 'csv' | 'json',
  base: string,
  title: string,
): string {
  const records = meetings.map((m) => meetingRecord(m, lang));
  const body = format === 'csv' ? recordsToCSV(records) : recordsToJSON(records, { title, lang, filter: [] });
  return save(new Blob([body], { type: TYPES[format] }), `${base}.${format}`);
}

function save(blob: Blob, name: string): string {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}
