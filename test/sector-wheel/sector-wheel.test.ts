import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { emulateMedia } from '../commands.js';
import type { SectorWheel } from '../../src/sector-wheel/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';
import { syntheticSeries } from './fixtures.js';
import { $, $$, active, click, group, realSeries, sector, wheel, type WheelOptions } from './harness.js';

let series: MeetingSeries;
before(async () => {
  series = await realSeries();
  await emulateMedia({ reducedMotion: 'reduce' });
});
after(() => emulateMedia({ reducedMotion: 'no-preference' }));

describe('<sector-wheel>', () => {
  it('shows the series: an inner ring of groups and an outer ring of every sector', async () => {
    const el = await wheel();
    const groups = $$(el, '[part~="group"]');
    expect(groups.map((g) => g.getAttribute('data-id'))).to.deep.equal(series.sectorGroups!.map((g) => g.id));
    expect($$(el, '[part~="sector"]')).to.have.length(series.sectors!.length);
    expect($(el, '.centre')!.textContent).to.contain('Regular meetings');
  });

  it('names each wedge with sector, group and weight', async () => {
    const el = await wheel();
    const touching = series.meetings.filter(
      (m) => m.sectors?.includes('trade') || m.documents?.some((d) => d.sectors?.includes('trade')),
    ).length;
    expect(sector(el, 'trade').getAttribute('aria-label')).to.equal(
      `Trade — Economy and trade: ${touching} of 30 meetings`,
    );
    expect(sector(el, 'trade').querySelector('title')!.textContent).to.equal(
      sector(el, 'trade').getAttribute('aria-label'),
    );
  });

  it('shows one meeting with meeting="m30": its title in the centre, its sectors weighted by documents', async () => {
    const el = await wheel({ meeting: 'm30' });
    expect($(el, '.centre')!.textContent).to.match(/30/);
    // satellite navigation: two documents and the meeting's own list
    expect(sector(el, 'satellite-navigation').getAttribute('aria-label')).to.contain('3 documents and commitments');
    expect(sector(el, 'nuclear-energy')).to.equal(null);
  });

  it('selects a sector on click: fires sector-select and lists its meetings', async () => {
    const el = await wheel();
    setTimeout(() => click(sector(el, 'customs')));
    const event = await oneEvent(el, 'sector-select');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.id).to.equal('customs');
    expect(event.detail.meetings).to.include.members(['m19', 'm20', 'm30']);
    expect(event.detail.sector.label).to.equal('Customs');
    await el.updateComplete;
    expect(el.selected).to.equal('customs');
    expect(sector(el, 'customs').getAttribute('part')).to.equal('sector selected');
    const listed = $$(el, '[part="details"] li[data-meeting]').map((li) => li.getAttribute('data-meeting'));
    expect(listed).to.deep.equal(event.detail.meetings);
    expect($(el, '.centre')!.textContent).to.contain('Customs');
  });

  it('lists the documents of a sector in one meeting', async () => {
    const el = await wheel({ meeting: 'm30' });
    click(sector(el, 'satellite-navigation'));
    await el.updateComplete;
    expect($$(el, '[part="details"] .documents li')).to.have.length(2);
  });

  it('has one tab stop and moves around a ring, down to sectors and up to groups with the keyboard', async () => {
    const el = await wheel();
    expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
    group(el, 'economy').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal('group:energy');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(active(el)).to.equal(`group:${series.sectorGroups!.at(-1)!.id}`);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)).to.equal('sector:trade');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal('sector:investment');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active(el)).to.equal('group:economy');
    expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
  });

  it('exposes a tree with levels, positions and expanded groups', async () => {
    const el = await wheel();
    expect($(el, '[role="tree"]')).to.not.equal(null);
    const energy = group(el, 'energy');
    expect([
      energy.getAttribute('aria-level'),
      energy.getAttribute('aria-posinset'),
      energy.getAttribute('aria-setsize'),
      energy.getAttribute('aria-expanded'),
    ]).to.deep.equal(['1', '2', '5', 'true']);
    const trade = sector(el, 'trade');
    expect([trade.getAttribute('aria-level'), trade.getAttribute('aria-posinset')]).to.deep.equal(['2', '1']);
  });

  it('drills into a group with Enter and back out with Escape, firing group-select', async () => {
    const el = await wheel();
    group(el, 'energy').focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const zoomIn = await oneEvent(el, 'group-select');
    expect(zoomIn.detail.id).to.equal('energy');
    expect(zoomIn.detail.sectors).to.include('nuclear-energy');
    await el.updateComplete;
    expect(el.group).to.equal('energy');
    expect($$(el, '[part~="group"]').map((g) => g.getAttribute('data-id'))).to.deep.equal(['energy']);
    expect(
      $$(el, '[part~="sector"]').every(
        (s) => series.sectors!.find((x) => x.id === s.getAttribute('data-id'))!.group === 'energy',
      ),
    ).to.equal(true);
    expect(active(el)).to.equal('group:energy');
    expect($$(el, 'table tbody tr')).to.have.length(series.sectors!.filter((s) => s.group === 'energy').length);
    setTimeout(() => sendKeys({ press: 'Escape' }));
    const zoomOut = await oneEvent(el, 'group-select');
    expect(zoomOut.detail.id).to.equal(null);
    await el.updateComplete;
    expect(el.group).to.equal(undefined);
    expect($$(el, '[part~="group"]')).to.have.length(5);
    expect($$(el, 'table tbody tr')).to.have.length(series.sectors!.length);
  });

  it('selects a sector with Space', async () => {
    const el = await wheel();
    sector(el, 'trade').focus();
    setTimeout(() => sendKeys({ press: ' ' }));
    const event = await oneEvent(el, 'sector-select');
    expect(event.detail.id).to.equal('trade');
  });

  it('drills in with a mouse click and zooms out with the breadcrumb button', async () => {
    const el = await wheel();
    const box = group(el, 'people').getBoundingClientRect();
    // Click inside the wedge, near its middle along the ring.
    const path = group(el, 'people');
    const svg = path.ownerSVGElement!;
    let point: [number, number] | undefined;
    for (let y = Math.floor(box.top); y < box.bottom && !point; y += 2) {
      for (let x = Math.floor(box.left); x < box.right && !point; x += 2) {
        const p = new DOMPoint(
          x - svg.getBoundingClientRect().left - svg.width.baseVal.value / 2,
          y - svg.getBoundingClientRect().top - svg.height.baseVal.value / 2,
        );
        if (path.isPointInFill(p) && el.shadowRoot!.elementFromPoint(x, y) === path) point = [x, y];
      }
    }
    expect(point, 'a point in the wedge').to.not.equal(undefined);
    await sendMouse({ type: 'click', position: point! });
    await el.updateComplete;
    expect(el.group).to.equal('people');
    const crumbs = $$(el, '[part="breadcrumbs"] button') as HTMLButtonElement[];
    expect(crumbs.map((b) => b.textContent!.trim())).to.deep.equal(['All sectors', 'People-to-people']);
    expect(crumbs[1].getAttribute('aria-current')).to.equal('location');
    crumbs[0].click();
    await el.updateComplete;
    expect(el.group).to.equal(undefined);
  });

  it('starts zoomed in with the group attribute', async () => {
    const el = await wheel({ group: 'technology' });
    expect($$(el, '[part~="group"]').map((g) => g.getAttribute('data-id'))).to.deep.equal(['technology']);
  });

  it('animates the zoom, and not under prefers-reduced-motion', async () => {
    const el = await wheel();
    await emulateMedia({ reducedMotion: 'no-preference' });
    try {
      el.group = 'energy';
      await el.updateComplete;
      // Mid-zoom the groups folding away are still drawn.
      expect($$(el, '[part~="group"]').length).to.be.above(1);
      await waitUntil(() => $$(el, '[part~="group"]').length === 1, 'zoom finished', { timeout: 2000 });
    } finally {
      await emulateMedia({ reducedMotion: 'reduce' });
    }
    el.group = undefined;
    await el.updateComplete;
    expect($$(el, '[part~="group"]')).to.have.length(5);
  });

  it('gives equal wedges with weight="equal"', async () => {
    const el = await wheel({ weight: 'equal' });
    const lengths = ['trade', 'energy', 'humanities'].map((id) => sector(el, id).getTotalLength());
    expect(lengths[0]).to.be.closeTo(lengths[1], 0.5);
    expect(lengths[1]).to.be.closeTo(lengths[2], 0.5);
  });

  it('fits a 280px container: square, with every label inside the box and none overlapping', async () => {
    const el = await wheel({ width: 280 });
    const svg = $(el, 'svg') as SVGSVGElement;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).to.deep.equal(['280', '280']);
    const frame = svg.getBoundingClientRect();
    const boxes = $$(el, '.label, .centre text').map((t) => t.getBoundingClientRect());
    expect(boxes.length).to.be.above(3);
    for (const b of boxes) {
      expect(b.left).to.be.at.least(frame.left - 0.5);
      expect(b.right).to.be.at.most(frame.right + 0.5);
      expect(b.top).to.be.at.least(frame.top - 0.5);
      expect(b.bottom).to.be.at.most(frame.bottom + 0.5);
    }
  });

  it('follows its container when it is resized', async () => {
    const el = await wheel({ width: 700 });
    (el.parentElement as HTMLElement).style.width = '300px';
    await waitUntil(() => $(el, 'svg')!.getAttribute('width') === '300', 'resized');
    expect($$(el, '.leader')).to.have.length(0);
  });

  it('draws outside labels with leader lines when wide, none overlapping', async () => {
    const el = await wheel({ width: 800 });
    expect($$(el, '.leader').length).to.be.above(5);
    // A text box is the font's ascent + descent, which in some fonts (the fallback sans of a bare Linux) is a
    // pixel taller than the 16px line: boxes may touch by that pixel, glyphs do not.
    const boxes = $$(el, '.label').map((t) => t.getBoundingClientRect());
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        expect(a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).to.equal(
          false,
        );
      }
  });

  it('speaks Chinese and Russian, shortening long labels and keeping the full text in the name', async () => {
    const zh = await wheel({ lang: 'zh', width: 320 });
    expect($(el2(zh), '[part="breadcrumbs"] button')!.textContent).to.contain('全部领域');
    expect(group(zh, 'energy').getAttribute('aria-label')).to.contain('能源与资源');
    const ru = await wheel({ lang: 'ru', width: 320 });
    const labels = $$(ru, '.label') as SVGTextElement[];
    expect(labels.some((l) => l.textContent!.endsWith('…'))).to.equal(true);
    expect(sector(ru, 'regional-cooperation').getAttribute('aria-label')).to.contain(
      'Межрегиональное и приграничное сотрудничество',
    );
  });

  it('hides the legend with legend="none"', async () => {
    expect($(await wheel(), '[part="legend"]')).to.not.equal(null);
    expect($(await wheel({ legend: 'none' }), '[part="legend"]')).to.equal(null);
  });

  it('gathers thin sectors into an expandable "more" wedge and opens it by zooming in', async () => {
    const data = syntheticSeries(200, 3);
    const el = await wheel({ data, width: 300 });
    const more = $(el, '[part~="more"]') as SVGPathElement;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-label')).to.match(/more — .*\(Sector number \d+, /);
    const groupId = more.dataset.id!.slice('more:'.length);
    click(more);
    await el.updateComplete;
    expect(el.group).to.equal(groupId);
  });

  it('zoomed in, still-thin sectors stay gathered until the "more" wedge is opened with Enter', async () => {
    const el = await wheel({ data: syntheticSeries(300, 2), width: 300, group: 'g0' });
    const more = $(el, '[part~="more"]') as SVGPathElement;
    const gathered = $$(el, '[part~="sector"]').length;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part~="more"]')).to.equal(null);
    expect($$(el, '[part~="sector"]')).to.have.length(150);
    expect(gathered).to.be.below(150);
  });

  it('backs out with Home as well as Escape', async () => {
    const el = await wheel({ group: 'energy' });
    sector(el, 'nuclear-energy').focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.group).to.equal(undefined);
    expect(active(el)).to.equal('group:energy');
  });

  it('says so when the meeting does not exist or the data has no sectors', async () => {
    const missing = await wheel({ meeting: 'nope' });
    expect($(missing, '[role="alert"]')!.textContent).to.contain('nope');
    const bare = await wheel({ data: { meetings: [{ id: 'a', start: '2020', title: 'A' }] } });
    expect($(bare, '[role="alert"]')!.textContent).to.contain('no sectors');
    const broken = await wheel({ data: { meetings: [{ id: 'a' }] } });
    expect($(broken, '[role="alert"]')).to.not.equal(null);
  });

  it('treats data text as text, never as HTML', async () => {
    const data = {
      sectors: [{ id: 'x', label: '<img src=x onerror=alert(1)>' }],
      meetings: [{ id: 'a', start: '2020', title: '<b>bold</b>', sectors: ['x'] }],
    };
    const el = await wheel({ data });
    expect($(el, 'img, b')).to.equal(null);
    expect(sector(el, 'x').getAttribute('aria-label')).to.contain('<img');
  });

  for (const o of [
    {},
    { theme: 'dark' },
    { lang: 'zh' },
    { lang: 'ru' },
    { meeting: 'm30', theme: 'dark' },
  ] as WheelOptions[]) {
    it(`has no axe violations (${JSON.stringify(o)})`, async () => {
      const el = await wheel(o);
      click(sector(el, 'energy'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations when drilled in', async () => {
    const el = await wheel({ group: 'energy' });
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });
});

function el2(el: SectorWheel): SectorWheel {
  return el;
}
