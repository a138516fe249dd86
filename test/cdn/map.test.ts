import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openFrame, openPage, CDN, DATA, type Frame } from './frame.js';

type MapElement = HTMLElement & { meeting?: string; updateComplete: Promise<unknown> };
type AxeWindow = { axe: { run: (context: Node) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } };
const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const loaded = (frame: Frame) =>
  frame.window.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('<meeting-map> from the built CDN file', function () {
  // Whole pages with axe: generous on a busy machine (a limit, not a timing assertion).
  this.timeout(40_000);
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('loads its chunk and the land file only when a map is on the page, from beside meeting-viz.js', async () => {
    frame = await openFrame(
      `<script type="module" src="${CDN}"></script><meeting-card src="${DATA}" meeting="m30"></meeting-card>`,
    );
    await frame.window.customElements.whenDefined('meeting-card');
    await new Promise((done) => setTimeout(done, 300));
    expect(loaded(frame).filter((path) => /meeting-viz-geo|land-110m/.test(path))).to.deep.equal([]);
    frame.remove();

    frame = await openFrame(`<script type="module" src="${CDN}"></script><meeting-map src="${DATA}"></meeting-map>`);
    const map = frame.document.querySelector('meeting-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part="land"]'), 'map and land drawn', { timeout: 10_000 });
    const paths = loaded(frame);
    expect(
      paths.some((p) => /^\/dist\/cdn\/meeting-viz-geo-[\w-]+\.js$/.test(p)),
      paths.join(),
    ).to.equal(true);
    expect(paths).to.include('/dist/cdn/land-110m.json');
    expect(map.shadowRoot!.querySelectorAll('[part~="place"]')).to.have.length(5);
    expect(frame.errors).to.deep.equal([]);
  });

  it('defines <meeting-map> from its chunk when a map is added to the page later', async () => {
    frame = await openFrame(
      `<script type="module" src="${CDN}"></script><meeting-timeline src="${DATA}"></meeting-timeline>`,
    );
    await frame.window.customElements.whenDefined('meeting-timeline');
    expect(frame.window.customElements.get('meeting-map')).to.equal(undefined);
    const box = frame.document.createElement('div');
    box.innerHTML = `<meeting-map src="${DATA}"></meeting-map>`;
    frame.document.body.append(box);
    const map = box.querySelector('meeting-map')!;
    await waitUntil(() => map.shadowRoot?.querySelectorAll('[part~="place"]').length === 5, 'map drawn', {
      timeout: 10_000,
    });
    expect(frame.errors).to.deep.equal([]);
  });

  for (const [page, lang, city] of [
    ['article.html', 'en', 'Hangzhou'],
    ['article.zh.html', 'zh', '杭州'],
    ['article.ru.html', 'ru', 'Ханчжоу'],
  ]) {
    it(`is in the ${lang} article, following the timeline, with no axe violation`, async () => {
      frame = await openPage(`/examples/${page}`);
      const map = frame.document.querySelector('meeting-map') as MapElement;
      await waitUntil(
        () => map.shadowRoot?.querySelector('[part="land"]') && map.meeting === 'm30',
        'map drawn, following the timeline',
        { timeout: 10_000 },
      );
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('[part~="highlighted"]')!.getAttribute('data-id')).to.equal('hangzhou');
      expect([...map.shadowRoot!.querySelectorAll('[part="label"]')].map((t) => t.textContent)).to.include(city);
      const { violations } = await (frame.window as unknown as AxeWindow).axe.run(frame.document);
      expect(
        violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`),
      ).to.deep.equal([]);
      expect(frame.errors).to.deep.equal([]);
    });
  }

  it('filters the article’s timeline by the city chosen on the map, with the mouse and the keyboard', async () => {
    frame = await openPage('/examples/article.html');
    const map = frame.document.querySelector('meeting-map') as MapElement;
    const timeline = frame.document.querySelector('meeting-timeline')!;
    await waitUntil(
      () => map.shadowRoot?.querySelector('[part~="place"]') && timeline.shadowRoot?.querySelector('svg.chart'),
      'drawn',
      { timeout: 10_000 },
    );
    const marks = () => timeline.shadowRoot!.querySelectorAll('[part~="meeting"]').length;
    click(map.shadowRoot!.querySelector('[data-id="shanghai"]')!);
    await waitUntil(() => marks() === 1, 'one meeting in Shanghai');
    frame.window.focus();
    (map.shadowRoot!.querySelector('svg.map') as SVGSVGElement).focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => marks() === 4, 'four meetings in Saint Petersburg');
    expect(frame.errors).to.deep.equal([]);
  });
});
