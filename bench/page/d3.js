// A plain, naive D3 SVG timeline written for the benchmark: one <circle> per event, all of them
// re-positioned on every zoom (d3-scale + d3-selection + d3-zoom, no culling, no canvas).
import { scaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { install, LANES, WIDTH, HEIGHT } from './harness.js';

const MARGIN = 20;

install({
  name: 'd3 (naive SVG)',
  prepare(stage, events, extent) {
    return { stage, events, extent };
  },
  render(ctx) {
    const { stage, events, extent } = ctx;
    const data = events.map((e) => ({ id: e.id, date: new Date(e.start), lane: e.lane, title: e.title }));
    const x = scaleTime()
      .domain(extent)
      .range([MARGIN, WIDTH - MARGIN]);
    const laneH = (HEIGHT - 60) / LANES;
    const svg = select(stage).append('svg').attr('width', WIDTH).attr('height', HEIGHT);
    const axis = svg.append('g').attr('transform', `translate(0,${HEIGHT - 20})`);
    const marks = svg
      .append('g')
      .selectAll('circle')
      .data(data)
      .join('circle')
      .attr('r', 3)
      .attr('cx', (d) => x(d.date))
      .attr('cy', (d) => 20 + d.lane * laneH)
      .attr('fill', 'steelblue');
    const drawAxis = (scale) => {
      const format = scale.tickFormat();
      axis
        .selectAll('text')
        .data(scale.ticks(10))
        .join('text')
        .attr('x', (d) => scale(d))
        .attr('text-anchor', 'middle')
        .attr('font-size', 11)
        .text((d) => format(d));
    };
    drawAxis(x);
    const behavior = zoom()
      .scaleExtent([1, 1e5])
      .on('zoom', (event) => {
        const zx = event.transform.rescaleX(x);
        marks.attr('cx', (d) => zx(d.date));
        drawAxis(zx);
      });
    svg.call(behavior);
    Object.assign(ctx, { x, svg, marks, behavior });
    return () => true; // synchronous
  },
  zoom(ctx, { domain: [a, b] }) {
    const { x, svg, behavior } = ctx;
    // The transform that maps [a, b] onto the full range: zoom.transform applies it (and fires 'zoom').
    const [r0, r1] = x.range();
    const k = (r1 - r0) / (x(b) - x(a));
    svg.call(behavior.transform, zoomIdentity.translate(r0 - k * x(a), 0).scale(k));
    return () => true; // synchronous
  },
  describe(ctx) {
    return `${ctx.marks?.size() ?? 0} circles`;
  },
});
