// <meeting-map> from this repository (src/meeting-map): N meetings at N distinct synthetic places spread
// over the world (one place per event), given as `.data = { meetings }`. The map has no zoom: its
// "zoom" steps highlight another meeting's place (`meeting`), the map's own interaction frame.
import '../../src/meeting-map/index.js';
import { install, shownWhen, WIDTH, HEIGHT } from './harness.js';

// Places on the map: the listbox's set size (on a dense map each country's marks are one path).
const places = (el) => Number(el.shadowRoot?.querySelector('[role="option"]')?.getAttribute('aria-setsize') ?? 0);

// Twelve country codes (the schema takes ISO 3166-1 alpha-2): the colours a dense map has to draw.
const COUNTRIES = ['CN', 'RU', 'BR', 'IN', 'ZA', 'FR', 'DE', 'US', 'JP', 'EG', 'AR', 'AU'];

/** Deterministic coordinates for event `i`: a low-discrepancy spread over the inhabited latitudes. */
function coordinates(i) {
  const golden = 0.6180339887498949;
  const lon = ((i * golden) % 1) * 360 - 180;
  const lat = -55 + ((i * 0.7548776662466927) % 1) * 130;
  return { lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100 };
}

install({
  name: 'meeting-map',
  async prepare(stage, events) {
    const el = document.createElement('meeting-map');
    el.setAttribute('lang', 'en');
    el.style.cssText = `display:block;width:${WIDTH}px;min-height:${HEIGHT}px`;
    stage.append(el);
    // Connected before its data, as in a page: the map chunk and the land file load meanwhile (one place).
    el.data = {
      meetings: [{ id: 'warm', start: '2000', title: 'warm-up', location: { city: 'Warm', lat: 0, lon: 0 } }],
    };
    const start = performance.now();
    while (!el.shadowRoot?.querySelector('[part="land"]') && performance.now() - start < 10_000)
      await new Promise((r) => setTimeout(r, 20));
    const data = {
      meetings: events.map(({ id, start, title }, i) => ({
        id,
        start,
        title,
        location: { city: `Place ${i + 1}`, country: COUNTRIES[i % COUNTRIES.length], ...coordinates(i) },
      })),
    };
    return { el, data, n: events.length };
  },
  render(ctx) {
    const { el } = ctx;
    el.data = ctx.data;
    return shownWhen(
      el,
      el.updateComplete,
      () => places(el) === ctx.n && el.shadowRoot.querySelector('[part="land"]'),
      'rendered, but not every place is on screen',
    );
  },
  zoom(ctx, { k }) {
    const { el } = ctx;
    const id = ctx.data.meetings[Math.floor(k * 7919) % ctx.n].id;
    el.meeting = id;
    return shownWhen(
      el,
      el.updateComplete,
      () =>
        el.shadowRoot.querySelector('.ring.highlighted')?.getAttribute('data-ring') ===
        ctx.data.meetings
          .find((m) => m.id === id)
          ?.location.city.toLowerCase()
          .replace(' ', '-'),
      `no highlighted place for ${id}`,
    );
  },
  describe(ctx) {
    const root = ctx.el.shadowRoot;
    const error = root?.querySelector('[part~="error"]');
    if (error) return `error: ${error.textContent.trim().slice(0, 160)}`;
    return `${places(ctx.el)} places, ${root?.querySelector('[part="land"]') ? 'land' : 'no land'}, ${root?.querySelectorAll('*').length ?? 0} nodes in shadow root`;
  },
});
