/**
 * Export for a chart element, as a reactive controller: the `toSVG` / `toPNG` / `toCSV` / `toJSON`
 * the element exposes, and the small menu its `export` attribute shows. Only this and the menu are
 * in the core bundle; the exporter, which also takes the snapshot of what is drawn (colours, font,
 * file name), is a chunk loaded on first use.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { MeetingSeries } from '../data/schema.js';
import { translate } from '../shared/lang.js';
import { menuMessages } from './messages.js';
import { menuKey } from './menu-keys.js';
import type { ChartElementName, ChartGeometry, ExportFormat, PngOptions, SvgOptions } from './snapshot.js';

export type { PngOptions, SvgOptions };

export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  readonly series: MeetingSeries;
  readonly effectiveLang: string;
  src?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

const FORMATS: ExportFormat[] = ['png', 'svg', 'csv', 'json'];

const loadExporter = () => import('./exporter.js');

export class ExportController implements ReactiveController {
  private open = false;

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

  /** The exporter, with a snapshot of the chart as drawn now; rejects when nothing is drawn. */
  private async exporter() {
    const chart = this.chart();
    if (!chart) throw new Error(`${this.element}: there is no chart on screen to export yet`);
    const exporter = await loadExporter();
    return { exporter, snapshot: exporter.snapshotOf(this.host, this.element, this.chart() ?? chart) };
  }

  async toSVG(options?: SvgOptions): Promise<string> {
    const { exporter, snapshot } = await this.exporter();
    return exporter.toSVG(snapshot, options);
  }

  async toPNG(options?: PngOptions): Promise<Blob> {
    const { exporter, snapshot } = await this.exporter();
    return exporter.toPNG(snapshot, options);
  }

  async toCSV(): Promise<string> {
    const { exporter, snapshot } = await this.exporter();
    return exporter.toCSV(snapshot);
  }

  async toJSON(): Promise<string> {
    const { exporter, snapshot } = await this.exporter();
    return exporter.toJSON(snapshot);
  }

  /** Downloads the chart in `format`; resolves to the file name. */
  async download(format: ExportFormat): Promise<string> {
    const { exporter, snapshot } = await this.exporter();
    return exporter.download(snapshot, format);
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
