import { bisectLeft } from 'd3-array';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Meeting, MeetingSeries } from '../data/schema.js';
import { localize } from '../data/text.js';
import type { LoadState } from '../shared/data-controller.js';
import { fire, FilterChangeEvent, MeetingSelectEvent, ZoomChangeEvent } from '../shared/events.js';
import { ResizeController } from '../shared/resize-controller.js';
import { HashLinkController } from './hash-link.js';
import { LinkController } from '../shared/link-controller.js';
import { HeadingLevelController } from '../shared/heading-level.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { textMeasurer, type Measure } from '../shared/text-measure.js';
import { memoize } from '../shared/memo.js';
import { formatList, translate } from '../shared/lang.js';
import { renderChart, type ChartModel } from './chart.js';
import { keyAction } from './keyboard.js';
import {
  baseScale,
  buildIndex,
  filterBySectors,
  markOf,
  maxZoom,
  parseSectors,
  spanToZoom,
  timeDomain,
  type TimelineIndex,
} from './layout.js';
import { renderLegend, renderList, renderPanel } from './views.js';
import { hostSlots, legendModel, type LegendModel } from './encoding.js';
import { timelineMessages, type TimelineMessageKey } from './messages.js';
import { timelineStyles } from './styles.js';
import { annotationSpans, chartModel, TextCache, type AnnotationSpan } from './model.js';
import { timelineSummary } from './summary.js';
import { nounGender } from '../shared/ordinal.js';
import { ZoomDriver, zoomIdentity, type ZoomTransform } from './zoom.js';
import type { PlaceSelectDetail } from '../shared/events.js';
import type { MapPlace } from '../meeting-map/model.js';
import { ExportController, exportStyles } from '../export/controller.js';
import { ExportableElement } from '../export/exportable.js';

/**
 * `--mv-timeline-height` in px when known before drawing: px, or rem (the root's font size), so the
 * first render draws at that height rather than a second one after measuring. Other units are
 * measured once drawn.
 */
function lengthInPx(value: string): number | undefined {
  const match = /^([\d.]+)(px|rem)$/.exec(value);
  if (!match) return undefined;
  const unit = match[2] === 'px' ? 1 : parseFloat(getComputedStyle(document.documentElement).fontSize);
  const px = Math.round(parseFloat(match[1]) * unit);
  return px > 0 ? px : undefined;
}

/** What the chart takes from the computed style. */
interface ChartStyle {
  measure: Measure;
  /** The tracks' names, at weight 600. */
  measureStrong?: Measure;
  /** `--mv-timeline-height` when given in px or rem. */
  height?: number;
}

/** The data in time order, filtered: derived once per data, filter and language. */
interface Prepared {
  series: MeetingSeries;
  key: string;
  all: TimelineIndex;
  index: TimelineIndex;
  domain: [number, number];
  texts: TextCache;
  /** Host countries' colour slots, from the whole series (a filter never repaints a country). */
  hostSlots: Map<string, number>;
  /** The legend of the meetings shown. */
  legend: LegendModel;
  /** The annotations that can be placed in time, with their spans. */
  annotations: AnnotationSpan[];
  /** The chart's summary in words (its accessible description). */
  summary: string;
}

/** A place filter, from a `<meeting-map>`'s `place-select`. */
interface PlaceFilter {
  id: string;
  label: string;
  meetings: string[];
}

/** Below this width (px) the timeline is a vertical list. */
export const NARROW = 480;
/** The list never holds more items than this; with more meetings it lists the visible period. */
export const LIST_LIMIT = 100;

/**
 * A zoomable time axis of a meeting series: one mark per meeting (multi-day meetings as ranges),
 * coloured by host country (the participant flagged `host`, else the country it was held in) and
 * shaped by format (in person filled, by video link a hollow ring, hybrid a ring round a dot), with
 * a legend naming both; eras as bands, labels that never overlap (the city where there is room,
 * else the ordinal), clusters where meetings are too dense to tell apart,
 * a detail panel (`<meeting-card>`) for the selected meeting, and an ordered list as its twin
 * (the visible layout below 480 px and in print).
 *
 * Zoom: Ctrl/⌘ + wheel or pinch, drag to pan, double-click, the buttons, or + / − / 0 while the
 * chart has focus; a plain wheel scrolls the page. Keyboard: the chart is one tab stop (← → move
 * between meetings, Home / End go to the first / last, Enter or Space selects or zooms into a
 * cluster); the zoom toolbar is the next, one stop with ← → between its buttons.
 *
 * @tag meeting-timeline
 * @summary Zoomable, accessible timeline of a meeting series.
 *
 * @fires {MeetingSelectEvent} meeting-select - The reader selected a meeting; `detail: { id, meeting }`.
 * @fires {FilterChangeEvent} filter-change - The reader cleared the sector filter; `detail: { sectors }`.
 * @fires {ZoomChangeEvent} zoom-change - The visible period changed; `detail: { k, start, end }` (`k` = 1 shows everything).
 * @fires {DataLoadedEvent} data-loaded - The data was loaded, validated and drawn; `detail: { count }`.
 * @fires {DataErrorEvent} data-error - Loading or validation failed; `detail: { message, problems }`.
 *
 * @csspart chart - The SVG chart (a listbox of meetings).
 * @csspart meeting - One meeting mark; the selected one also has part `selected`.
 * @csspart selected - The selected meeting's mark.
 * @csspart planned - A planned meeting's mark (`status: "planned"`): drawn hollow and dashed.
 * @csspart cluster - A mark standing for several meetings too close to draw apart; Enter or a click zooms in.
 * @csspart label - A meeting's label: its city where there is room, else its ordinal (or year).
 * @csspart legend - The legend above the chart: host countries' colours and formats' shapes, in the element's language.
 * @csspart era - An era's background band and label.
 * @csspart era-track - One track's row of era bands (eras that name a `track`), with the track's name.
 * @csspart annotation - A callout (a note from the data's `annotations`) above the marks; none in a chart under 640 px wide (the notes are always listed in the text twin).
 * @csspart annotations - The list of the data's notes (beside the chart, visually hidden; visible in the narrow list).
 * @csspart axis - The time axis.
 * @csspart controls - The zoom buttons.
 * @csspart filter - The line naming the sector filter, with its Clear button.
 * @csspart list - The ordered list of meetings (visually hidden beside the chart).
 * @csspart panel - The detail panel of the selected meeting.
 * @csspart card - The `<meeting-card>`'s card inside the panel.
 * @csspart close - The panel's close button.
 * @csspart error - The loading or validation error.
 * @csspart status - The loading message.
 * @slot fallback - A static snapshot of the chart (`meeting-viz render --format html --fallback`): shown where scripts never run and while the data loads.
 *
 * @csspart export - The export control (with the `export` attribute).
 * @csspart export-button - The button that opens the export menu.
 * @csspart export-menu - The export menu (Download PNG / SVG / CSV / JSON).
 *
 * @csspart figure - The `<figure>` around the chart when furniture is set (`heading`, `dek`, `source`, `note`, `data-link` or their slots).
 * @csspart caption - The figure's caption: heading and dek.
 * @csspart heading - The heading (its level follows `heading-level`, else the page's outline).
 * @csspart dek - The line under the heading.
 * @csspart footer - The lines under the chart: note, source, data link.
 * @csspart note - The note.
 * @csspart source - The source line ("Source: …", by default the data's publishers).
 * @csspart data-link - The "Get the data" link (or button, when it downloads the meetings on screen).
 * @csspart summary - The automatic summary of the chart, in words: its accessible description; shown with `summary="visible"`.
 * @slot heading - Rich content for the heading (instead of the `heading` attribute).
 * @slot dek - Rich content for the dek.
 * @slot source - Rich content for the source line.
 * @slot note - Rich content for the note.
 * @cssprop --mv-figure-heading-size - Font size of the furniture's heading (default 1.25 × the element's font size, 17.5px).
 * @cssprop --mv-figure-small-size - Font size of the note, source and data link (default 6/7 of the element's font size, 12px).
 * @cssprop --mv-figure-gap - Space between the furniture and the chart (default `0.5em`).
 * @cssprop --mv-timeline-mark-color - Fill of meeting marks with no host country (video links; default: the text colour).
 * @cssprop --mv-timeline-selected-color - Fill of the selected meeting (default: `--mv-color-accent`).
 * @cssprop --mv-host-1 - Colour of the first country to host a meeting in the series (default `#0072B2`, blue); each host colour meets 3:1 against the light and dark backgrounds.
 * @cssprop --mv-host-2 - The second host country (default `#D55E00`, vermillion: told apart from the first with protanopia and deuteranopia).
 * @cssprop --mv-host-3 - The third host country (default `#009E73`).
 * @cssprop --mv-host-4 - The fourth host country (default `#8056E1`).
 * @cssprop --mv-host-5 - The fifth host country (default `#BA217D`).
 * @cssprop --mv-host-6 - The sixth host country (default `#C72323`).
 * @cssprop --mv-host-7 - The seventh host country (default `#4747FF`).
 * @cssprop --mv-host-8 - The eighth host country (default `#FF476C`); a ninth takes the first colour again.
 * @cssprop --mv-timeline-era-color - Era bands (default: `--mv-color-surface`).
 * @cssprop --mv-timeline-cluster-color - Cluster marks (default: `--mv-color-surface`).
 * @cssprop --mv-timeline-annotation-color - Callouts' text and leaders (default: the text colour).
 * @cssprop --mv-timeline-height - Height of the chart (default 176px).
 * @cssprop --mv-color-text - Text colour.
 * @cssprop --mv-color-muted - Secondary text (dates, axis).
 * @cssprop --mv-color-background - Background.
 * @cssprop --mv-color-surface - Panels and bands.
 * @cssprop --mv-color-line - Axis and borders.
 * @cssprop --mv-color-accent - Selection.
 * @cssprop --mv-color-focus - Focus outline.
 * @cssprop --mv-font-family - Font.
 * @cssprop --mv-font-size - Base font size.
 */
export class MeetingTimeline extends ExportableElement {
  static override styles = [...ExportableElement.styles, timelineStyles, exportStyles];

  /** Id of the selected meeting (e.g. `m30`); setting it selects from outside. */
  @property({ reflect: true }) selected?: string;

  /** Only meetings touching these sector ids: `sectors="energy,trade"`, or a list or comma string as a property. Empty shows all. */
  @property({ converter: { fromAttribute: (value: string | null) => parseSectors(value) } })
  sectors: string[] | string = [];

  /** When set, the selection follows the URL hash (`#m30`) and sets it, so a reader can share a link. */
  @property({ type: Boolean, attribute: 'hash-links' }) hashLinks = false;

  /**
   * `panel` (default) shows the selected meeting's `<meeting-card>` under the chart; `none` leaves
   * the details to the page, e.g. a `<meeting-card follow="…">` placed elsewhere.
   */
  @property({ reflect: true }) details: 'panel' | 'none' = 'panel';

  /**
   * Heading level (1–6) of the selected meeting's title in the detail panel, to fit the page's
   * outline. Default: one below the nearest heading before the timeline in the page, else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /**
   * The id of a `<sector-wheel>` or `<meeting-map>` (or both, separated by a space) whose choice
   * filters this timeline, with no code: `<meeting-timeline filter-from="wheel1 map1">`. A selected
   * sector shows the meetings touching it; a group drilled into shows its sectors' meetings; zooming
   * the wheel back out clears the filter. A place selected on a map shows the meetings held there.
   */
  @property({ attribute: 'filter-from', reflect: true }) filterFrom?: string;

  /** Shows a small menu to download the chart as PNG or SVG, or the meetings on screen as CSV or JSON. */
  @property({ type: Boolean, reflect: true }) export = false;

  protected readonly sectorLink = new LinkController<string[]>(this, {
    sourceId: () => this.filterFrom,
    event: 'sector-select',
    fromEvent: (event) => (event.detail?.id ? [event.detail.id] : []),
    current: (source) => {
      const selected = (source as Partial<{ selected: string }>).selected;
      return selected && source.localName === 'sector-wheel' ? [selected] : undefined;
    },
    apply: (ids) => void (this.sectors = ids ?? []),
  });

  protected readonly placeLink = new LinkController<PlaceFilter>(this, {
    sourceId: () => this.filterFrom,
    event: 'place-select',
    fromEvent: (event) => {
      const detail = event.detail as Partial<PlaceSelectDetail> | undefined;
      return detail?.id && detail.place
        ? { id: detail.id, label: detail.place.name, meetings: detail.meetings ?? [] }
        : undefined;
    },
    current: (source) => {
      const place = (source as Partial<{ selectedPlace: MapPlace }>).selectedPlace;
      return place ? { id: place.id, label: place.name, meetings: place.meetings.map((m) => m.id) } : undefined;
    },
    apply: (filter) => void (this.place = filter),
  });

  /** The place chosen on a map named in `filter-from`: only the meetings held there are shown. */
  @state() private place?: PlaceFilter;

  /** The id of the place the timeline is filtered by (from a `<meeting-map>` in `filter-from`), if any. */
  get placeFilter(): string | undefined {
    return this.place?.id;
  }

  protected readonly groupLink = new LinkController<string[]>(this, {
    sourceId: () => this.filterFrom,
    event: 'group-select',
    fromEvent: (event) => (event.detail?.id ? event.detail.sectors : []),
    current: () => undefined,
    apply: (ids) => void (this.sectors = ids ?? []),
  });

  @state() private transform: ZoomTransform = zoomIdentity;
  @state() private listTransform: ZoomTransform = zoomIdentity;
  @state() private active?: number;
  @state() private keyboard = false;

  private readonly resize = new ResizeController(this);
  private readonly headings = new HeadingLevelController(this);
  private readonly toolbar = new RovingFocus(this, () => [
    ...this.renderRoot.querySelectorAll<HTMLElement>('.toolbar button'),
  ]);
  private readonly hash = new HashLinkController(this, {
    enabled: () => this.hashLinks,
    select: (id) => (this.selected = id),
  });
  protected override readonly exporter = new ExportController(this, 'meeting-timeline', () =>
    this.model ? { kind: 'timeline', model: this.model, filter: this.sectorFilter } : undefined,
  );
  private readonly zoom = new ZoomDriver(
    (t, fromUser) => this.onZoom(t, fromUser),
    () => this.onZoomEnd(),
  );
  private prepared?: Prepared;
  private model?: ChartModel;
  private raf = 0;
  private listTimer = 0;
  private pending?: ZoomTransform;
  private reported = '';
  private configured = '';
  /** The chart's height as drawn (its CSS height), when it differs from what the style said. */
  @state() private measuredHeight = 0;
  /** The labels' font and the chart's height (`--mv-timeline-height`), derived in willUpdate. */
  private chartStyle: ChartStyle = { measure: (text) => text.length * 7 };

  /** Reads the computed style only when something that may change the font or height did. */
  private readonly styleFor = memoize((_lang: string, _theme: string | undefined, _width: number): ChartStyle => {
    const style = getComputedStyle(this);
    const height = style.getPropertyValue('--_height').trim();
    // One measurer per font (shared/text-measure): its cached widths live until the font changes.
    return {
      measure: textMeasurer(`12px ${style.fontFamily}`, 7),
      measureStrong: textMeasurer(`600 12px ${style.fontFamily}`, 7),
      height: lengthInPx(height),
    };
  });

  /** The sector filter as a list. */
  get sectorFilter(): string[] {
    return parseSectors(this.sectors);
  }

  /** Zooms to scale `k` (1 = everything), centred on `centerTime` (default: the current centre). Resolves when drawn. */
  zoomTo(k: number, centerTime?: Date | number): Promise<boolean> {
    const base = this.baseScale();
    if (base) {
      const center = centerTime === undefined ? this.transform.invertX(this.resize.width / 2) : base(centerTime);
      this.zoom.zoomTo(k, center);
    }
    return this.updateComplete;
  }

  /** Shows the period from `start` to `end` (as far as zoom allows). Resolves when drawn. */
  zoomToRange(start: Date | number, end: Date | number): Promise<boolean> {
    if (!this.prepared) return this.updateComplete;
    const { k, center } = spanToZoom(this.prepared.domain, +start, +end);
    return this.zoomTo(k, center);
  }

  /** Shows the whole series. */
  resetZoom(): Promise<boolean> {
    this.zoom.reset();
    return this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.raf);
    clearTimeout(this.listTimer);
    this.zoom.detach();
  }

  private get narrow(): boolean {
    return this.resize.width < NARROW;
  }

  private get rtl(): boolean {
    return this.effectiveDir === 'rtl';
  }

  private baseScale() {
    return this.prepared && this.resize.width > 0
      ? baseScale(this.prepared.domain, this.resize.width, this.rtl)
      : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hashLinks') && this.hashLinks) this.hash.read();
    const series = this.loader.series;
    const lang = this.effectiveLang;
    const key = `${this.sectorFilter.join(',')}|${this.place?.id ?? ''}`;
    if (
      !this.prepared ||
      this.prepared.series !== series ||
      this.prepared.key !== key ||
      this.prepared.texts.lang !== lang
    ) {
      // New data for a zoomed-in reader (a refresh): keep showing the same period, not the same transform.
      const base =
        this.prepared && this.prepared.series !== series && this.transform.k !== 1 ? this.baseScale() : undefined;
      const period = base && this.transform.rescaleX(base).domain();
      const all = this.prepared?.series === series ? this.prepared.all : buildIndex(series.meetings);
      const held = this.place && new Set(this.place.meetings);
      const bySector = filterBySectors(all.meetings, this.sectorFilter);
      const index = key === '|' ? all : buildIndex(held ? bySector.filter((m) => held.has(m.id)) : bySector);
      const slots = this.prepared?.series === series ? this.prepared.hostSlots : hostSlots(all.meetings);
      this.prepared = {
        series,
        key,
        all,
        index,
        domain: timeDomain(all, series.eras),
        texts: new TextCache(index, lang, nounGender(series.series, lang)),
        hostSlots: slots,
        legend: legendModel(index.meetings, slots, lang),
        annotations: this.prepared?.series === series ? this.prepared.annotations : annotationSpans(series),
        summary: timelineSummary(series, index.meetings, lang),
      };
      if (period) void this.updateComplete.then(() => this.zoomToRange(period[0], period[1]));
    }
    this.chartStyle = this.styleFor(lang, this.theme, this.resize.width);
    this.model = this.chartFor(
      this.loader.state,
      this.prepared,
      this.transform,
      this.resize.width,
      this.chartHeight,
      lang,
      this.chartStyle.measure,
      this.chartStyle.measureStrong,
      this.selected,
      this.active,
      this.keyboard,
      this.rtl,
    );
  }

  /** The chart's model for this frame (marks, labels, ticks, eras), or undefined when no chart is drawn (no data, no size, narrow). */
  private readonly chartFor = memoize(
    (
      state: LoadState,
      prepared: Prepared,
      transform: ZoomTransform,
      width: number,
      height: number,
      lang: string,
      measure: Measure,
      measureStrong: Measure | undefined,
      selectedId: string | undefined,
      active: number | undefined,
      keyboard: boolean,
      rtl: boolean,
    ): ChartModel | undefined => {
      const { series, index, texts, hostSlots } = prepared;
      const base = this.baseScale();
      if (state !== 'ready' || series.meetings.length === 0 || !base || this.narrow) return undefined;
      const selected = selectedId === undefined ? undefined : index.position.get(selectedId);
      return chartModel({
        index,
        scale: transform.rescaleX(base),
        width,
        height,
        eras: series.eras ?? [],
        tracks: series.tracks,
        annotations: prepared.annotations,
        lang,
        texts,
        measure,
        measureStrong,
        selected,
        active: active ?? selected,
        keyboard,
        rtl,
        hostSlots,
      });
    },
  );

  /** The chart's height in px: as drawn once drawn (any CSS unit), else from `--mv-timeline-height` in px. */
  private get chartHeight(): number {
    return this.measuredHeight || this.chartStyle.height || 0;
  }

  private onZoom(t: ZoomTransform, fromUser: boolean): void {
    if (fromUser) {
      this.pending = t;
      this.raf ||= requestAnimationFrame(() => {
        this.raf = 0;
        if (this.pending) this.transform = this.pending;
      });
    } else if (t.k !== this.transform.k || t.x !== this.transform.x) {
      this.transform = t;
    }
  }

  private onZoomEnd(): void {
    clearTimeout(this.listTimer);
    this.listTimer = window.setTimeout(() => (this.listTransform = this.zoom.transform), 150);
  }

  protected override renderReady(lang: string): unknown {
    const { index, series, legend } = this.prepared!;
    const t = (key: TimelineMessageKey) => translate(timelineMessages, lang, key);
    const selectedPos = this.selected === undefined ? undefined : index.position.get(this.selected);
    const selectedMeeting = selectedPos === undefined ? undefined : index.meetings[selectedPos];
    const filter = this.sectorFilter;
    const sectorName = (id: string) => localize(series.sectors?.find((s) => s.id === id)?.label, lang) || id;
    const base = this.baseScale();
    let chart: unknown = nothing;
    if (this.model) {
      // The chart is the first tab stop and the toolbar one more (arrows between its buttons); CSS shows the toolbar above.
      const tabindex = (i: number) => this.toolbar.tabindex(i, 3);
      chart = html`${this.export ? this.exporter.render(lang) : nothing}<div class="stage">${renderChart(this.model, this.onChartClick, this.onChartKey)}
          <div class="toolbar" part="controls" role="toolbar" aria-label=${t('controls')} @keydown=${this.toolbar.onKeydown} @focusin=${this.toolbar.onFocusin}>
            <button type="button" part="zoom-in" tabindex=${tabindex(0)} @click=${() => this.zoom.scaleBy(2)}>${t('zoomIn')}</button>
            <button type="button" part="zoom-out" tabindex=${tabindex(1)} @click=${() => this.zoom.scaleBy(0.5)}>${t('zoomOut')}</button>
            <button type="button" part="reset" tabindex=${tabindex(2)} @click=${() => this.zoom.reset()}>${t('reset')}</button>
          </div>
        </div>
        <p id="help" class="visually-hidden">${t('help')}</p>
        ${selectedMeeting && this.details !== 'none' ? renderPanel(selectedMeeting, series, lang, this.theme, this.headingLevel ?? this.headings.level, this.closePanel) : nothing}`;
    }
    return this.renderFigure(
      lang,
      this.prepared!.summary,
      html`${
        filter.length || this.place
          ? html`<p class="filter" part="filter">${filter.length ? html`${t('showing')} ${formatList(filter.map(sectorName), lang)} ` : nothing}${
              this.place ? html`${t('showingPlace')} ${this.place.label} ` : nothing
            }<button type="button" @click=${this.clearFilter}>${t('clear')}</button></p>`
          : nothing
      }
      ${guard([legend, lang], () => renderLegend(legend, lang))}${chart}${this.renderTwin(lang, selectedMeeting?.id, base)}`,
    );
  }

  protected override meetingsOnScreen(): readonly Meeting[] {
    return this.prepared?.index.meetings ?? [];
  }

  /** While the data loads: the toolbar's and the chart's room (narrow, the list's length is not known yet). */
  protected override renderPlaceholder(lang: string): unknown {
    if (this.narrow) return nothing;
    const t = (key: TimelineMessageKey) => translate(timelineMessages, lang, key);
    // The legend's line too (a series almost always has hosts or formats to name); the data may wrap it further.
    const legendLine = (key: 'legendHosts' | 'legendFormats') =>
      html`<div class="legend-group"><span class="legend-title">${t(key)}</span><ul><li><span class="swatch"></span>${t(key)}</li></ul></div>`;
    return html`<div class="legend placeholder" aria-hidden="true">${legendLine('legendHosts')}${legendLine('legendFormats')}</div>
      <div class="stage placeholder" aria-hidden="true"><div class="chart"></div>
        <div class="toolbar">${(['zoomIn', 'zoomOut', 'reset'] as const).map((key) => html`<button type="button" tabindex="-1" disabled>${t(key)}</button>`)}</div>
      </div>`;
  }

  /**
   * The text twin (the list). Guarded on what it shows: a zoom step redraws the chart only, and the
   * list follows once the zoom ends (see onZoomEnd), redrawing the items of its new window.
   */
  private renderTwin(lang: string, selectedId: string | undefined, base: ReturnType<MeetingTimeline['baseScale']>) {
    const { index, series, hostSlots } = this.prepared!;
    const from = this.listFrom(index, base);
    const visible = !this.model;
    const headingLevel = this.headingLevel ?? this.headings.level;
    const showPanel = this.details !== 'none';
    return guard([index, from, series, lang, visible, selectedId, this.theme, headingLevel, showPanel, hostSlots], () =>
      renderList({
        meetings: index.meetings.slice(from, from + LIST_LIMIT),
        total: index.meetings.length,
        series,
        lang,
        visible,
        selectedId,
        theme: this.theme,
        headingLevel,
        showPanel,
        hostSlots,
        onSelect: (m) => this.select(index.position.get(m.id)!),
        onClose: this.closePanel,
      }),
    );
  }

  /** Where the list starts: the first meeting in the period shown when the list last followed the zoom. */
  private listFrom(index: TimelineIndex, base: ReturnType<MeetingTimeline['baseScale']>): number {
    if (index.meetings.length <= LIST_LIMIT || !base || this.narrow) return 0;
    const visible = this.listTransform.rescaleX(base);
    const t0 = Math.min(visible.invert(0), visible.invert(this.resize.width));
    return Math.max(0, Math.min(index.meetings.length - LIST_LIMIT, bisectLeft(index.starts, t0)));
  }

  /** Resolves once the gestures are attached too (their d3 code is loaded when the chart is first drawn). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.zoom.loading) {
      await this.zoom.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    this.zoom.attach(svg);
    if (this.prepared && svg) {
      const drawn = Math.round(svg.getBoundingClientRect().height);
      if (drawn > 0 && drawn !== this.chartHeight) this.measuredHeight = drawn;
      const config = `${this.resize.width}|${this.chartHeight}|${this.prepared.domain}`;
      if (config !== this.configured) {
        this.configured = config;
        this.zoom.configure(this.resize.width, this.chartHeight, maxZoom(this.prepared.domain));
      }
    }
    const base = this.baseScale();
    if (base && this.model) {
      const scale = this.transform.rescaleX(base);
      const key = `${this.transform.k}|${this.transform.x}|${this.resize.width}`;
      if (key !== this.reported) {
        const first = this.reported === '';
        this.reported = key;
        const [t0, t1] = [scale.invert(0), scale.invert(this.resize.width)].sort((x, y) => x - y);
        const [start, end] = [new Date(t0), new Date(t1)];
        if (!first || this.transform.k !== 1) fire(this, new ZoomChangeEvent({ k: this.transform.k, start, end }));
      }
    }
    if (changed.has('selected') && this.selected && changed.get('selected') !== undefined) this.reveal();
  }

  /** Pans (keeping the zoom) so the selected meeting is in view. */
  private reveal(): void {
    const pos = this.selected === undefined ? undefined : this.prepared?.index.position.get(this.selected);
    if (pos !== undefined && this.model && markOf(this.model.marks, pos) < 0)
      void this.zoomTo(this.transform.k, this.prepared!.index.starts[pos]);
  }

  private select(pos: number): void {
    const meeting = this.prepared?.index.meetings[pos];
    if (!meeting) return;
    this.active = pos;
    this.selected = meeting.id;
    fire(this, new MeetingSelectEvent({ id: meeting.id, meeting }));
    this.hash.write(meeting.id);
  }

  private readonly closePanel = (): void => {
    this.selected = undefined;
    if (this.hashLinks) history.replaceState(history.state, '', location.pathname + location.search);
  };

  private readonly clearFilter = (): void => {
    this.sectors = [];
    this.place = undefined;
    fire(this, new FilterChangeEvent({ sectors: [] }));
  };

  /** Selects a meeting mark, or zooms into a cluster. */
  private activateMark(i: number): void {
    const mark = this.model?.marks[i];
    if (!mark || !this.prepared) return;
    this.active = mark.first;
    if (mark.kind === 'meeting') return this.select(mark.first);
    const { starts, ends } = this.prepared.index;
    void this.zoomToRange(starts[mark.first], ends[mark.last - 1]);
  }

  private readonly onChartClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest('[data-mark]');
    this.keyboard = false;
    if (target) this.activateMark(Number(target.getAttribute('data-mark')));
  };

  private readonly onChartKey = (event: KeyboardEvent): void => {
    const action = keyAction(event, this.rtl);
    const model = this.model;
    if (!action || !model || !this.prepared) return;
    event.preventDefault();
    this.keyboard = true;
    const { index } = this.prepared;
    const n = index.meetings.length;
    const current = this.active ?? (this.selected ? index.position.get(this.selected) : undefined);
    const m = current === undefined ? -1 : markOf(model.marks, current);
    const go = (pos: number) => {
      this.active = Math.max(0, Math.min(n - 1, pos));
      if (markOf(model.marks, this.active) < 0) void this.zoomTo(this.transform.k, index.starts[this.active]);
    };
    switch (action.type) {
      case 'move':
        if (m < 0) go(model.marks[0]?.first ?? 0);
        else if (model.marks[m + action.by]) this.active = model.marks[m + action.by].first;
        else go(action.by > 0 ? model.marks[m].last : model.marks[m].first - 1);
        break;
      case 'first':
        return go(0);
      case 'last':
        return go(n - 1);
      case 'zoom':
        return this.zoom.scaleBy(action.factor, m >= 0 ? model.marks[m].x : undefined);
      case 'pan':
        return this.zoom.panBy(-action.by * this.resize.width * 0.25);
      case 'reset':
        return this.zoom.reset();
      case 'activate':
        if (m >= 0) this.activateMark(m);
        else if (model.marks.length) this.active = model.marks[0].first;
    }
  };
}
