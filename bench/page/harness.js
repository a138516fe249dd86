// In-page half of the benchmark: deterministic data, the timing rule shared by every contender,
// and `window.bench` for the driver (bench/run.mjs) to call through puppeteer.

export const DAY = 86_400_000;
export const LANES = 40;
export const ZOOM_STEPS = 30;
export const ZOOM_FACTOR = 1.15;
export const WIDTH = 1200;
export const HEIGHT = 600;

const FROM = Date.UTC(1996, 0, 1);
const TO = Date.UTC(2025, 11, 31);

/** mulberry32: a small seeded PRNG, so every contender and every run gets the same events. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `n` events spread uniformly over 1996–2025, sorted by date: `{ id, start: 'YYYY-MM-DD', title, lane }`
 * (`lane` is 0…LANES-1, used by the contenders that need a row).
 */
export function makeEvents(n, seed = 20_250_101) {
  const random = prng(seed);
  const days = Math.round((TO - FROM) / DAY);
  const raw = [];
  for (let i = 0; i < n; i++) raw.push({ day: Math.floor(random() * (days + 1)), lane: Math.floor(random() * LANES) });
  raw.sort((a, b) => a.day - b.day);
  return raw.map((r, i) => ({
    id: `e${i + 1}`,
    start: iso(FROM + r.day * DAY),
    title: `Meeting ${i + 1}`,
    lane: r.lane,
  }));
}

/** [first start, last start + 1 day] in ms. */
export function extentOf(events) {
  if (!events.length) return [FROM, TO + DAY];
  return [Date.parse(events[0].start), Date.parse(events[events.length - 1].start) + DAY];
}

/** The time window after zoom step `i` (1…30): the full extent narrowed by ZOOM_FACTOR^i around its middle. */
export function zoomDomain([lo, hi], i) {
  const k = ZOOM_FACTOR ** i;
  const mid = (lo + hi) / 2;
  const half = (hi - lo) / 2 / k;
  return { k, mid, domain: [mid - half, mid + half] };
}

/** Resolves inside the next requestAnimationFrame callback (the continuation runs before that frame's rendering). */
const frameStart = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The timing rule, the same for every contender. A step starts at the beginning of a frame (inside a
 * requestAnimationFrame callback, where the browser also delivers input events) and is timed from
 * `t0` to the end of the first frame whose rendering (style, layout, paint) ran after the contender's
 * result was in the DOM: the same frame if the contender updates synchronously or in a microtask,
 * a later one if it defers its work. A frame's end is observed by a message posted from inside that
 * frame (first check) or its requestAnimationFrame callback: that task runs once the frame's
 * rendering work is done. `shown()` says whether the result is in the DOM yet.
 */
function untilShown(shown, t0, capMs = 120_000) {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      let ok;
      try {
        ok = shown();
      } catch (error) {
        reject(error);
        return;
      }
      if (ok) resolve(now - t0);
      else if (now - t0 > capMs) reject(new Error('never shown'));
      else requestAnimationFrame(tick);
    };
    const tick = () => channel.port2.postMessage(0);
    tick(); // called inside a frame: this message arrives when the frame is rendered
  });
}

/**
 * Watches the DOM under `root` for changes, including inside the shadow roots of custom elements (and
 * the custom elements those render), so "the DOM settled" covers work an element defers to later frames.
 */
function watchDom(root) {
  let changed = false;
  const observed = new WeakSet();
  const options = { childList: true, subtree: true, attributes: true, characterData: true };
  const observer = new MutationObserver((records) => {
    changed = true;
    for (const record of records) for (const node of record.addedNodes) attach(node);
  });
  // Only custom elements can carry the shadow roots that matter here; a cheap check keeps 100,000 plain
  // SVG nodes from costing the observer much.
  function attach(node) {
    if (node.nodeType !== 1 || !node.localName.includes('-')) return;
    const shadow = node.shadowRoot;
    if (!shadow || observed.has(shadow)) return;
    observed.add(shadow);
    observer.observe(shadow, options);
    for (const inner of shadow.querySelectorAll('*')) attach(inner);
  }
  observer.observe(root, options);
  for (const node of root.querySelectorAll('*')) attach(node);
  return {
    /** Whether anything changed since the last call. */
    take() {
      for (const record of observer.takeRecords()) {
        changed = true;
        for (const node of record.addedNodes) attach(node);
      }
      const was = changed;
      changed = false;
      return was;
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * After `t0`, follows frames until the result is shown and the DOM under `stage` has not changed for
 * `quietFrames` frames and `quietMs` ms. Returns `{ shownMs, settledMs, worstFrameMs }`: the end of the
 * first frame that showed the result, the end of the last frame that changed the DOM, and the busiest
 * frame on the way (its rendering work plus any task that ran since the previous frame, beyond a frame's
 * budget), all from `t0`.
 */
function untilSettled(stage, shown, t0, { quietFrames = 3, quietMs = 250, capMs = 120_000 } = {}) {
  const watch = watchDom(stage);
  watch.take();
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    let shownMs = null;
    let settledMs = 0;
    let quiet = 0;
    let frameStartedAt = t0;
    let previousEnd = t0;
    let worstFrameMs = 0;
    let changedThisFrame = true; // the call itself happened in the frame that started at t0
    channel.port1.onmessage = () => {
      const now = performance.now();
      const between = Math.max(0, frameStartedAt - previousEnd - 1000 / 60);
      worstFrameMs = Math.max(worstFrameMs, now - frameStartedAt + between);
      previousEnd = now;
      if (watch.take() || changedThisFrame) {
        settledMs = now - t0;
        quiet = 0;
      } else quiet++;
      changedThisFrame = false;
      try {
        if (shownMs == null && shown()) shownMs = now - t0;
      } catch (error) {
        watch.stop();
        reject(error);
        return;
      }
      if (shownMs != null && quiet >= quietFrames && now - t0 - settledMs >= quietMs) {
        watch.stop();
        resolve({ shownMs, settledMs: Math.max(settledMs, shownMs), worstFrameMs });
      } else if (now - t0 > capMs) {
        watch.stop();
        reject(new Error(shownMs == null ? 'never shown' : 'the DOM never settled'));
      } else requestAnimationFrame(tick);
    };
    const tick = () => {
      frameStartedAt = performance.now();
      changedThisFrame = watch.take();
      channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0); // called inside a frame: this message arrives when the frame is rendered
  });
}

/** A few quiet frames and an idle period, so one measurement does not spill into the next. */
async function settle(frames = 3, quietMs = 0) {
  if (quietMs) await new Promise((r) => setTimeout(r, quietMs));
  for (let i = 0; i < frames; i++) {
    await frameStart();
    await untilShown(() => true, 0);
  }
  await new Promise((r) => requestIdleCallback(r, { timeout: 200 }));
}

/**
 * Installs `window.bench` for one contender. `adapter`:
 * - `prepare(stage, events, extent)` → context (may be async; not timed): data in the library's shape.
 * - `create(ctx)` (optional, timed, cold runs only): create and connect the library's element or
 *   instance, as an app mounting it with its data does; `render` follows in the same task.
 * - `warm(ctx)` (optional, not timed, warm runs only): create and connect it ahead of the data.
 * - `render(ctx)` → `shown()` predicate (timed): give the data to the library.
 * - `zoom(ctx, { k, mid, domain })` → `shown()` predicate (timed): apply one zoom step through the library's API.
 * - `describe(ctx)` → short text about what is on screen (sanity check, printed by the driver).
 *
 * Every measurement runs until the DOM settles (see `untilSettled`): work a library defers to later
 * frames (a debounced list, a second pass after a resize) is charged to it.
 */
export function install(adapter) {
  let ctx;
  let extent;
  let stage;
  window.bench = {
    name: adapter.name,
    async setup(n, { warm = false } = {}) {
      const events = makeEvents(n);
      extent = extentOf(events);
      stage = document.getElementById('stage');
      ctx = await adapter.prepare(stage, events, extent);
      if (warm) await adapter.warm?.(ctx);
      else ctx.cold = true;
      await settle();
      return true;
    },
    /** `{ shownMs, settledMs, worstFrameMs }` for the first render (element created inside the span when cold). */
    async firstRender() {
      await frameStart();
      const t0 = performance.now();
      if (ctx.cold) adapter.create?.(ctx);
      const shown = adapter.render(ctx);
      const result = await untilSettled(stage, shown, t0);
      await settle(5, adapter.quietMs);
      return result;
    },
    async zoomStep(i) {
      const step = zoomDomain(extent, i);
      await frameStart();
      const t0 = performance.now();
      const shown = adapter.zoom(ctx, step);
      const result = await untilSettled(stage, shown, t0);
      await settle(3);
      return result;
    },
    describe() {
      return adapter.describe ? adapter.describe(ctx) : '';
    },
  };
}

/**
 * "Shown" once Lit has rendered with no update queued and `check()` holds; if Lit is idle and the
 * check still fails after a few frames, the element rendered something else: fail with `why`.
 */
export function shownWhen(el, promise, check, why) {
  let done = false;
  let idleFrames = 0;
  promise.then(() => (done = true));
  return () => {
    if (!done || el.isUpdatePending) return false;
    if (check()) return true;
    if (++idleFrames > 10) throw new Error(why);
    return false;
  };
}
