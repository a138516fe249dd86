import { css, unsafeCSS } from 'lit';

/**
 * The type scale: body, small (12px beside 14px) and large, in two weights, normal and 700. A phone lays out
 * each size and weight a page has not used yet at a cost, so the elements share these few. The steps are in
 * em, resolved where used (always on a child of body-size text): a page that sizes an element with font-size
 * rather than --mv-font-size scales all three.
 */
export const TYPE_SCALE = { small: 6 / 7, large: 1.25 } as const;

/** The light theme's defaults, for browsers without `light-dark()` and for print. */
const lightTokens = css`
  --_fg: var(--mv-color-text, #1b1f24);
  --_muted: var(--mv-color-muted, #57606a);
  --_bg: var(--mv-color-background, #ffffff);
  --_surface: var(--mv-color-surface, #f3f4f6);
  --_line: var(--mv-color-line, #8c959f);
  --_accent: var(--mv-color-accent, #b3261e);
  --_focus: var(--mv-color-focus, #0a58ca);
  --_error: var(--mv-color-error, #a40e26);
`;

/** The dark theme's defaults, for browsers without `light-dark()` (forced by `theme="dark"` there). */
const darkTokens = css`
  --_fg: var(--mv-color-text, #e6edf3);
  --_muted: var(--mv-color-muted, #9da7b3);
  --_bg: var(--mv-color-background, #0d1117);
  --_surface: var(--mv-color-surface, #1c2128);
  --_line: var(--mv-color-line, #6e7681);
  --_accent: var(--mv-color-accent, #ff8a80);
  --_focus: var(--mv-color-focus, #79c0ff);
  --_error: var(--mv-color-error, #ffa198);
`;

/**
 * Design tokens every element shares. Each is a CSS custom property the page may set. The
 * defaults follow the page the way native form controls do: light, unless the page declares
 * `color-scheme: dark` or `light dark` (then the reader's `prefers-color-scheme`); the element's
 * `theme` attribute forces either. Colours meet WCAG AA against the background in both themes.
 */
export const themeStyles = css`
  /* light-dark() resolves against the used color-scheme, which the host inherits from the page. */
  :host {
    --_fg: var(--mv-color-text, light-dark(#1b1f24, #e6edf3));
    --_muted: var(--mv-color-muted, light-dark(#57606a, #9da7b3));
    --_bg: var(--mv-color-background, light-dark(#ffffff, #0d1117));
    --_surface: var(--mv-color-surface, light-dark(#f3f4f6, #1c2128));
    --_line: var(--mv-color-line, light-dark(#8c959f, #6e7681));
    --_accent: var(--mv-color-accent, light-dark(#b3261e, #ff8a80));
    --_focus: var(--mv-color-focus, light-dark(#0a58ca, #79c0ff));
    --_error: var(--mv-color-error, light-dark(#a40e26, #ffa198));
    --_font: var(--mv-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Geeza Pro', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_font-size: var(--mv-font-size, 14px);
    /* The type scale (TYPE_SCALE above). */
    --_font-size-small: calc(1em * ${unsafeCSS(TYPE_SCALE.small)});
    --_font-size-large: calc(1em * ${unsafeCSS(TYPE_SCALE.large)});
    display: block;
    /* The containing block of visually hidden content: it stays inside the element, never widens the page. */
    position: relative;
    box-sizing: border-box;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    text-align: start;
    /* Inherited text settings of the page must not reach inside (letter-spacing in a headline style…). */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${lightTokens}
    }
    :host([theme='dark']) {
      ${darkTokens}
    }
  }
  /* Paper is light, whatever the screen's theme (same specificity as the dark rules, and later). */
  @media print {
    :host([theme]),
    :host(:not([theme])) {
      ${lightTokens}
      color-scheme: light;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box inside, whatever box-sizing the page gives the host itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .error {
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    padding: 0.5em 0.75em;
    margin: 0 0 0.5em;
    color: var(--_fg);
  }
  .error p {
    margin: 0;
    font-weight: 700;
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  /* Every element's buttons share these; each sets its own padding and background. */
  button {
    font: inherit;
    color: var(--_fg);
    border: 1px solid var(--_line);
    border-radius: 4px;
    cursor: pointer;
  }
  .status {
    color: var(--_muted);
    margin: 0.5em 0;
  }
  .live {
    color: var(--_muted);
    font-size: var(--_font-size-small);
    margin: 0.25em 0 0;
  }
  .live:empty {
    margin: 0;
  }
  /* A legend: swatch and name side by side, wrapping (the wheel's sector groups, the map's countries). */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  /* Read by screen readers, takes no room: use it on a block (a table ignores width and overflow, so wrap one in a div). */
  .visually-hidden {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_bg: Canvas;
      --_line: CanvasText;
      --_accent: Highlight;
      --_focus: Highlight;
      --_error: CanvasText;
    }
  }
`;
