import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../commands.js';
import '../../src/sector-wheel/index.js';
import type { SectorWheel } from '../../src/sector-wheel/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { wheelHeight } from '../../src/sector-wheel/layout.js';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

/** A wheel `width` px wide, with `style` on it, drawn at that width. */
async function wheel(width: number, style = ''): Promise<SectorWheel> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><sector-wheel .data=${series} lang="en" style=${style}></sector-wheel></div>`,
  );
  const el = wrapper.querySelector('sector-wheel')!;
  await waitUntil(
    () => el.shadowRoot!.querySelector('svg')?.getAttribute('width') === String(width),
    'drawn at its width',
  );
  await new Promise((done) => requestAnimationFrame(done));
  await el.updateComplete;
  return el;
}

/** The drawing's box, and the box of everything drawn in it (wedges, labels, leader lines). */
function boxes(el: SectorWheel) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const outer = svg.getBoundingClientRect();
  const parts = [...svg.querySelectorAll('.wedge, .label, .leader')].map((p) => p.getBoundingClientRect());
  const drawn = { top: Math.min(...parts.map((b) => b.top)), bottom: Math.max(...parts.map((b) => b.bottom)) };
  return { outer, drawn };
}

describe('wheelHeight', () => {
  it('is the ring’s height: the width less the room for outside labels (and their leader lines)', () => {
    expect(wheelHeight(400)).to.equal(400);
    expect(wheelHeight(1000, { labelRoom: 220 })).to.equal(576);
  });

  it('grows for a column of outside labels taller than the ring, and stops at the maximum', () => {
    expect(wheelHeight(1000, { labelRoom: 220, labelColumn: 700 })).to.equal(700);
    expect(wheelHeight(1000, { labelRoom: 220, labelColumn: 700, maxHeight: 600 })).to.equal(600);
    expect(wheelHeight(400, { maxHeight: 300 })).to.equal(300);
  });
});

describe('<sector-wheel> fills its box', () => {
  for (const width of [320, 600, 1000]) {
    it(`at ${width} px: no blank band above or below the ring and its labels`, async () => {
      const { outer, drawn } = boxes(await wheel(width));
      expect(outer.width).to.equal(width);
      expect(drawn.top - outer.top, 'blank band above').to.be.below(16);
      expect(outer.bottom - drawn.bottom, 'blank band below').to.be.below(16);
    });
  }

  it('stops at --mv-wheel-max-height, and keeps the whole ring inside', async () => {
    const el = await wheel(1000, '--mv-wheel-max-height: 20rem');
    const { outer, drawn } = boxes(el);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(outer.height).to.equal(20 * rem);
    expect(drawn.top).to.be.at.least(outer.top - 1);
    expect(drawn.bottom).to.be.at.most(outer.bottom + 1);
  });
});

describe('a wheel whose room shrinks', () => {
  it('never reaches past its room, also before it has redrawn at the new width', async () => {
    const el = await wheel(500);
    const room = el.parentElement!;
    room.style.width = '420px';
    // Read in the same task: the wheel has not heard of the change yet (its resize comes later).
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('500');
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(420);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await waitUntil(() => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === '420', 'redrawn at 420 px');
  });
});
