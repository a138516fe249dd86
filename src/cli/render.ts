/**
 * `meeting-viz render FILE.json --element meeting-timeline|sector-wheel …`: draws a chart without a
 * browser, from the same layout modules the elements use, as SVG, PNG (resvg) or an HTML snippet.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { validate } from '../data/validate.js';
import { snapshotToSvg } from '../export/document.js';
import { fileName, type ChartElementName } from '../export/snapshot.js';
import { staticSnapshot } from '../export/static.js';
import { loadLang } from '../shared/lang.js';
import { staticHtml } from '../export/twin.js';
import { parseSectors } from '../meeting-timeline/layout.js';
import { staticFontFiles } from './fonts.js';

export const summary = 'draw a chart as SVG, PNG or static HTML, without a browser';

const USAGE = `Usage: meeting-viz render FILE.json --element meeting-timeline|sector-wheel [options]

  --element NAME     meeting-timeline or sector-wheel (required)
  --meeting ID       the timeline's selected meeting; the meeting the wheel shows
  --sectors A,B      the timeline's sector filter
  --width PX         default 1000 (timeline), 640 (wheel)
  --height PX        at least this tall; the wheel is fitted into it
  --lang en|zh|ru    default en
  --theme light|dark default light
  --format svg|png|html  default: from -o's extension, else svg
  --scale N          PNG pixels per CSS pixel (default 1)
  --preset social|print  social: 1200×630 card; print: A4 width (794 px), light
  --no-title, --no-source  leave out the title or the source line
  --fallback         (html) mark the snippet slot="fallback", to put inside the element's tag
  -o, --output FILE  default: standard output (svg, html) or the chart's file name (png)`;

const PRESETS: Record<string, { width: number; height?: number; theme?: 'light' }> = {
  social: { width: 1200, height: 630 },
  print: { width: 794, theme: 'light' },
};

/** Room the title and source lines take around the wheel when a height is imposed. */
const WHEEL_FRAME = 130;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        element: { type: 'string' },
        meeting: { type: 'string' },
        sectors: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        format: { type: 'string' },
        scale: { type: 'string' },
        preset: { type: 'string' },
        output: { type: 'string', short: 'o' },
        fallback: { type: 'boolean' },
        'no-title': { type: 'boolean' },
        'no-source': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return (console.log(USAGE), 0);
  const element = v.element as ChartElementName;
  if (element !== 'meeting-timeline' && element !== 'sector-wheel')
    return fail('--element must be meeting-timeline or sector-wheel');
  if (positionals.length !== 1) return fail('give one data file');
  const preset = v.preset ? PRESETS[v.preset] : undefined;
  if (v.preset && !preset) return fail(`unknown preset "${v.preset}" (social or print)`);
  const format = v.format ?? v.output?.match(/\.(svg|png|html)$/i)?.[1].toLowerCase() ?? 'svg';
  if (!['svg', 'png', 'html'].includes(format)) return fail('--format must be svg, png or html');
  const theme = preset?.theme ?? v.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') return fail('--theme must be light or dark');
  const width = Number(v.width ?? preset?.width ?? (element === 'sector-wheel' ? 640 : 1000));
  const height = v.height !== undefined ? Number(v.height) : preset?.height;
  const scale = Number(v.scale ?? 1);
  if (!(width > 0) || (height !== undefined && !(height > 0)) || !(scale > 0))
    return fail('--width, --height and --scale must be positive numbers');

  const [file] = positionals;
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  const { series, problems } = validate(input);
  for (const p of problems) console.error(`${file}: ${p.path}: ${p.message}`);
  if (series.meetings.length === 0) return fail(`${file} has no valid meetings`);

  // The words of a language other than English are a module of their own: load them first.
  await loadLang(v.lang ?? 'en');
  const snapshot = staticSnapshot(series, {
    element,
    width,
    lang: v.lang ?? 'en',
    theme,
    meeting: v.meeting,
    sectors: parseSectors(v.sectors),
    src: file,
    height: element === 'sector-wheel' && height !== undefined ? height - WHEEL_FRAME : undefined,
  });
  if ('error' in snapshot) return fail(snapshot.error);
  // Ids unique per chart, for several snippets inlined in one page.
  const idPrefix =
    format === 'html' ? `mv-${element.replace(/^(meeting|sector)-/, '')}-${snapshot.lang}-${v.meeting ?? 'all'}` : 'mv';
  const svg = snapshotToSvg(snapshot, { title: !v['no-title'], source: !v['no-source'], minHeight: height, idPrefix });

  let output: string | Uint8Array = svg;
  if (format === 'html') output = staticHtml(snapshot, svg, { fallback: v.fallback });
  if (format === 'png') output = await rasterise(svg, scale);
  const target = v.output ?? (format === 'png' ? fileName(snapshot.fileBase, element, 'png') : '-');
  if (target === '-') process.stdout.write(output);
  else {
    await writeFile(target, output);
    console.error(`meeting-viz: wrote ${target}`);
  }
  return 0;
}

/**
 * SVG to PNG with resvg (Rust, prebuilt binaries on npm, no browser): it shapes CJK and Cyrillic
 * text with the system's fonts, falling back per character to a font that has it.
 */
async function rasterise(svg: string, scale: number): Promise<Uint8Array> {
  const [{ Resvg }, fontFiles] = await Promise.all([import('@resvg/resvg-js'), staticFontFiles()]);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles,
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
  });
  return resvg.render().asPng();
}

function fail(message: string): number {
  console.error(`meeting-viz render: ${message}\n\n${USAGE}`);
  return 2;
}
