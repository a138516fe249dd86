// vis-timeline (peer build + vis-data DataSet), defaults except what a benchmark needs:
// fixed size, no current-time bar, no animation on setWindow.
import { Timeline } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { install, WIDTH, HEIGHT } from './harness.js';

install({
  name: 'vis-timeline',
  prepare(stage, events) {
    const items = events.map((e) => ({ id: e.id, content: e.title, start: e.start }));
    return { stage, items };
  },
  render(ctx) {
    let done = false;
    ctx.timeline = new Timeline(ctx.stage, new DataSet(ctx.items), {
      width: `${WIDTH}px`,
      height: `${HEIGHT}px`,
      showCurrentTime: false,
      onInitialDrawComplete: () => {
        done = true;
      },
    });
    return () => done;
  },
  zoom(ctx, { domain: [a, b] }) {
    let done = false;
    ctx.timeline.once('changed', () => {
      done = true;
    });
    ctx.timeline.setWindow(a, b, { animation: false });
    return () => done;
  },
  describe(ctx) {
    return `${ctx.stage.querySelectorAll('.vis-item').length} items in DOM`;
  },
});
