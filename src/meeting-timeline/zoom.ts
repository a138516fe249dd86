/**
 * d3-zoom attached to the timeline's SVG, used only to turn gestures into transforms: Lit draws.
 * The page is never hijacked: a plain wheel scrolls (zooming needs Ctrl/⌘ + wheel, which is also
 * what a trackpad pinch sends), one finger scrolls (only two-finger touches start a gesture).
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export { zoomIdentity, type ZoomTransform };

type ZoomEvent = D3ZoomEvent<SVGSVGElement, unknown>;

/** Which events may start a gesture. Exported for tests. */
export function allowGesture(event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList }): boolean {
  if (event.type === 'wheel') return !!(event.ctrlKey || event.metaKey);
  if (event.type === 'touchstart') return (event.touches?.length ?? 0) >= 2;
  return !event.ctrlKey && !event.button;
}

function wheelDelta(event: WheelEvent): number {
  const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  // Trackpad pinches send small deltas: amplify them, not mouse-wheel notches.
  return -event.deltaY * unit * (Math.abs(event.deltaY) < 20 ? 5 : 1);
}

export class ZoomDriver {
  readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private selection?: Selection<SVGSVGElement, unknown, null, undefined>;
  private width = 0;
  /** The transform in force, also while no SVG is attached. */
  transform: ZoomTransform = zoomIdentity;

  constructor(
    private readonly onZoom: (transform: ZoomTransform, fromUser: boolean) => void,
    private readonly onEnd: () => void,
  ) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .filter(allowGesture)
      .wheelDelta(wheelDelta)
      // No d3 transitions: Lit draws every frame itself, and a double-click zoom jumps (as under
      // reduced motion). This also lets the CDN build leave d3-transition out (see rollup.config.mjs).
      .duration(0)
      .on('zoom', (event: ZoomEvent) => {
        this.transform = event.transform;
        this.onZoom(event.transform, !!event.sourceEvent);
      })
      .on('end', () => this.onEnd());
  }

  get svg(): SVGSVGElement | undefined {
    return this.selection?.node() ?? undefined;
  }

  /** Attaches to `svg` (detaching from an earlier one), keeping the current transform. */
  attach(svg: SVGSVGElement | null): void {
    if (this.svg === svg) return;
    this.detach();
    if (!svg) return;
    this.selection = select(svg);
    this.selection.call(this.behavior);
    // d3-zoom sets touch-action: none; let one-finger swipes scroll the page.
    svg.style.touchAction = 'pan-y';
    this.apply(this.transform);
  }

  detach(): void {
    this.selection?.on('.zoom', null);
    this.selection = undefined;
  }

  /** Sets the viewport size and the allowed zoom: 1 (everything) to `maxK`, never beyond the data. */
  configure(width: number, height: number, maxK: number): void {
    this.width = width;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, height],
    ];
    this.behavior.extent(extent).translateExtent(extent).scaleExtent([1, maxK]);
    this.apply(this.transform);
  }

  /** Applies a transform, clamped to the extents; fires the zoom callback. */
  apply(transform: ZoomTransform): void {
    if (this.selection) {
      this.behavior.transform(this.selection, transform);
    } else {
      this.transform = this.constrain(transform);
      this.onZoom(this.transform, false);
    }
  }

  /** Zooms to scale `k` keeping `centerX` (px in the unzoomed scale) in the middle. */
  zoomTo(k: number, centerX: number): void {
    const [lo, hi] = this.behavior.scaleExtent();
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
    const [lo, hi] = this.behavior.scaleExtent();
    const k = Math.min(hi, Math.max(lo, transform.k));
    const minX = this.width - this.width * k;
    const x = Math.min(0, Math.max(minX, transform.x));
    return zoomIdentity.translate(x, 0).scale(k);
  }
}
