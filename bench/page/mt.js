// <meeting-timeline> from this repository (src/meeting-timeline), given `.data = { meetings }`.
import '../../src/meeting-timeline/index.js';
import { install, shownWhen, WIDTH, HEIGHT } from './harness.js';

const marks = (el) => el.shadowRoot?.querySelectorAll('[part~="meeting"], [part~="cluster"]').length ?? 0;

function mount(ctx) {
  const el = document.createElement('meeting-timeline');
  el.setAttribute('lang', 'en');
  el.style.cssText = `display:block;width:${WIDTH}px;height:${HEIGHT}px`;
  ctx.stage.append(el);
  ctx.el = el;
  return el;
}

install({
  name: 'meeting-timeline',
  // After a zoom it refreshes its (visually hidden) list twin 150 ms later: the measurement waits for it.
  quietMs: 200,
  prepare(stage, events) {
    const data = { meetings: events.map(({ id, start, title }) => ({ id, start, title })) };
    return { stage, data };
  },
  // Cold (the default): created, connected and given its data in the timed span, as an app mounts it.
  create: mount,
  // Warm: connected before the clock starts, as an element already in a page whose data arrives later.
  async warm(ctx) {
    await mount(ctx).updateComplete;
  },
  render(ctx) {
    const { el } = ctx;
    el.data = ctx.data;
    return shownWhen(
      el,
      el.updateComplete,
      () => marks(el) > 0,
      'rendered, but no meeting marks on screen (data not drawn)',
    );
  },
  zoom(ctx, { k, mid }) {
    const { el } = ctx;
    let seen;
    const listener = (event) => (seen = event.detail);
    el.addEventListener('zoom-change', listener);
    const shown = shownWhen(
      el,
      el.zoomTo(k, mid),
      () => seen && Math.abs(seen.k - k) / k < 1e-3,
      `no zoom-change to k = ${k.toFixed(3)}`,
    );
    return () => {
      const ok = shown();
      if (ok) el.removeEventListener('zoom-change', listener);
      return ok;
    };
  },
  describe(ctx) {
    const root = ctx.el.shadowRoot;
    const error = root?.querySelector('[part~="error"]');
    if (error) return `error: ${error.textContent.trim().slice(0, 160)}`;
    return `${marks(ctx.el)} marks, ${root?.querySelectorAll('*').length ?? 0} nodes in shadow root`;
  },
});
