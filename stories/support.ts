import type { Decorator } from '@storybook/web-components-vite';

/** A URL whose request never settles (until aborted), so a loading state stays on screen. */
export const NEVER_ANSWERS = 'never-answers/meetings.json';

let fetchPatched = false;
/** Decorator: makes {@link NEVER_ANSWERS} hang, for loading-state stories. */
export const neverAnswer: Decorator = (story) => {
  if (!fetchPatched) {
    fetchPatched = true;
    const realFetch = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).endsWith(NEVER_ANSWERS)
        ? new Promise<Response>((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          )
        : realFetch(input, init);
  }
  return story();
};

/** Data with problems: an impossible date, a missing title, a duplicate id; one good record. */
export const BAD_DATA = {
  meetings: [
    { id: 'ok', start: '2025-11-03', title: 'A valid meeting' },
    { id: 'x', start: '2025-13-01', title: 'Impossible date' },
    { id: 'y', start: '2020-01-01' },
    { id: 'ok', start: '2021', title: 'Duplicate id' },
  ],
};

/** A valid file with no meetings yet. */
export const EMPTY = { meetings: [] };

/** The real dataset's URL, served from the gallery (staticDirs), as a page would load it. */
export const DATA_URL = 'data/china-russia-regular-meetings.json';
