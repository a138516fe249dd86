import { css, unsafeCSS } from 'lit';
import { CATEGORICAL_PALETTE } from '../shared/palette.js';

/**
 * One class per palette colour (`.c0` … `.c7`), for the countries' marks and swatches: no style
 * attributes (CSP), and a plain `fill` rather than a custom property per mark (thousands of marks
 * each holding their own custom property make style recalculation slow).
 */
const countryColours = unsafeCSS(
  CATEGORICAL_PALETTE.map(
    (colour, i) => `.place.c${i} { fill: ${colour}; } .swatch.c${i} { background: ${colour}; }`,
  ).join('\n'),
);

export const mapStyles = css`
  :host {
    --_land: var(--mv-map-land, #eceff2);
    --_graticule: var(--mv-map-graticule, #d5dae1);
    --_route: var(--mv-map-route, var(--_muted));
    --_label-size: var(--mv-map-label-size, 12px);
    min-width: 0;
    overflow: hidden;
  }
  :host([theme='dark']) {
    --_land: var(--mv-map-land, #171d25);
    --_graticule: var(--mv-map-graticule, #2d3643);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_land: var(--mv-map-land, #171d25);
      --_graticule: var(--mv-map-graticule, #2d3643);
    }
  }
  ${countryColours}
  .map {
    display: block;
    max-width: 100%;
    height: auto;
    font-size: var(--_label-size);
    outline: none;
  }
  /* A dense map: the backdrop under the listbox, the same box, a layer of its own (a highlight does not repaint it). */
  .stack {
    position: relative;
  }
  .stack > .map {
    position: relative;
    cursor: pointer;
  }
  .base {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    will-change: transform;
  }
  /* Inside the edge: the host clips what overflows, so the page never scrolls sideways. */
  .map:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .outline {
    fill: none;
    stroke: var(--_graticule);
  }
  .graticule {
    fill: none;
    stroke: var(--_graticule);
    stroke-width: 0.5;
  }
  .land {
    fill: var(--_land);
    stroke: none;
  }
  .route {
    fill: none;
    stroke: var(--_route);
    stroke-width: 1.25;
    stroke-dasharray: 4 3;
    opacity: 0.85;
  }
  .places {
    cursor: pointer;
  }
  /* Opaque fills with a halo in the background colour: each palette colour meets 3:1 against it in both themes. */
  .place {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .place:hover {
    stroke: var(--_fg);
  }
  .ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .ring.selected {
    stroke: var(--_fg);
    stroke-width: 3;
  }
  .cursor {
    fill: none;
    stroke: none;
    pointer-events: none;
  }
  .map:focus-visible .cursor {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .label {
    fill: var(--_fg);
    pointer-events: none;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .label.strong {
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    forced-color-adjust: none;
  }
  .apart {
    margin: 0.5em 0 0;
    color: var(--_fg);
  }
  .apart.highlighted {
    font-weight: 700;
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.4em;
  }
  .details {
    margin-block-start: 0.5em;
  }
  .details p {
    margin: 0;
  }
  .details ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .details time {
    color: var(--_muted);
  }
  .details button {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: 4px;
    padding: 0.1em 0.5em;
    margin-inline-start: 0.5em;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .map,
    .base {
      display: none;
    }
    .table-twin {
      position: static;
      width: auto;
      height: auto;
      margin: 0.5em 0;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    .land {
      fill: none;
      stroke: GrayText;
    }
    .graticule,
    .outline {
      stroke: GrayText;
    }
    .places .place {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring,
    .ring.selected,
    .map:focus-visible .cursor {
      stroke: Highlight;
    }
    .route {
      stroke: CanvasText;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
