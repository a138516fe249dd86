// timelines-chart (vasturiano): events as 1-day segments on 5 groups × 8 lines; animations off.
// Its zoomX() re-renders asynchronously (debounced update, then d3 transitions on the next frames),
// so "shown" is read from the DOM: every x-axis tick and the first segments sit where the new scale puts them.
import TimelinesChart from 'timelines-chart';
import { install, DAY, LANES, WIDTH, HEIGHT } from './harness.js';

const GROUPS = 5;
const LEFT = 90;
const RIGHT = 100;
const GRAPH_W = WIDTH - LEFT - RIGHT;

function placedFor([a, b], root) {
  const x = (t) => Math.max(0, Math.min(GRAPH_W, ((+t - a) / (b - a)) * GRAPH_W));
  const ticks = root.querySelectorAll('g.x-axis g.tick');
  if (!ticks.length) return false;
  for (const tick of ticks) {
    const m = /translate\(([-\d.e]+)/.exec(tick.getAttribute('transform') ?? '');
    if (!m || Math.abs(+m[1] - x(tick.__data__)) > 1) return false;
  }
  let checked = 0;
  for (const rect of root.querySelectorAll('rect.series-segment')) {
    const d = rect.__data__;
    if (!d || d.timeRange[0] < a || d.timeRange[0] > b) continue;
    if (Math.abs(+rect.getAttribute('x') - x(d.timeRange[0])) > 0.5 || rect.style.fillOpacity === '0') return false;
    if (++checked === 20) break;
  }
  return true;
}

install({
  name: 'timelines-chart',
  prepare(stage, events) {
    const linesPerGroup = LANES / GROUPS;
    const data = Array.from({ length: GROUPS }, (_, g) => ({
      group: `group ${g + 1}`,
      data: Array.from({ length: linesPerGroup }, (_, l) => ({ label: `line ${l + 1}`, data: [] })),
    }));
    for (const e of events) {
      const t = Date.parse(e.start);
      const g = Math.floor(e.lane / linesPerGroup);
      data[g].data[e.lane % linesPerGroup].data.push({ timeRange: [t, t + DAY], val: g });
    }
    return { stage, data };
  },
  render(ctx) {
    ctx.chart = new TimelinesChart(ctx.stage).width(WIDTH).maxHeight(HEIGHT).enableAnimations(false).data(ctx.data);
    const extent = ctx.chart.zoomX().map(Number);
    return () => placedFor(extent, ctx.stage);
  },
  zoom(ctx, { domain }) {
    ctx.chart.zoomX([new Date(domain[0]), new Date(domain[1])]);
    return () => placedFor(domain, ctx.stage);
  },
  describe(ctx) {
    return `${ctx.stage.querySelectorAll('rect.series-segment').length} segments in DOM`;
  },
});
