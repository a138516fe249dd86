// @web/test-runner-commands' setViewport and emulateMedia, in every engine. Chromium (CDP) does both. Over
// WebDriver BiDi (Firefox) and WebDriver classic (WebKit) the launchers support neither, so:
// - setViewport resizes the browser window until its viewport has the size asked (the `window-viewport`
//   command of scripts/wtr/browser-commands.mjs), where the launcher cannot set the viewport itself;
// - emulateMedia, where the launcher cannot emulate media, makes the page's matchMedia answer for the emulated
//   features, which is how the elements read them (CSS media queries are then not emulated).
import {
  emulateMedia as emulateInBrowser,
  executeServerCommand,
  setViewport as setViewportInBrowser,
} from '@web/test-runner-commands';

type Viewport = { width: number; height: number };
type Media = { reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' | 'no-preference' };

// Only Chromium's launcher (CDP) emulates media; asking the others fills the log with their errors.
const canEmulateMedia = /Chrome\//.test(navigator.userAgent) && !/\bFirefox\//.test(navigator.userAgent);

const unsupported = (error: unknown) =>
  /not supported|CDP support is required/i.test(String((error as Error)?.message ?? error));

// Puppeteer's launchers (Chromium, Firefox) set the viewport; over WebDriver classic (WebKit) the window is resized.
const puppeteerDriven = /Chrome\/|Firefox\//.test(navigator.userAgent);

export async function setViewport(viewport: Viewport): Promise<void> {
  try {
    if (!puppeteerDriven) throw new Error('not supported');
    await setViewportInBrowser(viewport);
  } catch (error) {
    if (!unsupported(error)) throw error;
    await executeServerCommand('window-viewport', viewport);
  }
}

const FEATURES = { reducedMotion: 'prefers-reduced-motion', colorScheme: 'prefers-color-scheme' } as const;
const emulated = new Map<string, string>();
const nativeMatchMedia = window.matchMedia.bind(window);

function emulatedMatchMedia(query: string): MediaQueryList {
  const list = nativeMatchMedia(query);
  const [, feature, value] = /^\(\s*([a-z-]+)\s*:\s*([a-z-]+)\s*\)$/.exec(query.trim()) ?? [];
  if (feature && emulated.has(feature))
    Object.defineProperty(list, 'matches', { value: emulated.get(feature) === value });
  return list;
}

export async function emulateMedia(media: Media): Promise<void> {
  try {
    if (!canEmulateMedia) throw new Error('not supported');
    await emulateInBrowser(media);
  } catch (error) {
    if (!unsupported(error)) throw error;
    for (const [key, feature] of Object.entries(FEATURES)) {
      const value = media[key as keyof Media];
      if (value === undefined) continue;
      if (value === 'no-preference') emulated.delete(feature);
      else emulated.set(feature, value);
    }
    window.matchMedia = emulated.size ? emulatedMatchMedia : nativeMatchMedia;
  }
}

let cssMedia: boolean | undefined;

/**
 * Whether the launcher emulates media for CSS too (Chromium over CDP), not only for matchMedia: a test of
 * what a media query in a style sheet does skips itself where it cannot be emulated (Firefox, WebKit here).
 */
export async function emulatesCssMedia(): Promise<boolean> {
  if (cssMedia === undefined) {
    try {
      if (!canEmulateMedia) throw new Error('not supported');
      await emulateInBrowser({ colorScheme: 'light' });
      cssMedia = true;
    } catch (error) {
      if (!unsupported(error)) throw error;
      cssMedia = false;
    }
  }
  return cssMedia;
}

/** Makes the test's page the focused one again, before a test of what keyboard focus looks like. */
export async function focusPage(): Promise<void> {
  await executeServerCommand('bring-to-front');
  window.focus();
}
