/**
 * The base of a chart element that exports itself: `toSVG`, `toPNG`, `toCSV` and `toJSON`, written
 * once over the element's {@link ExportController} and documented here, so that the manifest lists
 * them for every element that extends it.
 */
import { ChartElement } from '../shared/chart-element.js';
import type { ExportController, PngOptions, SvgOptions } from './controller.js';

export abstract class ExportableElement extends ChartElement {
  /** What the element exports: its controller, which knows what is drawn. */
  protected abstract readonly exporter: ExportController;

  /**
   * The chart as on screen (zoom or drill level, filter, selection, language, theme) as a standalone
   * SVG file, with its title, a source line, `lang`, `<title>` and `<desc>`. Rejects when no chart is drawn.
   */
  toSVG(options?: SvgOptions): Promise<string> {
    return this.exporter.toSVG(options);
  }

  /** The same as a PNG, `scale` (default 2) device pixels per CSS pixel. */
  toPNG(options?: PngOptions): Promise<Blob> {
    return this.exporter.toPNG(options);
  }

  /** The meetings the chart shows (its filter or scope applied), one row each: ids, dates, places, titles in the element's language, source URLs. */
  toCSV(): Promise<string> {
    return this.exporter.toCSV();
  }

  /** The meetings the chart shows as JSON. */
  toJSON(): Promise<string> {
    return this.exporter.toJSON();
  }
}
