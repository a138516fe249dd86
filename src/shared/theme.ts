import { css } from 'lit';

/** The dark theme's defaults: forced by `theme="dark"`, or followed from `prefers-color-scheme`. */
const darkTokens = css`
  --_fg: var(--mv-color-text, #e6edf3);
  --_muted: var(--mv-color-muted, #9da7b3);
  --_bg: var(--mv-color-background, #0d1117);
  --_surface: var(--mv-color-surface, #1c2128);
  --_line: var(--mv-color-line, #6e7681);
  --_accent: var(--mv-color-accent, #ff8a80);
  --_focus: var(--mv-color-focus, #79c0ff);
  --_error: var(--mv-color-error, #ffa198);
  color-scheme: dark;
`;

/**
 * Design tokens every element shares. Each is a CSS custom property the page may set; the
 * defaults follow `prefers-color-scheme` unless the element's `theme` attribute forces one.
 * Colours meet WCAG AA against the background in both themes.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--mv-color-text, #1b1f24);
    --_muted: var(--mv-color-muted, #57606a);
    --_bg: var(--mv-color-background, #ffffff);
    --_surface: var(--mv-color-surface, #f3f4f6);
    --_line: var(--mv-color-line, #8c959f);
    --_accent: var(--mv-color-accent, #b3261e);
    --_focus: var(--mv-color-focus, #0a58ca);
    --_error: var(--mv-color-error, #a40e26);
    --_font: var(--mv-font-family, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--mv-font-size, 14px);
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
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
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
    font-weight: 600;
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .status {
    color: var(--_muted);
    margin: 0.5em 0;
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
