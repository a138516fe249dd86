/**
 * The snapshot of a chart element as drawn now (its colours, font, language, file name), taken by the
 * exporter chunk when an export is asked for: nothing of it is in the core bundle.
 */
import type { MeetingSeries } from '../data/schema.js';
import { localize } from '../data/text.js';
import { textMeasurer } from '../shared/text-measure.js';
import { fileBase, type ChartElementName, type ChartGeometry, type ChartSnapshot } from './snapshot.js';
import { HOST_TOKENS, TOKEN_OF, type ThemeColours } from './tokens.js';

/** What the snapshot reads of the element. */
export interface SnapshotHost extends HTMLElement {
  readonly series: MeetingSeries;
  readonly effectiveLang: string;
  src?: string;
}

/** `rgb(r, g, b)` as `#rrggbb`; any other colour (with alpha, another space) as the browser wrote it. */
function hexColour(computed: string): string {
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(computed);
  return rgb
    ? `#${rgb
        .slice(1)
        .map((c) => Number(c).toString(16).padStart(2, '0'))
        .join('')}`
    : computed;
}

/**
 * The element's colours as it shows them. A token's computed value may be unresolved text
 * (`light-dark(#fff, #0d1117)` resolves only where a colour is used, against the used
 * color-scheme), so each token is read as the used `color` of a probe inside the element.
 */
export function resolvedColours(host: HTMLElement): ThemeColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  (host.shadowRoot ?? host).append(probe);
  const read = (token: string) => {
    probe.style.color = `var(${token})`;
    return hexColour(getComputedStyle(probe).color);
  };
  try {
    const colours = Object.fromEntries(
      (Object.keys(TOKEN_OF) as Array<keyof typeof TOKEN_OF>).map((key) => [key, read(TOKEN_OF[key])]),
    ) as unknown as ThemeColours;
    // Only an element that defines host colours (the timeline) has them; others keep the palette's.
    const style = getComputedStyle(host);
    if (style.getPropertyValue(HOST_TOKENS[0]).trim()) colours.hosts = HOST_TOKENS.map(read);
    return colours;
  } finally {
    probe.remove();
  }
}

let measurer: { font: string; measure: (text: string) => number } | undefined;

/** The chart as drawn now, with the element's computed colours and font. */
export function snapshotOf(host: SnapshotHost, element: ChartElementName, chart: ChartGeometry): ChartSnapshot {
  const font = getComputedStyle(host).fontFamily;
  if (measurer?.font !== font) measurer = { font, measure: textMeasurer(`12px ${font}`, 7) };
  const { series } = host;
  return {
    element,
    lang: host.effectiveLang,
    series,
    colours: resolvedColours(host),
    font,
    measure: measurer.measure,
    fileBase: fileBase(host.src, localize(series.title, 'en')),
    chart,
  };
}
