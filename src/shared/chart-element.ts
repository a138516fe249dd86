import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Meeting } from '../data/schema.js';
import { localize } from '../data/text.js';
import { fileBase } from '../export/snapshot.js';
import { MeetingVizElement } from './base-element.js';
import { FIGURE_SLOTS, figureStyles, publisherNames, renderFigure, safeDataUrl, type DataLink } from './figure.js';
import { HeadingLevelController } from './heading-level.js';

/**
 * What every chart (timeline, wheel, map) adds to the base element: opt-in furniture around the
 * chart (`heading`, `dek`, `source`, `note`, `data-link`, or slots of the same names) and its
 * automatic summary, the chart's accessible description, shown with `summary="visible"`.
 */
export abstract class ChartElement extends MeetingVizElement {
  static override styles = [...MeetingVizElement.styles, figureStyles];

  /** A heading above the chart (furniture; off when no furniture attribute or slot is set). Slot: `heading`. */
  @property() heading?: string;

  /** One line under the heading: what the chart shows. Slot: `dek`. */
  @property() dek?: string;

  /** The source line under the chart; empty (`source`) names the data's `sources` publishers in the element's language. Slot: `source`. */
  @property() source?: string;

  /** A note under the chart (caveats, method). Slot: `note`. */
  @property() note?: string;

  /**
   * A "Get the data" link under the chart: `json` (or empty) links to the `src` file, or downloads the
   * meetings on screen as JSON when the data was given as a property; `csv` downloads them as CSV; any
   * other value is the URL of a data file (http or https, or relative to the page).
   */
  @property({ attribute: 'data-link' }) dataLink?: string;

  /** `visible` shows the chart's automatic summary above it; otherwise it is only the chart's accessible description. */
  @property({ reflect: true }) summary?: 'visible' | 'hidden';

  private readonly figureHeadings = new HeadingLevelController(this);

  /** The meetings the chart shows, for the data link. */
  protected meetingsOnScreen(): readonly Meeting[] {
    return this.series.meetings;
  }

  /** `content` (the chart) with its furniture and its `summary` (in `lang`). */
  protected renderFigure(lang: string, summary: string, content: unknown): TemplateResult {
    const slotted = new Set(FIGURE_SLOTS.filter((name) => this.querySelector(`:scope > [slot="${name}"]`)));
    const level = (this as { headingLevel?: number }).headingLevel ?? this.figureHeadings.level;
    return renderFigure(
      {
        heading: this.heading,
        dek: this.dek,
        source: this.source,
        note: this.note,
        dataLink: this.dataLink,
        lang,
        level,
        slotted,
        publishers: this.source ? '' : publisherNames(this.series, lang),
        link: this.dataLinkFor(lang),
        summary,
        summaryVisible: this.summary === 'visible',
      },
      content,
    );
  }

  private dataLinkFor(lang: string): DataLink | undefined {
    const value = this.dataLink?.trim();
    if (value == null) return undefined;
    const format = value === 'csv' ? 'csv' : 'json';
    if (value && value !== 'csv' && value !== 'json') {
      const href = safeDataUrl(value, document.baseURI);
      return href ? { href } : undefined;
    }
    if (format === 'json' && this.src) {
      const href = safeDataUrl(this.src, document.baseURI);
      if (href) return { href, download: `${fileBase(this.src, undefined)}.json` };
    }
    return { onClick: () => void this.downloadData(format, lang) };
  }

  /** Saves the meetings on screen as a CSV or JSON file (the exporter is loaded on first use). */
  private async downloadData(format: 'csv' | 'json', lang: string): Promise<void> {
    const { saveRecords } = await import('../export/exporter.js');
    const { series } = this;
    saveRecords(
      this.meetingsOnScreen(),
      lang,
      format,
      fileBase(this.src, localize(series.title, 'en')),
      localize(series.title, lang),
    );
  }
}
