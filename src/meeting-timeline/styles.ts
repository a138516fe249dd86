import { css } from 'lit';

/** The timeline's own styles; colours come from the shared tokens in `theme.ts`. */
export const timelineStyles = css`
  :host {
    --_mark: var(--mv-timeline-mark-color, var(--_fg));
    --_selected: var(--mv-timeline-selected-color, var(--_accent));
    --_era: var(--mv-timeline-era-color, var(--_surface));
    --_cluster: var(--mv-timeline-cluster-color, var(--_surface));
    --_annotation: var(--mv-timeline-annotation-color, var(--_fg));
    --_height: var(--mv-timeline-height, 176px);
    position: relative;
    container-type: inline-size;
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
    fill: var(--_mark);
    stroke: var(--_bg);
    stroke-width: 1.5;
    transition: fill 0.15s;
  }
  .mark.selected .dot {
    fill: var(--_selected);
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .mark.planned .dot {
    fill: var(--_bg);
    stroke: var(--_mark);
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
    font-size: 0.9em;
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
    background: var(--_mark);
    border: 2px solid var(--_bg);
  }
  .list li.selected::before {
    background: var(--_selected);
  }
  .list time {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .list .headline {
    display: block;
    font-weight: 600;
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
    font-size: 0.9em;
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
    font-size: 1.05em;
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
