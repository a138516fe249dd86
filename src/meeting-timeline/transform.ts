/**
 * A zoom transform with d3-zoom's interface (`k`, `x`, `y`, `scale`, `translate`, `invertX`,
 * `rescaleX`…), after d3-zoom's own `Transform` (ISC licence), so that the core has the identity
 * and the arithmetic without d3-zoom: its gesture code is a chunk loaded on first use
 * (./zoom-gestures.ts). d3-zoom takes and returns these as it does its own.
 */
import type { ZoomScale, ZoomTransform } from 'd3-zoom';

class Transform implements ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  scale(k: number): Transform {
    return k === 1 ? this : new Transform(this.k * k, this.x, this.y);
  }

  translate(x: number, y: number): Transform {
    return x === 0 && y === 0 ? this : new Transform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  apply(point: [number, number]): [number, number] {
    return [point[0] * this.k + this.x, point[1] * this.k + this.y];
  }

  applyX(x: number): number {
    return x * this.k + this.x;
  }

  applyY(y: number): number {
    return y * this.k + this.y;
  }

  invert(location: [number, number]): [number, number] {
    return [(location[0] - this.x) / this.k, (location[1] - this.y) / this.k];
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  invertY(y: number): number {
    return (y - this.y) / this.k;
  }

  rescaleX<S extends ZoomScale>(x: S): S {
    return x.copy().domain(x.range().map(this.invertX, this).map(x.invert, x)) as S;
  }

  rescaleY<S extends ZoomScale>(y: S): S {
    return y.copy().domain(y.range().map(this.invertY, this).map(y.invert, y)) as S;
  }

  toString(): string {
    return `translate(${this.x},${this.y}) scale(${this.k})`;
  }
}

/** The identity transform: everything shown (k = 1), not moved. */
export const zoomIdentity: ZoomTransform = new Transform(1, 0, 0);
