import { css } from 'lit';

export const wheelStyles = css`
  :host {
    --_separator: var(--mv-wheel-separator, var(--_bg));
    --_label-size: var(--mv-wheel-label-size, 12px);
    --_max-height: var(--mv-wheel-max-height, 100vh);
    min-width: 200px;
  }
  /* While the data loads: the wheel's room, unseen; the loading message over it. */
  :host([loading]) {
    position: relative;
  }
  :host([loading]) .status:has(~ .placeholder) {
    position: absolute;
    margin: 0;
  }
  .placeholder {
    visibility: hidden;
  }
  .wheel-room {
    aspect-ratio: 1;
    max-height: var(--_max-height);
  }
  /* The wheel comes first in the DOM (the first tab stop); the breadcrumbs are shown above it. */
  .stage {
    display: flex;
    flex-direction: column;
  }
  .stage > .breadcrumbs {
    order: -1;
  }
  .breadcrumbs {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    margin-block-end: 0.25em;
    min-height: 2em;
  }
  .breadcrumbs button {
    background: var(--_surface);
    padding: 0.15em 0.6em;
  }
  .breadcrumbs button[aria-current] {
    font-weight: 700;
  }
  /* Its computed max-height is --mv-wheel-max-height made absolute (px), for the layout; it takes no room. */
  .max-height {
    position: absolute;
    width: 0;
    height: 0;
    max-height: var(--_max-height);
  }
  .wheel {
    display: block;
    /* Drawn at the width it measured; until it measures a narrower one (the page's scroll bar has just
       appeared), it scales down rather than push the page sideways. */
    max-width: 100%;
    height: auto;
    overflow: visible;
    /* Label anchors are physical (the layout mirrors the wheel for right to left). */
    direction: ltr;
    font-size: var(--_label-size);
  }
  .wedge {
    fill: var(--wedge);
    stroke: var(--_separator);
    stroke-width: 1;
    cursor: pointer;
    outline: none;
  }
  .wedge.empty {
    fill: var(--_bg);
    stroke: var(--wedge);
    stroke-width: 1.5;
  }
  .wedge.more {
    fill-opacity: 0.55;
    stroke: var(--wedge);
    stroke-dasharray: 3 2;
  }
  .wedge:hover {
    filter: brightness(1.12);
  }
  .wedge.selected {
    stroke: var(--_fg);
    stroke-width: 3;
  }
  .wedge:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3.5;
  }
  .label {
    fill: var(--_fg);
    pointer-events: none;
  }
  /* A halo in the background colour keeps labels readable (AA) on any wedge colour. */
  .label.group,
  .label.inside {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .leader {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1;
  }
  .centre text {
    fill: var(--_fg);
  }
  .centre .strong {
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .details {
    margin-block-start: 0.5em;
  }
  .details .title {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .details .subtitle {
    font-size: var(--_font-size-small);
    margin: 0.5em 0 0.15em;
    color: var(--_muted);
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .details time,
  .hint {
    color: var(--_muted);
  }
  .hint {
    margin: 0;
  }
  .untouched-note {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Print: the wheel within the page width, the table below it, no buttons. */
  @media print {
    .breadcrumbs {
      display: none !important;
    }
    .wheel {
      break-inside: avoid;
    }
    .table-twin {
      position: static;
      width: auto;
      height: auto;
      margin: 0.5em 0 0;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
    }
    .table-twin table {
      border-collapse: collapse;
    }
    .table-twin th,
    .table-twin td {
      text-align: start;
      padding: 0.1em 0.75em 0.1em 0;
    }
  }
  @media (forced-colors: active) {
    .wedge {
      fill: Canvas;
      stroke: CanvasText;
    }
    .wedge.selected,
    .wedge:focus-visible {
      stroke: Highlight;
    }
    .label,
    .label.group,
    .centre text {
      fill: CanvasText;
    }
  }
`;
