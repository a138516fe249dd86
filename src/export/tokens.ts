/**
 * The theme's default colours as values, for drawing outside the element (the command-line
 * renderer). In the page the exporter reads the element's computed tokens instead, so page
 * overrides (`--mv-color-*`) and `prefers-color-scheme` carry into the file; a test checks these
 * values against `shared/theme.ts`.
 */
export interface ThemeColours {
  fg: string;
  muted: string;
  bg: string;
  surface: string;
  line: string;
  accent: string;
  /** Host countries' colours, by palette slot (`--mv-host-1` …); the shared palette when left out. */
  hosts?: readonly string[];
}

export const THEMES: Record<'light' | 'dark', ThemeColours> = {
  light: { fg: '#1b1f24', muted: '#57606a', bg: '#ffffff', surface: '#f3f4f6', line: '#8c959f', accent: '#b3261e' },
  dark: { fg: '#e6edf3', muted: '#9da7b3', bg: '#0d1117', surface: '#1c2128', line: '#6e7681', accent: '#ff8a80' },
};

/** The private token each colour comes from in the element's styles. */
export const TOKEN_OF: Record<Exclude<keyof ThemeColours, 'hosts'>, string> = {
  fg: '--_fg',
  muted: '--_muted',
  bg: '--_bg',
  surface: '--_surface',
  line: '--_line',
  accent: '--_accent',
};

/** The private tokens of the timeline's host colours, by palette slot (defined in its styles). */
export const HOST_TOKENS: readonly string[] = [
  '--_host-1',
  '--_host-2',
  '--_host-3',
  '--_host-4',
  '--_host-5',
  '--_host-6',
  '--_host-7',
  '--_host-8',
];

/**
 * The fonts a file drawn without a browser names: fonts the command-line renderer can count on
 * (fonts-noto-core and fonts-noto-cjk on Debian) and whose widths it carries (`font-widths.ts`).
 */
export const STATIC_FONT = "'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif";
