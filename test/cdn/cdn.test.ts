import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, settled, CDN, DATA, type Frame } from './frame.js';

const THREE = `
  <meeting-timeline src="${DATA}"></meeting-timeline>
  <sector-wheel src="${DATA}" meeting="m30"></sector-wheel>
  <meeting-card src="${DATA}" meeting="m30"></meeting-card>`;

/** Where each element's first meaningful parts sit, relative to the element, to compare two pages. */
function geometry(frame: Frame) {
  return [...frame.document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card')].map((el) => {
    const host = el.getBoundingClientRect();
    const parts = [...el.shadowRoot!.querySelectorAll('[part]')].slice(0, 12).map((part) => {
      const box = part.getBoundingClientRect();
      return [
        Math.round(box.left - host.left),
        Math.round(box.top - host.top),
        Math.round(box.width),
        Math.round(box.height),
      ];
    });
    return { name: el.localName, width: Math.round(host.width), height: Math.round(host.height), parts };
  });
}

/**
 * The same layout in two frames, to a pixel: each frame rounds a part that sits on a half pixel its own
 * way (Firefox under load once put the timeline's track rows 1 px apart). A style sheet the page
 * blocks or breaks moves parts by far more.
 */
function expectSameLayout(a: ReturnType<typeof geometry>, b: ReturnType<typeof geometry>) {
  expect(a.map((e) => [e.name, e.parts.length])).to.deep.equal(b.map((e) => [e.name, e.parts.length]));
  const numbers = (g: ReturnType<typeof geometry>) => g.flatMap((e) => [e.width, e.height, ...e.parts.flat()]);
  const [x, y] = [numbers(a), numbers(b)];
  x.forEach((value, i) => expect(Math.abs(value - y[i]), `number ${i}: ${value} and ${y[i]}`).to.be.at.most(1));
}

describe('the CDN file, on a page that loads only it', () => {
  const frames: Frame[] = [];
  const open = async (...args: Parameters<typeof openFrame>) => {
    const frame = await openFrame(...args);
    frames.push(frame);
    return frame;
  };
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('defines every element and renders the real data with no console error', async () => {
    const frame = await open(`<script type="module" src="${CDN}"></script>${THREE}`);
    await settled(frame);
    for (const el of frame.document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card')) {
      expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
      expect(el.getBoundingClientRect().height, el.localName).to.be.above(50);
    }
    expect(
      frame.document.querySelector('meeting-timeline')!.shadowRoot!.querySelectorAll('[part~="meeting"]').length,
    ).to.be.above(0);
    expect(frame.errors).to.deep.equal([]);
  });

  it('zooms with buttons, keys, Ctrl + wheel and double-click in the built file', async () => {
    const frame = await open(
      `<script type="module" src="${CDN}"></script><meeting-timeline src="${DATA}"></meeting-timeline>`,
    );
    await settled(frame);
    const el = frame.document.querySelector('meeting-timeline')! as HTMLElement & { updateComplete: Promise<unknown> };
    const svg = el.shadowRoot!.querySelector('svg.chart') as SVGSVGElement;
    const zooms: number[] = [];
    el.addEventListener('zoom-change', (event) => zooms.push(event.detail.k));
    // Each gesture's zoom-change, however long a busy machine takes to deliver it.
    const changed = async () => {
      const before = zooms.length;
      await waitUntil(() => zooms.length > before, 'a zoom-change event', { timeout: 5_000 });
      await new Promise((done) => setTimeout(done, 200)); // the rest of the gesture (d3's wheel ends after 150 ms)
      await el.updateComplete;
      return zooms.at(-1) ?? 1;
    };
    (el.shadowRoot!.querySelector('[part="zoom-in"]') as HTMLButtonElement).click();
    const afterButton = await changed();
    expect(afterButton).to.be.above(1);
    svg.dispatchEvent(
      new frame.window.WheelEvent('wheel', {
        deltaY: -200,
        ctrlKey: true,
        clientX: 300,
        clientY: 100,
        bubbles: true,
        cancelable: true,
      }),
    );
    const afterWheel = await changed();
    expect(afterWheel).to.be.above(afterButton);
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new frame.window.MouseEvent('dblclick', {
        clientX: box.left + 300,
        clientY: box.top + 60,
        bubbles: true,
        cancelable: true,
        view: frame.window,
      }),
    );
    const afterDoubleClick = await changed();
    expect(afterDoubleClick).to.be.above(afterWheel);
    expect(frame.errors).to.deep.equal([]);
  });

  it('can be loaded twice, or as two copies, without an error, saying so once', async () => {
    const frame =
      await open(`<script type="module" src="${CDN}"></script><script type="module" src="${CDN}?copy=2"></script>
      <script type="module" src="${CDN}?copy=3"></script>${THREE}`);
    await settled(frame);
    expect(frame.errors).to.deep.equal([]);
    expect(frame.infos.filter((i) => i.includes('already defined'))).to.have.length.within(1, 2);
  });

  it('works under a strict Content-Security-Policy', async () => {
    // The test page's origin stands for 'self': in an about:srcdoc frame Firefox matches 'self' against nothing.
    const self = location.origin;
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}; img-src ${self} data:">`;
    const strict = await open(`<script type="module" src="${CDN}"></script>${THREE}`, { head: csp });
    await settled(strict);
    expect(strict.errors).to.deep.equal([]);
    const open_ = await open(`<script type="module" src="${CDN}"></script>${THREE}`);
    await settled(open_);
    expectSameLayout(geometry(strict), geometry(open_));
  });

  it('loads its CSV and TimelineJS reader (a chunk beside it) on first use, under a strict CSP', async () => {
    const self = location.origin; // as above: Firefox matches 'self' in an about:srcdoc frame against nothing
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}">`;
    const frame = await open(
      `<script type="module" src="${CDN}"></script>
      <meeting-timeline src="/data/meetings-template.csv"></meeting-timeline>
      <meeting-card src="/test/fixtures/authoring/timelinejs.json" meeting="forum"></meeting-card>`,
      { head: csp },
    );
    await settled(frame);
    const [timeline, card] = frame.document.querySelectorAll('meeting-timeline, meeting-card');
    expect(timeline.shadowRoot!.querySelectorAll('ol[part="list"] li')).to.have.length(30);
    expect(card.shadowRoot!.querySelector('[part="dates"]')!.textContent!.trim()).to.equal('March 15, 45 BC');
    expect(frame.errors).to.deep.equal([]);
  });

  it('exports under the strict CSP, loading the exporter chunk from beside the CDN file on first use', async () => {
    const self = location.origin; // as above: Firefox matches 'self' in an about:srcdoc frame against nothing
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src ${self}; script-src ${self}; style-src ${self}; img-src ${self} data:">`;
    const frame = await open(
      `<script type="module" src="${CDN}"></script><meeting-timeline src="${DATA}" export></meeting-timeline><sector-wheel src="${DATA}" meeting="m30" export></sector-wheel>`,
      { head: csp },
    );
    await settled(frame);
    const chunk = () =>
      frame.window.performance
        .getEntriesByType('resource')
        .filter((r) => /\/dist\/cdn\/meeting-viz-exporter-[\w-]+\.js$/.test(r.name));
    expect(chunk()).to.have.length(0);
    type Exporting = HTMLElement & { toSVG(): Promise<string>; toPNG(): Promise<Blob>; toCSV(): Promise<string> };
    for (const el of frame.document.querySelectorAll<Exporting>('meeting-timeline, sector-wheel')) {
      expect(await el.toSVG(), el.localName).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect((await el.toPNG()).size, el.localName).to.be.above(1000);
      expect((await el.toCSV()).split('\r\n')[0], el.localName).to.equal(
        'id,ordinal,start,end,title,city,country,format,sectors,sources',
      );
      expect(el.shadowRoot!.querySelector('[part="export-button"]'), el.localName).to.not.equal(null);
    }
    expect(chunk()).to.have.length(1);
    expect(frame.errors).to.deep.equal([]);
  });

  it("keeps its layout whatever the page's own CSS does", async () => {
    // Resets and habits seen on news sites: box-sizing games, huge inherited type, SVG and list rules.
    const hostile = `<style>
      html { font-size: 40px; line-height: 3; } body { font: 32px/2 serif; letter-spacing: 3px; text-align: center; color: #333; }
      *, *::before, *::after { box-sizing: content-box !important; margin: 7px; }
      svg { max-width: 100%; height: auto; fill: red; } svg * { stroke: red; stroke-width: 5; }
      ul, ol, li { list-style: square; padding: 2em; } button { all: unset; font-size: 30px; } p { margin: 3em; }
      [part] { outline: 3px solid lime; } table { border-collapse: separate; border: 4px solid; }
    </style>`;
    const styled = await open(`<div><script type="module" src="${CDN}"></script>${THREE}</div>`, { head: hostile });
    const plain = await open(`<div><script type="module" src="${CDN}"></script>${THREE}</div>`, {
      head: '<style>*{margin:7px}</style>',
    });
    await Promise.all([settled(styled), settled(plain)]);
    expectSameLayout(geometry(styled), geometry(plain));
    for (const el of styled.document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card')) {
      expect(el.scrollWidth, `${el.localName} overflows`).to.be.at.most(el.clientWidth);
    }
    expect(styled.errors).to.deep.equal([]);
  });

  it('runs fifty elements on one page', async () => {
    const many = Array.from({ length: 17 }, () => THREE)
      .join('')
      .slice(0);
    const frame = await open(`<script type="module" src="${CDN}"></script>${many}`);
    await settled(frame);
    const elements = frame.document.querySelectorAll('meeting-timeline, sector-wheel, meeting-card');
    expect(elements.length).to.equal(51);
    for (const el of elements) expect(el.shadowRoot!.childElementCount, el.localName).to.be.above(0);
    expect(frame.errors).to.deep.equal([]);
  });

  it('loads the wheel and the card only for a page that shows them, from beside meeting-viz.js', async () => {
    const chunks = (frame: Frame) =>
      frame.window.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => /^\/dist\/cdn\/meeting-viz-(wheel|card)-[\w-]+\.js$/.test(path))
        .map((path) => path.replace(/^\/dist\/cdn\/meeting-viz-(\w+)-.*$/, '$1'));
    const frame = await open(
      `<script type="module" src="${CDN}"></script><meeting-timeline src="${DATA}"></meeting-timeline>`,
    );
    await settled(frame);
    expect(chunks(frame)).to.deep.equal([]);
    // Choosing a meeting opens the timeline's panel, whose card is drawn from its chunk.
    const timeline = frame.document.querySelector('meeting-timeline')!;
    timeline.setAttribute('selected', 'm30');
    const title = () =>
      timeline.shadowRoot!.querySelector('meeting-card')?.shadowRoot?.querySelector('[part="title"]')?.textContent;
    await waitUntil(title, 'the card in the panel drawn', { timeout: 10_000 });
    expect(title()).to.match(/30/);
    expect(chunks(frame)).to.deep.equal(['card']);
    frame.document.body.insertAdjacentHTML('beforeend', `<sector-wheel src="${DATA}" meeting="m30"></sector-wheel>`);
    await settled(frame);
    expect(chunks(frame)).to.have.members(['card', 'wheel']);
    expect(frame.document.querySelector('sector-wheel')!.shadowRoot!.querySelector('[role="treeitem"]')).to.not.equal(
      null,
    );
    expect(frame.errors).to.deep.equal([]);
  });

  it("asks for a chunked element's data beside its chunk, and shows a src that is no URL inside the element", async () => {
    const frame = await open(
      `<script>customElements.whenDefined('meeting-card').then(() => (window.cardDefined = performance.now()));</script>
      <script type="module" src="${CDN}"></script><meeting-card src="${DATA}" meeting="m30"></meeting-card><sector-wheel src="http://[no-url" meeting="m30"></sector-wheel>`,
    );
    const card = frame.document.querySelector('meeting-card')!;
    const wheel = frame.document.querySelector('sector-wheel')!;
    const title = () => card.shadowRoot?.querySelector('[part="title"]')?.textContent;
    await waitUntil(title, 'the card drawn', { timeout: 10_000 });
    await waitUntil(() => wheel.shadowRoot?.querySelector('[role="alert"]'), 'the wheel says what went wrong', {
      timeout: 10_000,
    });
    const data = frame.window.performance.getEntriesByType('resource').find((e) => e.name.endsWith(DATA))!;
    // The data was asked for before the card's code had arrived and defined it, not after.
    expect(data.startTime).to.be.below((frame.window as unknown as { cardDefined: number }).cardDefined);
    expect(frame.errors).to.deep.equal([]);
  });

  it('adds nothing to the global scope', async () => {
    const frame = await open('');
    const before = new Set(Object.getOwnPropertyNames(frame.window));
    await new Promise<void>((done) => {
      const script = frame.document.createElement('script');
      script.type = 'module';
      script.src = CDN;
      script.onload = () => done();
      frame.document.head.append(script);
    });
    // Nothing of ours. Lit, bundled in, keeps its documented globals: version
    // lists and decorator metadata.
    const libraries = /^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata)$/;
    const added = () =>
      Object.getOwnPropertyNames(frame.window).filter((name) => !before.has(name) && !libraries.test(name));
    expect(added()).to.deep.equal([]);
    const defined = () =>
      ['meeting-timeline', 'sector-wheel', 'meeting-card'].filter((n) => frame.window.customElements.get(n));
    // The timeline is in the file; the wheel and the card are chunks, defined when their tags appear.
    expect(defined()).to.deep.equal(['meeting-timeline']);
    frame.document.body.insertAdjacentHTML('beforeend', '<sector-wheel></sector-wheel><meeting-card></meeting-card>');
    await Promise.all(['sector-wheel', 'meeting-card'].map((n) => frame.window.customElements.whenDefined(n)));
    expect(defined()).to.deep.equal(['meeting-timeline', 'sector-wheel', 'meeting-card']);
    expect(added()).to.deep.equal([]);
  });
});
