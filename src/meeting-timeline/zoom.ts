/**
 * d3-zoom attached to the timeline's SVG, used only to turn gestures into transforms: Lit draws.
 * The page is never hijacked: a plain wheel scrolls (zooming needs Ctrl/⌘ + wheel, which is also
 * what a trackpad pinch sends), one finger scrolls (only two-finger touches start a gesture).
 *
 * The gesture code (d3-zoom's behaviour with d3-selection, d3-drag, d3-dispatch) is a module loaded
 * on the first attach (./zoom-gestures.ts, a chunk in the CDN build); until it is there, the
 * buttons, keys and methods zoom all the same, clamped here.
 */
import type { Selection } from 'd3-selection';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { zoomIdentity } from './transform.js';

export { zoomIdentity, type ZoomTransform };

type ZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;

/** Which events may start a gesture. Exported for tests. */
export function allowGesture(
  event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList },
): boolean {
  if (event.type === 'wheel') return !!(event.ctrlKey || event.metaKey);
  if (event.type === 'touchstart') return (event.touches?.length ?? 0) >= 2;
  return !event.ctrlKey && !event.button;
}

function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  // Trackpad pinches send small deltas: amplify them, not mouse-wheel notches.
  return -event.deltaY * unit * (Math.abs(event.deltaY) < 20 ? 5 : 1);
}

type Gestures = typeof import('./zoom-gestures.js');

let gestures: Gestures | undefined;
let gesturesLoad: Promise<Gestures> | undefined;

export class ZoomDriver {
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private width = 0;
  private height = 0;
  private scaleExtent: [number, number] = [0, Infinity];
  /** The SVG to attach to once the gesture module is loaded. */
  private wanted: SVGSVGElement | null = null;
  /** The gesture module's load while it is under way (the element's updateComplete waits for it). */
  loading?: Promise<void>;
  /** The transform in force, also while no SVG is attached. */
  transform: ZoomTransform = zoomIdentity;

  constructor(
    private readonly onZoom: (transform: ZoomTransform, fromUser: boolean) => void,
    private readonly onEnd: () => void,
  ) {}

  get svg(): SVGSVGElement | undefined {
    return this.selection?.node() ?? undefined;
  }

  /** Attaches to `svg` (detaching from an earlier one), keeping the current transform. */
  attach(svg: SVGSVGElement | null): void {
    this.wanted = svg;
    if (this.svg === svg) return;
    this.detach();
    if (!svg) return;
    if (!gestures) {
      this.loading ??= (gesturesLoad ??= import('./zoom-gestures.js')).then((module) => {
        gestures = module;
        this.loading = undefined;
        // Removed meanwhile: attached again when it draws again.
        if (this.wanted?.isConnected) this.attach(this.wanted);
      });
      return;
    }
    this.behavior ??= this.createBehavior(gestures);
    this.selection = gestures.select(svg);
    this.selection.call(this.behavior);
    // d3-zoom sets touch-action: none; let one-finger swipes scroll the page.
    svg.style.touchAction = 'pan-y';
    this.apply(this.transform);
  }

  private createBehavior({ zoom }: Gestures): ZoomBehavior<SVGSVGElement, unknown> {
    const behavior = zoom<SVGSVGElement, unknown>()
      .filter(allowGesture)
      .wheelDelta(wheelDelta)
      // No d3 transitions: Lit draws every frame itself, and a double-click zoom jumps (as under
      // reduced motion). This also lets the CDN build leave d3-transition out (see rollup.config.mjs).
      .duration(0)
      .scaleExtent(this.scaleExtent);
    if (this.width > 0) {
      const extent: [[number, number], [number, number]] = [
        [0, 0],
        [this.width, this.height],
      ];
      behavior.extent(extent).translateExtent(extent);
    }
    return behavior
      .on('zoom', (event: ZoomEvent) => {
        this.transform = event.transform;
        this.onZoom(event.transform, !!event.sourceEvent);
      })
      .on('end', () => this.onEnd());
  }

  detach(): void {
    this.selection?.on('.zoom', null);
    this.selection = undefined;
  }

  /** Sets the viewport size and the allowed zoom: 1 (everything) to `maxK`, never beyond the data. */
  configure(width: number, height: number, maxK: number): void {
    this.width = width;
    this.height = height;
    this.scaleExtent = [1, maxK];
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this.behavior?.extent(extent).translateExtent(extent).scaleExtent(this.scaleExtent);
    this.apply(this.transform);
  }

  /** Applies a transform, clamped to the extents; fires the zoom callback. */
  apply(transform: ZoomTransform): void {
    if (this.selection && this.behavior) {
      this.behavior.transform(this.selection, transform);
    } else {
      this.transform = this.constrain(transform);
      this.onZoom(this.transform, false);
    }
  }

  /** Zooms to scale `k` keeping `centerX` (px in the unzoomed scale) in the middle. */
  zoomTo(k: number, centerX: number): void {
    const [lo, hi] = this.scaleExtent;
    const kk = Math.min(hi, Math.max(lo, k));
    this.apply(zoomIdentity.translate(this.width / 2 - kk * centerX, 0).scale(kk));
  }

  /** Multiplies the scale by `factor` around the viewport point `x` (px). */
  scaleBy(factor: number, x = this.width / 2): void {
    const t = this.transform;
    this.zoomTo(t.k * factor, t.invertX(x) + (this.width / 2 - x) / (t.k * factor));
  }

  /** Pans by `dx` px. */
  panBy(dx: number): void {
    this.apply(this.transform.translate(dx / this.transform.k, 0));
  }

  reset(): void {
    this.apply(zoomIdentity);
  }

  private constrain(transform: ZoomTransform): ZoomTransform {
    const [lo, hi] = this.scaleExtent;
    const k = Math.min(hi, Math.max(lo, transform.k));
    const minX = this.width - this.width * k;
    const x = Math.min(0, Math.max(minX, transform.x));
    return zoomIdentity.translate(x, 0).scale(k);
  }
}
