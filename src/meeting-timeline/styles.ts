import { css, unsafeCSS } from 'lit';
import { CATEGORICAL_PALETTE } from '../shared/palette.js';

/** A default host colour: the shared palette's, which meets 3:1 on both themes' backgrounds and stays apart for colour-blind readers. */
const host = (i: number) => unsafeCSS(CATEGORICAL_PALETTE[i]);

/**
 * The timeline's own styles; colours come from the shared tokens in `theme.ts`. A mark, list item or
 * legend swatch of a host country has a class `h0` … `h7` that sets `--_host` to its colour.
 */
export const timelineStyles = css`
  :host {
    --_host-1: var(--mv-host-1, ${host(0)});
    --_host-2: var(--mv-host-2, ${host(1)});
    --_host-3: var(--mv-host-3, ${host(2)});
    --_host-4: var(--mv-host-4, ${host(3)});
    --_host-5: var(--mv-host-5, ${host(4)});
    --_host-6: var(--mv-host-6, ${host(5)});
    --_host-7: var(--mv-host-7, ${host(6)});
    --_host-8: var(--mv-host-8, ${host(7)});
    --_mark: var(--mv-timeline-mark-color, var(--_fg));
    --_selected: var(--mv-timeline-selected-color, var(--_accent));
    --_era: var(--mv-timeline-era-color, var(--_surface));
    --_cluster: var(--mv-timeline-cluster-color, var(--_surface));
    --_annotation: var(--mv-timeline-annotation-color, var(--_fg));
    --_height: var(--mv-timeline-height, 176px);
    position: relative;
    container-type: inline-size;
  }
  .h0 {
    --_host: var(--_host-1);
  }
  .h1 {
    --_host: var(--_host-2);
  }
  .h2 {
    --_host: var(--_host-3);
  }
  .h3 {
    --_host: var(--_host-4);
  }
  .h4 {
    --_host: var(--_host-5);
  }
  .h5 {
    --_host: var(--_host-6);
  }
  .h6 {
    --_host: var(--_host-7);
  }
  .h7 {
    --_host: var(--_host-8);
  }
  /* The legend: host colours and format shapes, wrapping onto as many lines as the width needs. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 0.5em;
    font-size: var(--_font-size-small);
    min-width: 0;
  }
  .legend-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.9em;
    min-width: 0;
  }
  .legend-title {
    color: var(--_muted);
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.9em;
    min-width: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .swatch {
    flex: none;
    box-sizing: border-box;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_host, var(--_mark));
  }
  .swatch.video {
    background: var(--_bg);
    border: 2.5px solid var(--_mark);
  }
  .swatch.hybrid {
    background: radial-gradient(circle, var(--_mark) 0 2px, var(--_bg) 2.5px);
    border: 2.5px solid var(--_mark);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0 0 0.5em;
  }
  button {
    background: var(--_bg);
    padding: 0.25em 0.6em;
    min-height: 24px;
    min-width: 24px;
  }
  button:hover {
    background: var(--_surface);
  }
  button:focus-visible,
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The chart comes first in the DOM (the first tab stop); its toolbar is shown above it. */
  .stage {
    display: flex;
    flex-direction: column;
  }
  .stage > .toolbar {
    order: -1;
  }
  /* While the data loads: the drawn chart's room, unseen; the loading message over it. */
  .placeholder {
    visibility: hidden;
  }
  :host([loading]) .status:has(~ .placeholder) {
    position: absolute;
    margin: 0;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    gap: 0.25em;
    margin-bottom: 0.25em;
  }
  .chart {
    display: block;
    width: 100%;
    height: var(--_height);
    overflow: visible;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    /* Geometry is computed in screen x (mirrored for right to left in the model): text anchors stay physical. */
    direction: ltr;
  }
  .era rect {
    fill: var(--_era);
  }
  .era text,
  .tick text {
    fill: var(--_muted);
    font-size: 12px;
  }
  .era-track .era rect {
    stroke: var(--_line);
    stroke-width: 0.5;
  }
  /* The track's name stays legible over the bands it sits on. */
  .track-label {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .annotation text {
    fill: var(--_annotation);
    font-size: 12px;
    font-style: italic;
  }
  .annotation line,
  .annotation path {
    fill: none;
    stroke: var(--_annotation);
    stroke-width: 1;
  }
  .tick line,
  .axis-line {
    stroke: var(--_line);
    stroke-width: 1;
  }
  .mark {
    cursor: pointer;
  }
  .mark .dot {
    fill: var(--_host, var(--_mark));
    stroke: var(--_bg);
    stroke-width: 1.5;
    transition: fill 0.15s;
  }
  /* By video link: a hollow ring; hybrid: a ring round a dot. Told apart by shape, not colour alone. */
  .mark.video .dot,
  .mark.hybrid .dot {
    fill: var(--_bg);
    stroke: var(--_host, var(--_mark));
    stroke-width: 2.5;
  }
  .mark .core {
    fill: var(--_host, var(--_mark));
    pointer-events: none;
  }
  .mark.selected .dot {
    fill: var(--_selected);
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .mark.selected.video .dot,
  .mark.selected.hybrid .dot {
    fill: var(--_bg);
    stroke: var(--_selected);
    stroke-width: 3;
  }
  .mark.selected .core {
    fill: var(--_selected);
  }
  .mark.planned .dot {
    fill: var(--_bg);
    stroke: var(--_host, var(--_mark));
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .mark.cluster .dot {
    fill: var(--_cluster);
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .mark .count {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 600;
    pointer-events: none;
  }
  .mark .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    visibility: hidden;
  }
  .chart.kbd:focus .active .ring,
  .chart:focus-visible .active .ring {
    visibility: visible;
  }
  .label {
    fill: var(--_fg);
    font-size: 12px;
    pointer-events: none;
  }
  .label.selected {
    font-weight: 700;
  }
  /* The data's notes, above the meetings in the narrow list: a date, then the note. */
  .annotations {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    color: var(--_annotation);
  }
  .annotations time {
    color: var(--_muted);
    font-size: var(--_font-size-small);
    margin-inline-end: 0.4em;
  }
  .annotations .note-text {
    font-style: italic;
  }
  .list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  /* An item: date and place on one line, the title below (reading order: date, title, place). */
  .list li {
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.4em;
    padding-block: 0.35em 0.6em;
    padding-inline: 1.25em 0;
    border-inline-start: 2px solid var(--_line);
  }
  .list li > * {
    grid-column: 1 / -1;
  }
  .list li > time {
    grid-column: 1;
    grid-row: 1;
  }
  .list li > .place {
    grid-column: 2;
    grid-row: 1;
  }
  .list li > .place::before {
    content: '· ' / '';
  }
  .list li::before {
    content: '';
    position: absolute;
    inset-inline-start: -7px;
    top: 0.65em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_host, var(--_mark));
    border: 2px solid var(--_bg);
  }
  .list li.video::before {
    background: var(--_bg);
    border-color: var(--_host, var(--_mark));
  }
  .list li.hybrid::before {
    background: radial-gradient(circle, var(--_host, var(--_mark)) 0 2px, var(--_bg) 2.5px);
    border-color: var(--_host, var(--_mark));
  }
  .list li.selected::before {
    background: var(--_selected);
  }
  .list li.selected.video::before {
    background: var(--_bg);
    border-color: var(--_selected);
  }
  .list time {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .list .headline {
    display: block;
    font-weight: 700;
  }
  .list button.headline {
    text-align: start;
    border: none;
    padding: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .list .place,
  .list .docs {
    display: block;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .list .place {
    overflow-wrap: anywhere;
  }
  .panel {
    margin-top: 0.5em;
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .panel-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 0.5em;
  }
  /* Narrow: the close button above the card, and the card as wide as the element. */
  @container (max-width: 479px) {
    .panel-head {
      flex-direction: column-reverse;
      align-items: stretch;
    }
    .panel .close {
      align-self: flex-end;
    }
  }
  /* In a list item the panel steps out of the item's indent (padding and line) to the element's full width. */
  .list .panel {
    margin-inline-start: calc(-1.25em - 2px);
    padding-block: 0.5em;
  }
  .panel meeting-card {
    flex: 1 1 auto;
    min-width: 0;
  }
  .panel h3 {
    margin: 0;
    font-size: 1em;
  }
  .panel dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.75em;
    margin: 0.5em 0 0;
  }
  .panel dt {
    color: var(--_muted);
  }
  .panel dd {
    margin: 0;
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .empty {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .mark .dot,
    .mark.cluster .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.selected .dot {
      fill: Highlight;
    }
    /* Colours give way to the reader's; the shapes still tell the formats apart. */
    .mark.video .dot,
    .mark.hybrid .dot,
    .mark.planned .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark.selected.video .dot,
    .mark.selected.hybrid .dot {
      fill: Canvas;
      stroke: Highlight;
    }
    .mark .core {
      fill: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .swatch.video {
      background: Canvas;
    }
    .swatch.hybrid {
      background: radial-gradient(circle, CanvasText 0 2px, Canvas 2.5px);
    }
    .mark .count {
      fill: Canvas;
    }
    .mark .ring {
      stroke: Highlight;
    }
    .label,
    .era text,
    .tick text,
    .track-label,
    .annotation text {
      fill: CanvasText;
    }
    .track-label {
      stroke: Canvas;
    }
    .annotation line,
    .annotation path {
      stroke: CanvasText;
    }
    .era rect {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  /* Print: the whole chart scaled to the page width, its list below it, no controls. */
  @media print {
    .toolbar,
    .filter button,
    .panel {
      display: none !important;
    }
    .chart {
      width: 100%;
      height: auto;
      break-inside: avoid;
    }
    .list-wrap.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      clip-path: none;
      white-space: normal;
    }
    .list li {
      break-inside: avoid;
    }
  }
`;
