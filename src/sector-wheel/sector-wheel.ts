import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MeetingVizElement } from '../shared/base-element.js';
import { ResizeController } from '../shared/resize-controller.js';
import { LinkController } from '../shared/link-controller.js';
import { HeadingLevelController } from '../shared/heading-level.js';
import { RovingFocus } from '../shared/roving-focus.js';
import { fontBoxHeight, textMeasurer } from '../shared/text-measure.js';
import { translate } from '../shared/lang.js';
import { localizeWithLang } from '../data/text.js';
import { messages } from './messages.js';
import { wheelStyles } from './styles.js';
import { allSectors, buildWheelModel, type WheelModel, type WheelSector } from './model.js';
import { layoutWheel, wheelHeight, type WeightMode, type WheelArc, type WheelLayout } from './layout.js';
import { fitText, layoutLabels, outsideColumnHeight, outsideLabelRoom, wrapText, type Measure, type WheelLabel } from './labels.js';
import { tweenArcs } from './tween.js';
import { keyAction } from './keyboard.js';
import { renderChart, type ChartView, type TreeItemInfo } from './chart.js';
import { renderBreadcrumbs, renderDetails, renderLegend, renderTable, weightText } from './views.js';

/** Detail of `sector-select`. */
export interface SectorSelectDetail {
  id: string;
  sector: WheelSector;
  /** Ids of the meetings in scope that touch the sector. */
  meetings: string[];
}

/** Detail of `group-select`: the group drilled into, or `id: null` when zooming back out to the whole wheel. */
export interface GroupSelectDetail {
  id: string | null;
  /** The group's label in the element's language, or null for the whole wheel. */
  label: string | null;
  /** Ids of the sectors now shown. */
  sectors: string[];
}

/** Width from which sector labels sit beside the wheel with leader lines instead of inside their wedges. */
const OUTSIDE_LABELS_FROM = 480;
const ZOOM_MS = 450;

/**
 * A radial chart of the sectors a meeting series (or one meeting) touched: an inner ring of sector
 * groups and an outer ring of sectors, each wedge as wide as the sector's weight.
 *
 * Keyboard: the wedges form one tree with one tab stop. Left/Right move around a ring, Down goes to a
 * group's first sector, Up to its group, Enter or Space selects a sector or zooms into a group,
 * Escape or Home zooms back out. The breadcrumbs above the wheel are the next stop, one for all
 * (Left/Right between them). A visually hidden table carries the same figures.
 *
 * @tag sector-wheel
 * @summary Sunburst of sector groups and sectors, weighted by meetings or documents.
 *
 * @fires sector-select - A sector was selected (click, tap, Enter/Space). `detail: { id, sector, meetings }`, `meetings` being the ids of the meetings touching it. Bubbles, composed.
 * @fires group-select - The wheel zoomed into a group (`detail: { id, label, sectors }`) or back out (`id: null`). Bubbles, composed.
 * @fires data-loaded - The data was loaded and validated.
 * @fires data-error - The data could not be loaded, or some records were invalid.
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
 * @csspart table - The visually hidden table alternative.
 * @csspart error - A message when the data or the `meeting` cannot be shown.
 *
 * @cssprop --mv-wheel-max-height - The tallest the drawing may be (any CSS length; default `100vh`). Its height follows its width, sized to the ring plus its labels, up to this.
 * @cssprop --mv-wheel-separator - Colour of the lines between wedges (default: the background).
 * @cssprop --mv-wheel-label-size - Font size of wedge labels (default `12px`).
 * @cssprop --mv-color-text - Text colour.
 * @cssprop --mv-color-background - Background colour.
 * @cssprop --mv-color-focus - Focus ring colour.
 * @cssprop --mv-font-family - Font family (labels are measured in it).
 */
export class SectorWheel extends MeetingVizElement {
  static override styles = [...MeetingVizElement.styles, wheelStyles];

  /** Restricts the wheel to the meeting with this id. Default: the only meeting of a single-meeting file, else the whole series. */
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

  protected readonly meetingLink = new LinkController<string>(this, {
    sourceId: () => this.follow,
    event: 'meeting-select',
    reveal: true,
    fromEvent: (event) => (event.detail as { id?: string } | undefined)?.id,
    current: (source) => (source as Partial<{ selected: string }>).selected || undefined,
    apply: (id) => {
      if (id) this.meeting = id;
    },
  });

  /** The wedge holding the tree's one tab stop. */
  private activeId?: string;
  @state() private showAll = false;
  /** The wedges mid-zoom; drawn instead of the layout's until the zoom ends. */
  private animatedArcs?: WheelArc[];
  private groupChanged = false;

  private readonly size = new ResizeController(this);
  private readonly headings = new HeadingLevelController(this);
  private readonly crumbs = new RovingFocus(this, () => [...this.renderRoot.querySelectorAll<HTMLElement>('.breadcrumbs button')]);
  private model?: WheelModel;
  private modelError = '';
  private layout?: WheelLayout;
  private labels: WheelLabel[] = [];
  private measure: Measure = (text) => text.length * 7;
  private lineHeight = 16;
  /** The drawing's height, and the maximum it was fitted to. */
  private height = 0;
  private maxHeight = 0;
  private frame = 0;
  private pendingFocus = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.groupChanged ||= changed.has('group');
  }

  /** Model, wedges and labels for the current data, size and zoom (run while rendering: the data is loaded during the update). */
  private compute(lang: string): void {
    const result = buildWheelModel(this.loader.series, { meetingId: this.meeting, lang, otherLabel: translate(messages, lang, 'other') });
    if ('error' in result) {
      this.model = this.layout = undefined;
      this.modelError = translate(messages, lang, result.error === 'unknown-meeting' ? 'unknownMeeting' : 'noSectors', { id: result.id ?? '' });
      return;
    }
    this.model = result.model;
    this.modelError = '';
    this.useFont();
    const width = Math.max(200, this.size.width || this.clientWidth || 320);
    const focus = this.focusGroup()?.id;
    const outside = width >= OUTSIDE_LABELS_FROM;
    const labelRoom = outside ? outsideLabelRoom(allSectors(this.model).map((s) => s.label), width, this.measure) : 0;
    const previous = this.layout;
    const more = (count: number) => translate(messages, lang, 'more', { count });
    // The drawing is the ring plus its labels: as tall as the ring, or as the outside labels need (the ring stays the same).
    const maxHeight = this.maxHeight = this.readMaxHeight();
    const options = { width, weight: this.weight, focus, labelRoom, minArc: focus && this.showAll ? 0.5 : 8 };
    let height = wheelHeight(width, { labelRoom, maxHeight });
    this.layout = layoutWheel(this.model, { ...options, height }, more);
    if (outside) {
      const fitted = wheelHeight(width, { labelRoom, maxHeight, labelColumn: outsideColumnHeight(this.layout.arcs, this.lineHeight) });
      if (fitted !== height) this.layout = layoutWheel(this.model, { ...options, height: (height = fitted) }, more);
    }
    this.height = height;
    this.labels = layoutLabels(this.layout.arcs, this.layout.rings, { width, height, measure: this.measure, lineHeight: this.lineHeight, mode: outside ? 'outside' : 'inside' });
    const zoomed = this.groupChanged;
    this.groupChanged = false;
    if (zoomed && previous && previous.arcs.length && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.startZoom(tweenArcs(previous.arcs, this.layout.arcs));
    }
    if (!this.layout.arcs.some((a) => a.key === this.activeId)) this.activeId = this.layout.arcs[0]?.key;
  }

  /** `--mv-wheel-max-height` in px, as the browser makes it absolute on a probe; the window's height (the default) until the probe is drawn. */
  private readMaxHeight(): number {
    const probe = this.renderRoot.querySelector('.max-height');
    if (!probe) return window.innerHeight;
    const value = getComputedStyle(probe).maxHeight;
    if (value === 'none') return Infinity;
    return value.endsWith('px') && parseFloat(value) > 0 ? parseFloat(value) : window.innerHeight;
  }

  /** Measures labels with the font they are drawn in. */
  private useFont(): void {
    const style = getComputedStyle(this);
    const size = parseFloat(style.getPropertyValue('--_label-size')) || 12;
    const font = `${size}px ${style.fontFamily}`;
    // Rows of labels must clear the font's real line box, taller than 1.3 em in some fonts.
    this.lineHeight = Math.max(Math.round(size * 1.3), Math.ceil(fontBoxHeight(font) ?? 0));
    this.measure = textMeasurer(font, size * 0.6);
  }

  private startZoom(tween: (t: number) => WheelArc[]): void {
    cancelAnimationFrame(this.frame);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / ZOOM_MS);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      this.animatedArcs = t < 1 ? tween(eased) : undefined;
      this.requestUpdate();
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
    if (this.layout && this.readMaxHeight() !== this.maxHeight) this.frame = requestAnimationFrame(() => this.requestUpdate());
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
    this.dispatchEvent(new CustomEvent<GroupSelectDetail>('group-select', { detail: { id: id ?? null, label: group?.label ?? null, sectors }, bubbles: true, composed: true }));
  }

  /** Selects a sector and fires `sector-select`. */
  select(id: string): void {
    const sector = this.sectorById(id);
    if (!sector) return;
    this.selected = id;
    this.dispatchEvent(new CustomEvent<SectorSelectDetail>('sector-select', { detail: { id, sector, meetings: [...sector.meetings] }, bubbles: true, composed: true }));
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
    const action = keyAction(this.layout?.arcs ?? [], arc, event.key);
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

  private itemInfo(arc: WheelArc, lang: string): TreeItemInfo {
    const model = this.model!;
    const arcs = this.layout?.arcs ?? [];
    const group = model.groups.find((g) => g.id === arc.groupId);
    const figure = weightText(model, arc.weight, lang);
    if (arc.kind === 'group') {
      const groups = arcs.filter((a) => a.kind === 'group');
      const count = translate(messages, lang, 'groupSummary', { count: group?.sectors.length ?? 0 });
      return { name: `${arc.label}: ${figure}, ${count}`, level: 1, setsize: groups.length, posinset: groups.indexOf(arc) + 1, expanded: true };
    }
    const siblings = arcs.filter((a) => a.kind !== 'group' && a.groupId === arc.groupId);
    const members = arc.members?.map((id) => this.sectorById(id)?.label ?? id).join(', ');
    const name = `${arc.label} — ${group?.label ?? ''}: ${figure}${members ? ` (${members})` : ''}`;
    return { name, level: 2, setsize: siblings.length, posinset: siblings.indexOf(arc) + 1, ...(arc.kind === 'more' ? { expanded: false } : {}) };
  }

  private centreLines(lang: string): ChartView['centre'] {
    const model = this.model!;
    const r = this.layout!.rings.centre;
    const lh = this.lineHeight;
    const total = Math.max(1, Math.floor((1.5 * r) / lh));
    const sector = this.sectorById(this.selected);
    const used = Math.min(total, sector ? 4 : 3);
    const width = 2 * Math.sqrt(Math.max(0, r * r - ((used * lh) / 2) ** 2)) || r;
    const title = localizeWithLang(model.title, lang);
    const titleText = title.text || translate(messages, lang, 'wheel');
    const titleLines = wrapText(titleText, width, Math.max(1, used - (sector ? 2 : 0)), this.measure).map((text) => ({ text, lang: title.lang }));
    if (!sector || used < 3) return titleLines;
    return [
      ...titleLines,
      // Bold is wider than the measured regular weight: leave it room.
      { text: fitText(sector.label, width * 0.88, this.measure), strong: true, lang: sector.labelLang },
      { text: fitText(weightText(model, sector.weight, lang), width, this.measure) },
    ];
  }

  protected override renderReady(lang: string): TemplateResult {
    this.compute(lang);
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
      centre: this.centreLines(lang),
      lineHeight: this.lineHeight,
      treeLabel: [translate(messages, lang, 'wheel'), title, focus?.label].filter(Boolean).join(' — '),
      activeId: this.activeId,
      selectedId: this.selected,
      info: (arc) => this.itemInfo(arc, lang),
      onActivate: (arc) => this.activate(arc),
      onKeydown: (event, arc) => this.onKeydown(event, arc),
      onFocus: (arc) => {
        if (this.activeId === arc.key) return;
        this.activeId = arc.key;
        this.requestUpdate();
      },
    };
    // The wheel is the first tab stop and the breadcrumbs one more; CSS shows them above the wheel.
    return html`<div class="max-height" aria-hidden="true"></div>
    <div class="stage">${renderChart(view)} ${renderBreadcrumbs(focus, lang, (id) => this.zoomTo(id), this.crumbs)}</div>
    ${this.legend === 'none' ? nothing : renderLegend(model, lang)} ${renderDetails(model, this.loader.series, this.sectorById(this.selected), lang, this.headingLevel ?? this.headings.level)}
    ${renderTable(model, focus ? [focus] : model.groups, lang)}`;
  }
}
