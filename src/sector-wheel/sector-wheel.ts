import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fire, GroupSelectEvent, SectorSelectEvent } from '../shared/events.js';
import { ResizeController } from '../shared/resize-controller.js';
import { LinkController } from '../shared/link-controller.js';
import { HeadingLevelController } from '../shared/heading-level.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { fontBoxHeight, svgLineHeight, textMeasurer } from '../shared/text-measure.js';
import { formatList, translate } from '../shared/lang.js';
import type { Meeting, MeetingSeries } from '../data/schema.js';
import { localizeWithLang } from '../data/text.js';
import { wheelMessages } from './messages.js';
import { wheelStyles } from './styles.js';
import { allSectors, buildWheelModel, type WheelModel, type WheelSector } from './model.js';
import { wheelSummary } from './summary.js';
import type { WeightMode, WheelArc, WheelLayout } from './layout.js';
import type { LabelFont, WheelLabel } from './labels.js';
import { wheelCentre, wheelGeometry } from './geometry.js';
import { memoize } from '../shared/memo.js';
import { tweenArcs } from './tween.js';
import { keyAction } from './keyboard.js';
import { renderChart, type ChartView, type TreeItemInfo } from './chart.js';
import { ExportController, exportStyles } from '../export/controller.js';
import { ExportableElement } from '../export/exportable.js';
import {
  renderBreadcrumbs,
  renderDetails,
  renderLegend,
  renderTable,
  renderUntouchedNote,
  weightText,
} from './views.js';

const ZOOM_MS = 450;

/**
 * A radial chart of the sectors a meeting series (or one meeting) touched: an inner ring of sector
 * groups and an outer ring of sectors, each wedge as wide as the sector's weight. With `meeting`, only
 * the sectors that meeting touched are drawn; one line under the chart counts the others (the table
 * lists them). Long sector names wrap onto two lines.
 *
 * Keyboard: the wedges form one tree with one tab stop. Left/Right move around a ring, Down goes to a
 * group's first sector, Up to its group, Enter or Space selects a sector or zooms into a group,
 * Escape or Home zooms back out. The breadcrumbs above the wheel are the next stop, one for all
 * (Left/Right between them). A visually hidden table carries the same figures.
 *
 * @tag sector-wheel
 * @summary Sunburst of sector groups and sectors, weighted by meetings or documents.
 *
 * @fires {SectorSelectEvent} sector-select - A sector was selected (click, tap, Enter/Space). `detail: { id, sector, meetings }`, `meetings` being the ids of the meetings touching it. Bubbles, composed.
 * @fires {GroupSelectEvent} group-select - The wheel zoomed into a group (`detail: { id, label, sectors }`) or back out (`id: null`). Bubbles, composed.
 * @fires {DataLoadedEvent} data-loaded - The data was loaded, validated and drawn.
 * @fires {DataErrorEvent} data-error - The data could not be loaded, or some records were invalid.
 *
 * @csspart wheel - The chart's `<svg>`.
 * @csspart group - A wedge of the inner ring (a sector group).
 * @csspart sector - A wedge of the outer ring; also `selected`, `empty` (not touched in scope) and `more` (thin sectors gathered together).
 * @csspart selected - The selected sector's wedge.
 * @csspart label - A wedge label.
 * @csspart centre - The text in the middle: what is shown and the selected sector's figures.
 * @csspart breadcrumbs - The zoom-level buttons above the wheel.
 * @csspart crumb - One zoom-level button.
 * @csspart legend - The list of groups and their colours.
 * @csspart details - The selected sector's meetings and documents.
 * @csspart untouched-note - With `meeting`: the line under the chart counting the series' sectors that meeting did not touch.
 * @csspart table - The visually hidden table alternative.
 * @csspart error - A message when the data or the `meeting` cannot be shown.
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
 * @cssprop --mv-wheel-max-height - The tallest the drawing may be (any CSS length; default `100vh`). Its height follows its width, sized to the ring plus its labels, up to this.
 * @cssprop --mv-wheel-separator - Colour of the lines between wedges (default: the background).
 * @cssprop --mv-wheel-label-size - Font size of wedge labels (default `12px`).
 * @cssprop --mv-color-text - Text colour.
 * @cssprop --mv-color-background - Background colour.
 * @cssprop --mv-color-focus - Focus ring colour.
 * @cssprop --mv-font-family - Font family (labels are measured in it).
 */
export class SectorWheel extends ExportableElement {
  static override styles = [...ExportableElement.styles, wheelStyles, exportStyles];

  /**
   * Restricts the wheel to the meeting with this id: only the sectors it touched are drawn, the others
   * counted in one line under the chart. Default: the only meeting of a single-meeting file (every
   * sector drawn), else the whole series.
   */
  @property({ reflect: true }) meeting?: string;

  /** `count` (default): wedges as wide as the number of meetings (series) or documents and commitments (one meeting). `equal`: equal wedges. */
  @property({ reflect: true }) weight: WeightMode = 'count';

  /** `none` hides the legend. */
  @property({ reflect: true }) legend: 'auto' | 'none' = 'auto';

  /** The id of the group zoomed into; unset for the whole wheel. Set it to start zoomed in (stories, deep links). */
  @property({ reflect: true }) group?: string;

  /** The id of the selected sector. */
  @property({ reflect: true }) selected?: string;

  /**
   * Heading level (1–6) of the selected sector's title under the wheel; its sub-headings use the
   * next level. Default: one below the nearest heading before the wheel in the page, else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /**
   * The id of an element whose selected meeting this wheel shows, e.g. a `<meeting-timeline>`:
   * `<sector-wheel follow="timeline1">` turns to each meeting the reader picks there, and scrolls into
   * view when that happens while it is off-screen.
   */
  @property({ reflect: true }) follow?: string;

  /** Shows a small menu to download the wheel as PNG or SVG, or the meetings in scope as CSV or JSON. */
  @property({ type: Boolean, reflect: true }) export = false;

  protected readonly meetingLink = new LinkController<string>(this, {
    sourceId: () => this.follow,
    event: 'meeting-select',
    reveal: true,
    fromEvent: (event) => event.detail?.id,
    current: (source) => (source as Partial<{ selected: string }>).selected || undefined,
    apply: (id) => {
      if (id) this.meeting = id;
    },
  });

  /** The wedge holding the tree's one tab stop. */
  private activeId?: string;
  @state() private showAll = false;
  /** The wedges mid-zoom, drawn instead of the layout's until the zoom ends: all an animation frame changes. */
  @state() private animatedArcs?: WheelArc[];
  private groupChanged = false;

  private readonly size = new ResizeController(this);
  private frame = 0;
  private pendingFocus = false;
  private readonly headings = new HeadingLevelController(this);
  private readonly crumbs = new RovingFocus(this, () => [
    ...this.renderRoot.querySelectorAll<HTMLElement>('.breadcrumbs button'),
  ]);

  protected override readonly exporter = new ExportController(this, 'sector-wheel', () => {
    if (!this.model || !this.layout || !this.font) return undefined;
    const { rings, arcs } = this.layout;
    const labelSize = parseFloat(getComputedStyle(this).getPropertyValue('--_label-size')) || 12;
    const drawing = {
      width: rings.cx * 2,
      height: this.height,
      rings,
      arcs,
      labels: this.labels,
      centre: this.centre,
      lineHeight: this.font.lineHeight,
      labelSize,
      selectedId: this.selected,
    };
    return { kind: 'wheel', drawing, model: this.model, focus: this.group };
  });
  // Derived in willUpdate from what changed; render only reads these.
  private model?: WheelModel;
  private modelError = '';
  /** The wheel's summary in words (its accessible description). */
  private summaryText = '';
  private layout?: WheelLayout;
  private labels: WheelLabel[] = [];
  private centre: ChartView['centre'] = [];
  /** The drawing's height, and the maximum it was fitted to. */
  private height = 0;
  private maxHeight = 0;
  private infos = new Map<string, TreeItemInfo>();
  private font: LabelFont = { measure: (text) => text.length * 7, lineHeight: 16 };

  /** The labels' font, read from the computed style only when something that may change it did. */
  private readonly fontFor = memoize((_lang: string, _theme: string | undefined, _width: number): LabelFont => {
    const style = getComputedStyle(this);
    const size = parseFloat(style.getPropertyValue('--_label-size')) || 12;
    // One measurer per font (shared/text-measure): its cached widths live until the font changes.
    const font = `${size}px ${style.fontFamily}`;
    // Rows as tall as the engine's own SVG text box (19 px for 12 px text in Firefox and WebKit).
    return {
      measure: textMeasurer(font, size * 0.6),
      lineHeight: Math.max(
        Math.round(size * 1.3),
        Math.ceil(fontBoxHeight(font) ?? 0),
        svgLineHeight(font, this.renderRoot as ShadowRoot, 0),
      ),
    };
  });

  private readonly summaryFor = memoize((model: WheelModel, series: MeetingSeries, lang: string) =>
    wheelSummary(model, series, lang),
  );

  private readonly modelFor = memoize((series: MeetingSeries, meetingId: string | undefined, lang: string) =>
    buildWheelModel(series, { meetingId, lang, otherLabel: translate(wheelMessages, lang, 'other') }),
  );

  private readonly layoutFor = memoize(
    (
      model: WheelModel,
      width: number,
      weight: WeightMode,
      focus: string | undefined,
      showAll: boolean,
      font: LabelFont,
      lang: string,
      rtl: boolean,
      maxHeight: number,
    ) =>
      wheelGeometry(model, {
        width,
        lang,
        weight,
        focus,
        showAll,
        measure: font.measure,
        lineHeight: font.lineHeight,
        rtl,
        maxHeight,
      }),
  );

  private readonly centreFor = memoize(
    (model: WheelModel, radius: number, sector: WheelSector | undefined, font: LabelFont, lang: string) =>
      wheelCentre(model, radius, sector, lang, font),
  );

  private readonly infosFor = memoize((model: WheelModel, arcs: WheelArc[], lang: string) => {
    const infos = new Map<string, TreeItemInfo>();
    for (const arc of arcs) infos.set(arc.key, this.itemInfo(model, arcs, arc, lang));
    return infos;
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
    this.animatedArcs = undefined;
  }

  /**
   * Model, wedges, labels and the centre, each computed again only when what it depends on changed.
   * The data is already loaded here: the base element syncs its loader in `shouldUpdate`.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.groupChanged ||= changed.has('group');
    const { state, series } = this.loader;
    if (state !== 'ready' || series.meetings.length === 0) return;
    const lang = this.effectiveLang;
    const result = this.modelFor(series, this.meeting, lang);
    if ('error' in result) {
      this.model = this.layout = undefined;
      this.modelError = translate(
        wheelMessages,
        lang,
        result.error === 'unknown-meeting' ? 'unknownMeeting' : 'noSectors',
        { id: result.id ?? '' },
      );
      return;
    }
    this.model = result.model;
    this.modelError = '';
    this.summaryText = this.summaryFor(result.model, series, lang);
    const width = Math.max(200, this.size.width || this.clientWidth || 320);
    this.font = this.fontFor(lang, this.theme, width);
    const previous = this.layout;
    // The drawing is the ring plus its labels, up to the page's maximum height (read from a probe).
    this.maxHeight = this.readMaxHeight();
    ({
      layout: this.layout,
      labels: this.labels,
      height: this.height,
    } = this.layoutFor(
      this.model,
      width,
      this.weight,
      this.focusGroup()?.id,
      this.showAll,
      this.font,
      lang,
      this.effectiveDir === 'rtl',
      this.maxHeight,
    ));
    const zoomed = this.groupChanged && this.layout !== previous && !!previous?.arcs.length;
    this.groupChanged = false;
    if (zoomed && !matchMedia('(prefers-reduced-motion: reduce)').matches)
      this.startZoom(tweenArcs(previous!.arcs, this.layout.arcs));
    if (!this.layout.arcs.some((a) => a.key === this.activeId)) this.activeId = this.layout.arcs[0]?.key;
    this.centre = this.centreFor(this.model, this.layout.rings.centre, this.sectorById(this.selected), this.font, lang);
    this.infos = this.infosFor(this.model, this.layout.arcs, lang);
  }

  /** `--mv-wheel-max-height` in px, as the browser makes it absolute on a probe; the window's height (the default) until the probe is drawn. */
  private readMaxHeight(): number {
    const probe = this.renderRoot.querySelector('.max-height');
    if (!probe) return window.innerHeight;
    const value = getComputedStyle(probe).maxHeight;
    if (value === 'none') return Infinity;
    return value.endsWith('px') && parseFloat(value) > 0 ? parseFloat(value) : window.innerHeight;
  }

  /** Plays a zoom: each frame only sets the in-between wedges. */
  private startZoom(tween: (t: number) => WheelArc[]): void {
    cancelAnimationFrame(this.frame);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ZOOM_MS);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      this.animatedArcs = t < 1 ? tween(eased) : undefined;
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.animatedArcs = tween(0);
    this.frame = requestAnimationFrame(step);
  }

  private focusGroup() {
    return this.group ? this.model?.groups.find((g) => g.id === this.group) : undefined;
  }

  private sectorById(id: string | undefined): WheelSector | undefined {
    return id && this.model ? allSectors(this.model).find((s) => s.id === id) : undefined;
  }

  protected override updated(): void {
    // The page's maximum height is known once the probe is drawn (or when it changed): fit again, next frame.
    if (this.layout && this.readMaxHeight() !== this.maxHeight)
      this.frame = requestAnimationFrame(() => this.requestUpdate());
    if (!this.pendingFocus) return;
    this.pendingFocus = false;
    (this.renderRoot.querySelector(`[data-key="${CSS.escape(this.activeId ?? '')}"]`) as SVGElement | null)?.focus();
  }

  /** Zooms into a group, or out to the whole wheel with `undefined`, and fires `group-select`. */
  zoomTo(id: string | undefined): void {
    if ((id ?? undefined) === (this.focusGroup()?.id ?? undefined)) return;
    const from = this.group;
    this.group = id;
    this.showAll = false;
    this.activeId = `group:${id ?? from}`;
    const group = id ? this.model?.groups.find((g) => g.id === id) : undefined;
    const sectors = (group ? [group] : (this.model?.groups ?? [])).flatMap((g) => g.sectors.map((s) => s.id));
    fire(this, new GroupSelectEvent({ id: id ?? null, label: group?.label ?? null, sectors }));
  }

  /** Selects a sector and fires `sector-select`. */
  select(id: string): void {
    const sector = this.sectorById(id);
    if (!sector) return;
    this.selected = id;
    fire(this, new SectorSelectEvent({ id, sector, meetings: [...sector.meetings] }));
  }

  private activate(arc: WheelArc, fromKeyboard = false): void {
    this.activeId = arc.key;
    this.pendingFocus = fromKeyboard;
    this.requestUpdate();
    if (arc.kind === 'group') this.zoomTo(this.group === arc.id ? undefined : arc.id);
    else if (arc.kind === 'more') {
      if (this.group === arc.groupId) this.showAll = true;
      else this.zoomTo(arc.groupId);
    } else this.select(arc.id);
  }

  private onKeydown(event: KeyboardEvent, arc: WheelArc): void {
    const action = keyAction(this.layout?.arcs ?? [], arc, event.key, this.effectiveDir === 'rtl');
    if (!action || ('zoomOut' in action && !this.group)) return;
    event.preventDefault();
    if ('activate' in action) this.activate(arc, true);
    else if ('zoomOut' in action) {
      this.pendingFocus = true;
      this.zoomTo(undefined);
    } else if ('move' in action) {
      this.activeId = action.move.key;
      this.pendingFocus = true;
      this.requestUpdate();
    }
  }

  private itemInfo(model: WheelModel, arcs: WheelArc[], arc: WheelArc, lang: string): TreeItemInfo {
    const group = model.groups.find((g) => g.id === arc.groupId);
    const figure = weightText(model, arc.weight, lang);
    if (arc.kind === 'group') {
      const groups = arcs.filter((a) => a.kind === 'group');
      const count = translate(wheelMessages, lang, 'groupSummary', { count: group?.sectors.length ?? 0 });
      return {
        name: `${arc.label}: ${figure}, ${count}`,
        level: 1,
        setsize: groups.length,
        posinset: groups.indexOf(arc) + 1,
        expanded: true,
      };
    }
    const siblings = arcs.filter((a) => a.kind !== 'group' && a.groupId === arc.groupId);
    const members = arc.members?.map((id) => this.sectorById(id)?.label ?? id);
    const name = `${arc.label} — ${group?.label ?? ''}: ${figure}${members ? ` (${formatList(members, lang)})` : ''}`;
    return {
      name,
      level: 2,
      setsize: siblings.length,
      posinset: siblings.indexOf(arc) + 1,
      ...(arc.kind === 'more' ? { expanded: false } : {}),
    };
  }

  /** While the data loads: the room of the wheel (a square, at most `--mv-wheel-max-height` tall) and its breadcrumbs. */
  protected override renderPlaceholder(): unknown {
    return html`<div class="stage placeholder" aria-hidden="true"><div class="wheel-room"></div><div class="breadcrumbs"></div></div>`;
  }

  protected override renderReady(lang: string): TemplateResult {
    if (!this.model || !this.layout) return html`<p part="error" class="error" role="alert">${this.modelError}</p>`;
    const model = this.model;
    const focus = this.focusGroup();
    const width = this.layout.rings.cx * 2;
    const title = localizeWithLang(model.title, lang).text;
    const view: ChartView = {
      width,
      height: this.height,
      rings: this.layout.rings,
      arcs: this.animatedArcs ?? this.layout.arcs,
      labels: this.animatedArcs ? [] : this.labels,
      centre: this.centre,
      lineHeight: this.font.lineHeight,
      treeLabel: [translate(wheelMessages, lang, 'wheel'), title, focus?.label].filter(Boolean).join(' — '),
      activeId: this.activeId,
      selectedId: this.selected,
      // A wedge that is leaving mid-zoom is no longer in the layout: worked out as it is drawn.
      info: (arc) => this.infos.get(arc.key) ?? this.itemInfo(model, this.layout!.arcs, arc, lang),
      onActivate: (arc) => this.activate(arc),
      onKeydown: (event, arc) => this.onKeydown(event, arc),
      onFocus: (arc) => {
        if (this.activeId === arc.key) return;
        this.activeId = arc.key;
        this.requestUpdate();
      },
    };
    const table = renderTable(model, focus ? [focus] : model.groups, lang);
    // A meeting that touched no sector of the series: nothing to draw, the line says so.
    if (!model.groups.length)
      return this.renderFigure(lang, this.summaryText, html`${renderUntouchedNote(model, lang)} ${table}`);
    // The wheel is the first tab stop and the breadcrumbs one more; CSS shows them above the wheel.
    return this.renderFigure(
      lang,
      this.summaryText,
      html`${this.export ? this.exporter.render(lang) : nothing}<div class="max-height" aria-hidden="true"></div>
    <div class="stage">${renderChart(view)} ${renderBreadcrumbs(focus, lang, (id) => this.zoomTo(id), this.crumbs)}</div>
    ${renderUntouchedNote(model, lang)} ${this.legend === 'none' ? nothing : renderLegend(model, lang)} ${renderDetails(model, this.loader.series, this.sectorById(this.selected), lang, this.headingLevel ?? this.headings.level)}
    ${table}`,
    );
  }

  protected override meetingsOnScreen(): readonly Meeting[] {
    return this.model?.meeting ? [this.model.meeting] : this.series.meetings;
  }
}
