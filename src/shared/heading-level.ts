/**
 * Headings that fit the host page's outline: an element's headings default to one level below the
 * nearest heading before it in the document (else 2), so that an element placed after an `h1`
 * does not skip a level. The element's `heading-level` attribute still overrides.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level clamped to 1–6 (`fallback` when not a number). */
export function clampLevel(level: number, fallback = 2): number {
  return Math.min(6, Math.max(1, Math.round(level) || fallback));
}

/** The tag for a heading of `level`, for `lit/static-html.js` templates: `<${headingTag(2)}>`. */
export function headingTag(level: number): StaticValue {
  return TAGS[clampLevel(level) - 1];
}

/** The level of a heading element: `h1`–`h6`, or `aria-level` (default 2) of a `role="heading"`. */
export function levelOf(heading: Element): number {
  const match = /^h([1-6])$/i.exec(heading.localName);
  return match ? Number(match[1]) : clampLevel(Number(heading.getAttribute('aria-level')), 2);
}

/** The nearest heading before `element` in document order, looking out of shadow roots; undefined if none. */
export function headingBefore(element: Element): Element | undefined {
  let node: Element = element;
  for (;;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    const headings = root.querySelectorAll?.(HEADINGS) ?? [];
    for (let i = headings.length - 1; i >= 0; i--) {
      const heading = headings[i];
      if (heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING && !heading.contains(node))
        return heading;
    }
    if (!(root instanceof ShadowRoot)) return undefined;
    node = root.host;
  }
}

/** One level below the nearest heading before `element` (at most 6), or 2 when there is none. */
export function pageHeadingLevel(element: Element): number {
  const heading = headingBefore(element);
  return heading ? Math.min(6, levelOf(heading) + 1) : 2;
}

/**
 * Keeps `level`, the heading level that fits where the host sits in the page, worked out when the
 * host is connected (by then a parsed page has every heading before it); `recheck()` looks again.
 */
export class HeadingLevelController implements ReactiveController {
  level = 2;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.recheck();
  }

  /** Looks at the page again (headings added before the element since it was connected). */
  recheck(): void {
    this.level = pageHeadingLevel(this.host);
  }
}
