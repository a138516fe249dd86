import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Meeting, MeetingSeries, Sector, SeriesInfo } from '../data/schema.js';
import { LinkController } from '../shared/link-controller.js';
import { HeadingLevelController } from '../shared/heading-level.js';
import { validate, type Problem } from '../data/validate.js';
import { MeetingVizElement } from '../shared/base-element.js';
import { translate } from '../shared/lang.js';
import { fire, DataErrorEvent, type DataErrorDetail } from '../shared/events.js';
import { cardMessages } from './messages.js';
import { renderCard } from './views.js';
import { cardStyles } from './styles.js';

/** What the card is showing, worked out from `meeting` and the loaded data. */
type Resolved =
  | { kind: 'meeting'; meeting: Meeting; sectors: ReadonlyMap<string, Sector> }
  | { kind: 'missing'; id: string }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'choose'; count: number }
  | { kind: 'none' };

/**
 * One meeting in detail: its ordinal and title, dates, place and format, co-chairs and delegation,
 * the documents signed (grouped by kind), sectors, agenda, summary, notes and sources. The
 * `compact` variant shows only the title, date, place, co-chairs and sectors.
 *
 * Give it the series (`data`, `src` or inline JSON) and a meeting id, or a meeting object as the
 * `meeting` property (no data needed).
 *
 * The chairs are the participants with `chair: true` (nothing is guessed from roles); the ordinal
 * line uses the series' own noun (`series.noun`: "17th summit"), else a generic "meeting".
 *
 * @tag meeting-card
 * @summary One meeting of a series in detail, as an accessible card.
 *
 * @fires {DataLoadedEvent} data-loaded - The data was loaded, validated and drawn; `detail: { count }`.
 * @fires {DataErrorEvent} data-error - Loading or validation failed, or no meeting has the requested id; `detail: { message, problems }`.
 *
 * @csspart card - The `<article>` holding the whole card.
 * @csspart ordinal - The ordinal line ("30th regular meeting", from the series' noun).
 * @csspart status-value - A meeting's status when not held: planned, postponed or cancelled.
 * @csspart kind - An extraordinary or informal meeting's kind.
 * @csspart host - The "host" mark beside the host's name.
 * @csspart title - The card's heading: the meeting's title.
 * @csspart dates - The dates, with a `<time datetime>` for each end.
 * @csspart visit - The days of the visit around the meeting, when longer than the meeting.
 * @csspart place - Venue, city and country.
 * @csspart format - In person or video conference.
 * @csspart people - The co-chairs.
 * @csspart delegation - The section listing the other participants.
 * @csspart documents - The section of signed documents, grouped by kind.
 * @csspart kind-title - The heading of one kind of document.
 * @csspart section-title - The heading of a section (documents, agenda, notes, sources…).
 * @csspart sectors - The list of sector chips.
 * @csspart chip - One sector chip.
 * @csspart summary - The short summary.
 * @csspart agenda - The section with the dated agenda.
 * @csspart notes - The section with caveats about the sources.
 * @csspart sources - The section with the sources.
 * @csspart message - The message shown instead of a card (unknown id, no meeting chosen, invalid meeting).
 * @csspart error - The loading or validation error (from the shared base).
 * @csspart status - The loading message (from the shared base).
 *
 * @cssprop --mv-card-padding - Space inside the card's border (default `1em`).
 * @cssprop --mv-card-radius - Corner radius of the card (default `8px`).
 * @cssprop --mv-card-title-size - Font size of the title (default 1.25 × the element's font size, 17.5px; `1em` when compact).
 * @cssprop --mv-chip-radius - Corner radius of sector chips (default `1em`).
 * @cssprop --mv-color-text - Text colour.
 * @cssprop --mv-color-muted - Secondary text colour (labels, roles).
 * @cssprop --mv-color-background - Card background.
 * @cssprop --mv-color-surface - Chip background.
 * @cssprop --mv-color-line - Borders and rules.
 * @cssprop --mv-color-accent - The ordinal line.
 * @cssprop --mv-color-focus - Links and the focus outline.
 * @cssprop --mv-color-error - The border of an error message.
 * @cssprop --mv-font-family - Font family.
 * @cssprop --mv-font-size - Base font size (default `14px`).
 */
export class MeetingCard extends MeetingVizElement {
  static override styles = [...MeetingVizElement.styles, cardStyles];

  /**
   * The meeting to show. As an attribute: a meeting id, looked up in the loaded data. As a
   * property: an id, or a meeting object shown as it is (no data needed). When unset and the data
   * holds exactly one meeting, that one.
   */
  @property({
    converter: {
      fromAttribute: (value: string | null) => value ?? undefined,
      toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
    },
  })
  meeting?: string | Meeting;

  /**
   * The sector taxonomy used to label sector chips. When `meeting` is an object this is the one
   * used (falling back to the loaded data's); for an id the loaded data's `sectors` come first.
   * An id not in the taxonomy is shown as it is.
   */
  @property({ attribute: false }) sectors?: Sector[];

  /**
   * What the series calls one of its meetings (`{ noun, gender }`), for the ordinal line. The
   * loaded data's `series` comes first; this is used for a meeting object given without data.
   */
  @property({ attribute: false }) seriesInfo?: SeriesInfo;

  /** `full` (the default) shows everything; `compact` only the title, date, place, co-chairs and sectors. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /**
   * Level of the card's heading, 1–6; section headings use the next levels. Default: one below the
   * nearest heading before the card in the page (an `h2` after the page's `h1`), else 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** `target` for source links (e.g. `_blank`); by default links open in the same tab. Links always have `rel="noopener"`. */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /**
   * The id of an element on the page whose selection this card shows, e.g. a `<meeting-timeline>`:
   * `<meeting-card follow="timeline1">`. Works in any order of loading, and with elements added later.
   * When the reader's choice there changes the card while it is off-screen (a tap in a phone's list),
   * the card scrolls into view (instantly under `prefers-reduced-motion`).
   */
  @property({ reflect: true }) follow?: string;

  protected readonly link = new LinkController<Meeting>(this, {
    sourceId: () => this.follow,
    event: 'meeting-select',
    reveal: true,
    fromEvent: (event) => event.detail?.meeting,
    current: (source) => {
      const { selected, series } = source as Partial<{ selected: string; series: MeetingSeries }>;
      return selected ? series?.meetings.find((m) => m.id === selected) : undefined;
    },
    apply: (meeting, source) => {
      if (!meeting) return;
      this.sectors = (source as Partial<{ series: MeetingSeries }>).series?.sectors ?? this.sectors;
      this.seriesInfo = (source as Partial<{ series: MeetingSeries }>).series?.series ?? this.seriesInfo;
      this.meeting = meeting;
    },
  });

  private readonly headings = new HeadingLevelController(this);
  private sectorCache?: { list: readonly Sector[] | undefined; map: ReadonlyMap<string, Sector> };
  private indexCache?: { meetings: readonly Meeting[]; byId: Map<string, Meeting> };
  private checkedCache?: { input: Meeting; result: { meeting?: Meeting; problems: Problem[] } };
  private reported?: string;
  /** What the card shows, derived in willUpdate; render and the problem report only read it. */
  private resolved: Resolved = { kind: 'none' };

  /** A meeting given as an object is content too: the card draws it without data. */
  protected override get hasContent(): boolean {
    return super.hasContent || typeof this.meeting === 'object';
  }

  /** The data is already loaded here: the base element syncs its loader in `shouldUpdate`. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolved = this.resolve();
  }

  protected override render(): TemplateResult {
    // A meeting object needs no data: show it whatever the loader is doing (the `loading` attribute
    // still tells whether its own data is on the way, as the base's render does).
    if (this.meeting !== undefined && typeof this.meeting === 'object') {
      this.toggleAttribute('loading', this.loader.state === 'loading');
      return html`${this.renderResolved(this.resolved, this.effectiveLang)}`;
    }
    return super.render();
  }

  protected renderReady(lang: string): unknown {
    return this.renderResolved(this.resolved, lang);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportProblem();
  }

  /** Works out what to show; cached lookups keep a change of `meeting` cheap. */
  private resolve(): Resolved {
    const series = this.loader.series;
    if (this.meeting !== undefined && typeof this.meeting === 'object') {
      const { meeting, problems } = this.check(this.meeting);
      if (!meeting) return { kind: 'invalid', problems };
      return { kind: 'meeting', meeting, sectors: this.sectorMap(this.sectors ?? series.sectors) };
    }
    if (this.loader.state !== 'ready') return { kind: 'none' };
    const sectors = this.sectorMap(series.sectors ?? this.sectors);
    const id = typeof this.meeting === 'string' ? this.meeting.trim() : '';
    if (!id) {
      if (series.meetings.length === 1) return { kind: 'meeting', meeting: series.meetings[0], sectors };
      return series.meetings.length ? { kind: 'choose', count: series.meetings.length } : { kind: 'none' };
    }
    const meeting = this.index(series.meetings).get(id);
    return meeting ? { kind: 'meeting', meeting, sectors } : { kind: 'missing', id };
  }

  private renderResolved(resolved: Resolved, lang: string): unknown {
    const message = this.messageFor(resolved, lang);
    if (message !== undefined) {
      const alert = resolved.kind === 'missing' || resolved.kind === 'invalid';
      return html`<p part="message" class="message" role=${alert ? 'alert' : 'status'}>${message}</p>`;
    }
    if (resolved.kind !== 'meeting') return nothing;
    return renderCard(resolved.meeting, {
      lang,
      variant: this.variant === 'compact' ? 'compact' : 'full',
      headingLevel: this.headingLevel ?? this.headings.level,
      sectors: resolved.sectors,
      linkTarget: this.linkTarget,
      series: this.loader.series.series ?? this.seriesInfo,
    });
  }

  private messageFor(resolved: Resolved, lang: string): string | undefined {
    switch (resolved.kind) {
      case 'missing':
        return translate(cardMessages, lang, 'missing', { id: resolved.id });
      case 'invalid':
        return translate(cardMessages, lang, 'invalid');
      case 'choose':
        return translate(cardMessages, lang, 'choose', { count: resolved.count });
      default:
        return undefined;
    }
  }

  /** Fires `data-error` once for each unknown id or invalid meeting object. */
  private reportProblem(): void {
    const { resolved } = this;
    let key: string | undefined;
    let detail: DataErrorDetail | undefined;
    const lang = this.effectiveLang;
    if (resolved.kind === 'missing') {
      key = `missing:${resolved.id}`;
      detail = { message: translate(cardMessages, lang, 'missing', { id: resolved.id }), problems: [] };
    } else if (resolved.kind === 'invalid') {
      key = `invalid:${resolved.problems.map((p) => `${p.path} ${p.message}`).join('|')}`;
      detail = { message: translate(cardMessages, lang, 'invalid'), problems: resolved.problems };
    }
    if (key === this.reported) return;
    this.reported = key;
    if (detail) fire(this, new DataErrorEvent(detail));
  }

  private sectorMap(list: readonly Sector[] | undefined): ReadonlyMap<string, Sector> {
    if (this.sectorCache?.list !== list || !this.sectorCache) {
      this.sectorCache = { list, map: new Map((Array.isArray(list) ? list : []).map((s) => [s.id, s])) };
    }
    return this.sectorCache.map;
  }

  private index(meetings: readonly Meeting[]): Map<string, Meeting> {
    if (this.indexCache?.meetings !== meetings) {
      this.indexCache = { meetings, byId: new Map(meetings.map((m) => [m.id, m])) };
    }
    return this.indexCache.byId;
  }

  /** Validates a meeting object given as a property (once per object), so bad input shows a message instead of throwing. */
  private check(input: Meeting): { meeting?: Meeting; problems: Problem[] } {
    if (this.checkedCache?.input !== input) {
      const { series, problems } = validate([input]);
      this.checkedCache = { input, result: { meeting: series.meetings[0], problems } };
    }
    return this.checkedCache.result;
  }
}
