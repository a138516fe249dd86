import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ChartElement } from '../shared/chart-element.js';
import { ResizeController } from '../shared/resize-controller.js';
import { LinkController } from '../shared/link-controller.js';
import { fire, PlaceSelectEvent } from '../shared/events.js';
import { textMeasurer } from '../shared/text-measure.js';
import { translate } from '../shared/lang.js';
import type { MeetingSeries } from '../data/schema.js';
import { messages } from './messages.js';
import { mapStyles } from './styles.js';
import { buildMapModel, firstInOrder, type MapModel, type MapPlace } from './model.js';
import { mapSummary } from './summary.js';
import type { PlacedLabel } from './labels.js';
import type { MapLayout } from './layout.js';
import { mapKeyAction } from './keyboard.js';
import type { ChartMark, ChartView } from './chart.js';
import { placeName, renderApart, renderDetails, renderLegend, renderTable } from './views.js';

type Geo = typeof import('./geo.js');

/** The map's drawing part (d3-geo, the basemap loader, label placement, the SVG templates): one chunk, loaded when the first map needs it. */
let geo: Geo | undefined;
let geoLoading: Promise<Geo> | undefined;
function loadGeo(): Promise<Geo> {
  geoLoading ??= import('./geo.js').then((module) => (geo = module));
  return geoLoading;
}

/** At most this many places are offered a label (the most important): a crowded map stays legible and fast. */
const LABELS_TRIED = 60;

/** A tap or click this close to a mark (px, beyond its radius) selects it: small marks are easy to hit with a finger. */
const TOUCH_SLOP = 12;

/**
 * A map of where a series' meetings were held: one mark per place, its area proportional to the
 * meetings held there and its colour its country's, over land only (coastlines, no borders: borders
 * are a political statement). The projection is fitted to the places (an equal-area conic over their
 * region, or a world view when they are spread wide). Meetings held by video link, or without
 * coordinates, are listed under the map, never drawn at a made-up place.
 *
 * Keyboard: the map is one tab stop (a listbox of places); arrows move between places from west to
 * east, Home / End go to the ends, Enter or Space selects, Escape clears. A visually hidden table
 * (place, country, meetings with dates) carries the same facts, and is what prints.
 *
 * d3-geo, topojson-client and the land file are loaded on first use: in the CDN build they are a
 * separate chunk and `land-110m.json` beside `meeting-viz.js`.
 *
 * @tag meeting-map
 * @summary Where the meetings were held: places sized by meetings, coloured by country, linked to a timeline.
 *
 * @fires place-select - A place was selected (click, tap, Enter/Space): `detail: { id, place, meetings }`, `meetings` being the ids of the meetings held there in time order; `id: null` when the selection is cleared. Bubbles, composed.
 * @fires data-loaded - The data was loaded, validated and drawn; `detail: { count }`.
 * @fires data-error - Loading or validation failed; `detail: { message, problems }`.
 *
 * @csspart map - The `<svg>` (a listbox of places).
 * @csspart place - One place's mark; also `selected` and `highlighted` (the place of the `meeting`). From 1,000 places on, the marks of each country are one path, part `places`.
 * @csspart places - A country's marks as one path, on a map of 1,000 places or more.
 * @csspart selected - The selected place's mark.
 * @csspart highlighted - The mark of the place where the `meeting` was held.
 * @csspart label - A place name on the map.
 * @csspart land - The basemap (land).
 * @csspart graticule - The lines of latitude and longitude.
 * @csspart outline - The outline of the globe (world view).
 * @csspart route - The line through the places in time order (`path`).
 * @csspart legend - The countries and their colours.
 * @csspart video - The line listing the meetings held by video link.
 * @csspart unplaced - The line listing in-person meetings without coordinates.
 * @csspart details - The selected place and its meetings.
 * @csspart clear - The button that clears the selection.
 * @csspart table - The visually hidden table twin.
 * @csspart status - The loading message.
 * @csspart error - The loading or validation error.
 *
 * @csspart figure - The `<figure>` around the map when furniture is set (`heading`, `dek`, `source`, `note`, `data-link` or their slots).
 * @csspart caption - The figure's caption: heading and dek.
 * @csspart heading - The heading (its level follows the page's outline).
 * @csspart dek - The line under the heading.
 * @csspart footer - The lines under the map: note, source, data link.
 * @csspart note - The note.
 * @csspart source - The source line ("Source: …", by default the data's publishers).
 * @csspart data-link - The "Get the data" link (or button, when it downloads the meetings as a file).
 * @csspart summary - The automatic summary of the map, in words: its accessible description; shown with `summary="visible"`.
 * @slot heading - Rich content for the heading (instead of the `heading` attribute).
 * @slot dek - Rich content for the dek.
 * @slot source - Rich content for the source line.
 * @slot note - Rich content for the note.
 * @cssprop --mv-figure-heading-size - Font size of the furniture's heading (default 1.25 × the element's font size, 17.5px).
 * @cssprop --mv-figure-small-size - Font size of the note, source and data link (default 6/7 of the element's font size, 12px).
 * @cssprop --mv-figure-gap - Space between the furniture and the map (default `0.5em`).
 * @cssprop --mv-map-land - Fill of the land (default: a light grey, dark grey in the dark theme).
 * @cssprop --mv-map-graticule - Lines of latitude and longitude.
 * @cssprop --mv-map-route - The `path` line (default: `--mv-color-muted`).
 * @cssprop --mv-map-label-size - Font size of place names (default `12px`).
 * @cssprop --mv-color-text - Text colour.
 * @cssprop --mv-color-muted - Secondary text (dates).
 * @cssprop --mv-color-background - Background, and the halo around marks and labels.
 * @cssprop --mv-color-accent - The ring around the `meeting`'s place.
 * @cssprop --mv-color-focus - Focus outline.
 * @cssprop --mv-font-family - Font (labels are measured in it).
 */
export class MeetingMap extends ChartElement {
  static override styles = [...ChartElement.styles, mapStyles];

  /**
   * Where the default basemap (world-atlas land-110m TopoJSON) is fetched from. Default:
   * `land-110m.json` beside the built module. Set it before the first map draws, e.g. to serve the
   * file from elsewhere; a page may instead pass its own GeoJSON as the `basemap` property.
   */
  static landUrl?: string;

  /** Highlights the place of the meeting with this id (e.g. `m30`), or the video list when it was held by video link. */
  @property({ reflect: true }) meeting?: string;

  /** The id of the selected place (e.g. `moscow`: the English city name in lower case, words joined by `-`). */
  @property({ reflect: true }) selected?: string;

  /** When set, draws a line through the places in time order, so the alternation between hosts reads at a glance. */
  @property({ type: Boolean, reflect: true }) path = false;

  /**
   * The id of an element whose selected meeting this map highlights, e.g. a `<meeting-timeline>`:
   * `<meeting-map follow="timeline1">`.
   */
  @property({ reflect: true }) follow?: string;

  /**
   * A GeoJSON object (or TopoJSON topology) drawn instead of the default land, e.g. with the borders a page
   * wants to show. Set it before the element is connected (or in the same task) and the default land file
   * is never fetched.
   */
  @property({ attribute: false }) basemap?: unknown;

  protected readonly meetingLink = new LinkController<string>(this, {
    sourceId: () => this.follow,
    event: 'meeting-select',
    fromEvent: (event) => (event.detail as { id?: string } | undefined)?.id,
    current: (source) => (source as Partial<{ selected: string }>).selected || undefined,
    apply: (id) => {
      if (id) this.meeting = id;
    },
  });

  /** The place holding the keyboard's virtual focus. */
  @state() private active?: string;
  @state() private geoState: 'loading' | 'ready' | 'failed' = geo ? 'ready' : 'loading';
  /** The default land once loaded (null: it could not be). */
  @state() private land?: unknown;

  private readonly size = new ResizeController(this);
  private model?: MapModel;
  private modelFor?: { series: MeetingSeries; lang: string };
  /** The map's summary in words (its accessible description). */
  private summaryText = '';
  private byId = new Map<string, MapPlace>();
  private layout?: MapLayout;
  private landPath = '';
  private landFor?: { layout: MapLayout; basemap: unknown };
  private route = '';
  private marks: ChartMark[] = [];
  /** The {@link LABELS_TRIED} marks with the most meetings, most first: the order labels are placed in. */
  private byImportance: ChartMark[] = [];
  private dense?: Array<[string, string]>;
  private labels: PlacedLabel[] = [];
  private landRequested = false;
  /**
   * What the map has drawn since its places were first laid out: the places (0), then the graticule (1),
   * then the land (2), a task each (the graticule and the land take 20 and 40–60 ms on a phone).
   */
  private furniture = 0;
  private furnitureNext = 0;
  /** What the place names were placed for: the selected and highlighted places, the language. */
  private labelsFor = '';
  private measure?: (text: string) => number;
  private font = '';
  private lineHeight = 16;

  /** The selected place, with its meetings. */
  get selectedPlace(): MapPlace | undefined {
    return this.selected ? this.byId.get(this.selected) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!geo) {
      loadGeo().then(
        () => (this.geoState = 'ready'),
        () => (this.geoState = 'failed'),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The land file is asked for as soon as the drawing chunk is here, while the data may still be
    // loading: it is then there for the drawing after the first.
    if (geo && !this.basemap && !this.landRequested) {
      this.landRequested = true;
      void geo.loadLand(MeetingMap.landUrl ?? geo.DEFAULT_LAND_URL).then((land) => (this.land = land ?? null));
    }
    const series = this.loader.series;
    const lang = this.effectiveLang;
    if (!this.model || this.modelFor?.series !== series || this.modelFor.lang !== lang) {
      this.model = buildMapModel(series, lang);
      this.modelFor = { series, lang };
      this.summaryText = mapSummary(this.model, lang);
      this.byId = new Map(this.model.places.map((p) => [p.id, p]));
      this.layout = undefined;
    }
    this.computeGeometry(changed);
  }

  /** Layout, land, route and labels, each recomputed only when what it depends on changed. */
  private computeGeometry(changed: PropertyValues<this>): void {
    const model = this.model!;
    const width = this.size.width || this.clientWidth;
    if (!geo || !width || !model.places.length) {
      this.layout = undefined;
      return;
    }
    let laidOut = false;
    if (!this.layout || this.layout.width !== Math.round(width)) {
      const points = model.places.map((p) => ({ id: p.id, lat: p.lat, lon: p.lon, count: p.meetings.length }));
      this.layout = geo.layoutMap(points, { width });
      this.marks = this.layout.marks.map(({ id, x, y, r }) => ({ id, x, y, r, place: this.byId.get(id)! }));
      // Only the busiest few are offered a label: picked, not a sort of every place.
      this.byImportance = firstInOrder(
        this.marks,
        LABELS_TRIED,
        (a, b) => b.place.meetings.length - a.place.meetings.length,
      );
      this.dense = this.marks.length >= geo.DENSE_FROM ? geo.densePaths(this.marks) : undefined;
      laidOut = true;
    }
    const layout = this.layout;
    // The first drawing shows the places; the graticule and the land follow (see `furniture`).
    this.computeLand();
    if (laidOut || changed.has('path')) {
      this.route = this.path
        ? geo.routePath(
            model.route.map((r) => r.placeId),
            layout.marks,
          )
        : '';
    }
    const labelsFor = `${this.selected}|${this.highlightId}|${this.effectiveLang}`;
    if (laidOut || labelsFor !== this.labelsFor) this.placeNames();
    this.labelsFor = labelsFor;
  }

  /** The land in the layout's projection (the page's basemap, else world-atlas land), once the map draws it. */
  private computeLand(): void {
    const layout = this.layout;
    const basemap = layout && this.furniture > 1 ? (this.basemap ?? this.land) : undefined;
    if (layout && (this.landFor?.layout !== layout || this.landFor.basemap !== basemap)) {
      this.landPath = basemap ? layout.path(basemap) : '';
      this.landFor = { layout, basemap };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The next piece of furniture: its geometry in a task, its drawing in the next.
    if (this.layout && this.furniture < 2 && !this.furnitureNext)
      this.furnitureNext = window.setTimeout(() => {
        this.furniture++;
        if (this.furniture === 1) void this.layout?.graticule;
        else this.computeLand();
        this.furnitureNext = window.setTimeout(() => {
          this.furnitureNext = 0;
          this.requestUpdate();
        });
      });
  }

  /** Names beside the marks: the selected and highlighted places first, then the busiest. */
  private placeNames(): void {
    const style = getComputedStyle(this);
    const size = parseFloat(style.getPropertyValue('--_label-size')) || 12;
    const font = `${size}px ${style.fontFamily}`;
    if (font !== this.font) {
      // Widths are cached per text until the font changes.
      this.font = font;
      this.lineHeight = Math.round(size * 1.3);
      this.measure = textMeasurer(font, size * 0.6);
    }
    const first = [this.selected, this.highlightId].filter((id): id is string => !!id && this.byId.has(id));
    const ordered = [
      ...first.map((id) => this.marks.find((m) => m.place.id === id)!).filter(Boolean),
      ...this.byImportance.slice(0, LABELS_TRIED).filter((m) => !first.includes(m.place.id)),
    ];
    const texts = new Map(ordered.map((m) => [m.place.id, m.place.name]));
    this.labels = geo!.placeLabels(ordered, texts, {
      width: this.layout!.width,
      height: this.layout!.height,
      measure: this.measure!,
      lineHeight: this.lineHeight,
      limit: LABELS_TRIED,
    });
  }

  private get highlightId(): string | undefined {
    return this.meeting ? this.model?.placeOf.get(this.meeting)?.id : undefined;
  }

  /** Selects a place (or clears the selection with `undefined`) and fires `place-select`. */
  select(id: string | undefined): void {
    const place = id ? this.byId.get(id) : undefined;
    this.selected = place?.id;
    if (place) this.active = place.id;
    fire(
      this,
      new PlaceSelectEvent({
        id: place?.id ?? null,
        place: place ?? null,
        meetings: place ? place.meetings.map((m) => m.id) : [],
      }),
    );
  }

  private readonly onClick = (event: MouseEvent): void => {
    let id = (event.target as Element).closest('[data-id]')?.getAttribute('data-id');
    // The listbox's coordinates are the marks' (a dense map listens on the stack around it and its backdrop).
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const matrix = svg?.getScreenCTM?.();
    if (!id && matrix && geo) {
      const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      id = geo.nearestMark(this.marks, at.x, at.y, TOUCH_SLOP)?.id;
    }
    if (id) this.select(id === this.selected ? undefined : id);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const at = this.marks.findIndex((m) => m.place.id === this.active);
    const action = mapKeyAction(event.key, at < 0 ? undefined : at, this.marks.length);
    if (!action || ('clear' in action && !this.selected)) return;
    event.preventDefault();
    if ('move' in action) this.active = this.marks[action.move].place.id;
    else if ('select' in action) {
      const id = this.marks[action.select].place.id;
      this.select(id === this.selected ? undefined : id);
    } else this.select(undefined);
  };

  private readonly onFocus = (): void => {
    this.active = this.marks[this.activeIndex()]?.place.id;
  };

  /** The mark with the keyboard's virtual focus: the last one moved to, else the selected or highlighted place, else the westernmost. */
  private activeIndex(): number {
    for (const id of [this.active, this.selected, this.highlightId]) {
      const at = id ? this.marks.findIndex((m) => m.place.id === id) : -1;
      if (at >= 0) return at;
    }
    return 0;
  }

  private renderMap(lang: string): unknown {
    const model = this.model!;
    if (!model.places.length)
      return html`<p part="status" class="status" role="status">${translate(messages, lang, 'noPlaces')}</p>`;
    if (this.geoState === 'failed')
      return html`<p part="error" class="error" role="alert">${translate(messages, lang, 'mapFailed')}</p>`;
    if (!geo) return html`<p part="status" class="status" role="status">${translate(messages, lang, 'loadingMap')}</p>`;
    const layout = this.layout;
    if (!layout) return nothing; // no width yet (display: none): drawn when shown
    const active = this.activeIndex();
    const view: ChartView = {
      width: layout.width,
      height: layout.height,
      world: layout.world,
      outline: layout.outline,
      graticule: this.furniture > 0 ? layout.graticule : '',
      land: this.landPath,
      route: this.route,
      marks: this.marks,
      dense: this.dense,
      labels: this.labels,
      active,
      activeName: placeName(this.marks[active].place, lang),
      selectedId: this.selected,
      highlightId: this.highlightId,
      label: translate(messages, lang, 'map'),
      routeLabel: translate(messages, lang, 'route'),
      onClick: this.onClick,
      onKeydown: this.onKeydown,
      onFocus: this.onFocus,
    };
    return html`${geo.renderChart(view)}<p id="help" class="visually-hidden">${translate(messages, lang, 'help')}</p>`;
  }

  protected override renderReady(lang: string): TemplateResult {
    const model = this.model!;
    // The table twin changes with the data and the language only: a highlight does not rebuild its rows.
    return this.renderFigure(
      lang,
      this.summaryText,
      html`${this.renderMap(lang)} ${renderLegend(model, lang)} ${renderApart(model, lang, this.meeting)}
    ${renderDetails(this.selectedPlace, lang, () => this.select(undefined))} ${guard([model, lang], () => renderTable(model, lang))}`,
    );
  }
}
