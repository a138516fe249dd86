/**
 * Export for a chart element, as a reactive controller: the `toSVG` / `toPNG` / `toCSV` / `toJSON`
 * the element exposes, and the small menu its `export` attribute shows. Only this and the menu are
 * in the core bundle; the exporter itself is a chunk loaded on first use.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MeetingSeries } from '../data/schema.js';
import { localize } from '../data/text.js';
import { translate } from '../shared/lang.js';
import { textMeasurer } from '../shared/text-measure.js';
import { menuMessages } from './messages.js';
import { menuKey } from './menu-keys.js';
import {
  fileBase,
  type ChartElementName,
  type ChartGeometry,
  type ChartSnapshot,
  type ExportFormat,
  type PngOptions,
  type SvgOptions,
} from './snapshot.js';
import { HOST_TOKENS, TOKEN_OF, type ThemeColours } from './tokens.js';

export type { PngOptions, SvgOptions };

export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly series: MeetingSeries;
  readonly effectiveLang: string;
  src?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
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

const FORMATS: ExportFormat[] = ['png', 'svg', 'csv', 'json'];

const loadExporter = () => import('./exporter.js');

export class ExportController implements ReactiveController {
  private open = false;
  private measurer?: { font: string; measure: (text: string) => number };

  constructor(
    private readonly host: ExportHost,
    private readonly element: ChartElementName,
    /** What the element has drawn, or undefined when nothing is. */
    private readonly chart: () => ChartGeometry | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.setOpen(false);
  }

  /** The chart as drawn now, with the element's computed colours and font. */
  snapshot(): ChartSnapshot {
    const chart = this.chart();
    if (!chart) throw new Error(`${this.element}: there is no chart on screen to export yet`);
    const style = getComputedStyle(this.host);
    const colours = resolvedColours(this.host);
    const font = style.fontFamily;
    if (this.measurer?.font !== font) this.measurer = { font, measure: textMeasurer(`12px ${font}`, 7) };
    const { series } = this.host;
    return {
      element: this.element,
      lang: this.host.effectiveLang,
      series,
      colours,
      font,
      measure: this.measurer.measure,
      fileBase: fileBase(this.host.src, localize(series.title, 'en')),
      chart,
    };
  }

  async toSVG(options?: SvgOptions): Promise<string> {
    const snapshot = this.snapshot();
    return (await loadExporter()).toSVG(snapshot, options);
  }

  async toPNG(options?: PngOptions): Promise<Blob> {
    const snapshot = this.snapshot();
    return (await loadExporter()).toPNG(snapshot, options);
  }

  async toCSV(): Promise<string> {
    const snapshot = this.snapshot();
    return (await loadExporter()).toCSV(snapshot);
  }

  async toJSON(): Promise<string> {
    const snapshot = this.snapshot();
    return (await loadExporter()).toJSON(snapshot);
  }

  /** Downloads the chart in `format`; resolves to the file name. */
  async download(format: ExportFormat): Promise<string> {
    const snapshot = this.snapshot();
    return (await loadExporter()).download(snapshot, format);
  }

  private readonly onOutside = (event: Event): void => {
    const menu = this.host.renderRoot.querySelector('.export');
    if (menu && !event.composedPath().includes(menu)) this.setOpen(false);
  };

  private setOpen(open: boolean, focus?: 'first' | 'last' | 'button'): void {
    if (open !== this.open) {
      this.open = open;
      if (open) document.addEventListener('pointerdown', this.onOutside, true);
      else document.removeEventListener('pointerdown', this.onOutside, true);
      this.host.requestUpdate();
    }
    if (focus) {
      void this.host.updateComplete.then(() => {
        const root = this.host.renderRoot;
        const items = [...root.querySelectorAll<HTMLElement>('.export [role="menuitem"]')];
        const target =
          focus === 'button'
            ? root.querySelector<HTMLElement>('.export-button')
            : focus === 'first'
              ? items[0]
              : items[items.length - 1];
        target?.focus();
      });
    }
  }

  private readonly onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.setOpen(true, event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onButtonClick = (event: MouseEvent): void => {
    // Opened from the keyboard (Enter / Space give detail 0), the first item takes focus.
    this.setOpen(!this.open, !this.open && event.detail === 0 ? 'first' : undefined);
  };

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    const items = [...this.host.renderRoot.querySelectorAll<HTMLElement>('.export [role="menuitem"]')];
    const current = items.indexOf(event.composedPath()[0] as HTMLElement);
    const action = menuKey(event.key, Math.max(0, current), items.length);
    if (!action) return;
    if ('focus' in action) {
      event.preventDefault();
      items[action.focus]?.focus();
    } else {
      if (action.restoreFocus) event.preventDefault();
      this.setOpen(false, action.restoreFocus ? 'button' : undefined);
    }
  };

  private choose(format: ExportFormat): void {
    this.setOpen(false, 'button');
    this.download(format).catch((error: unknown) =>
      console.error(
        translate(menuMessages, this.host.effectiveLang, 'failed', {
          detail: String((error as Error)?.message ?? error),
        }),
      ),
    );
  }

  /** The menu button and its menu; nothing when there is no chart to export. */
  render(lang: string): TemplateResult | typeof nothing {
    if (!this.chart()) return nothing;
    const t = (key: 'export' | ExportFormat) => translate(menuMessages, lang, key);
    return html`<div class="export" part="export">
      <button type="button" class="export-button" id="export-button" part="export-button" aria-haspopup="menu" aria-controls="export-menu"
        aria-expanded=${this.open ? 'true' : 'false'} @click=${this.onButtonClick} @keydown=${this.onButtonKey}>${t('export')}</button>
      <div class="export-menu" id="export-menu" part="export-menu" role="menu" aria-labelledby="export-button" ?hidden=${!this.open} @keydown=${this.onMenuKey}>
        ${FORMATS.map((f) => html`<button type="button" role="menuitem" tabindex="-1" data-format=${f} @click=${() => this.choose(f)}>${t(f)}</button>`)}
      </div>
    </div>`;
  }
}

/** The menu's looks; hidden in print. */
export const exportStyles = css`
  .export {
    position: relative;
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.25em;
  }
  .export button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: 4px;
    padding: 0.25em 0.6em;
    min-height: 24px;
    cursor: pointer;
  }
  .export button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .export-menu {
    position: absolute;
    inset-inline-end: 0;
    top: 100%;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 4px;
    margin-top: 2px;
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: 4px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .export-menu[hidden] {
    display: none;
  }
  .export-menu button {
    border-color: transparent;
    text-align: start;
    white-space: nowrap;
  }
  .export-menu button:hover,
  .export-menu button:focus {
    background: var(--_surface);
  }
  @media print {
    .export {
      display: none !important;
    }
  }
`;
