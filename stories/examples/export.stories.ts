import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import '../../src/meeting-timeline/index.js';
import '../../src/sector-wheel/index.js';
import series from '../../data/china-russia-regular-meetings.json';
import type { MeetingSeries } from '../../src/data/schema.js';
import { staticSnapshot } from '../../src/export/static.js';
import { snapshotToSvg } from '../../src/export/document.js';
import { NEVER_ANSWERS, neverAnswer } from '../support.js';

/**
 * Export and static images. With the `export` attribute a chart shows a small menu (Download PNG /
 * SVG / CSV / JSON); it opens with Enter, Space or ↓, arrows move, Escape closes. The methods behind
 * it (`toSVG()`, `toPNG()`, `toCSV()`, `toJSON()`) load the exporter on first use.
 */
const meta: Meta = {
  title: 'Examples/Export and static images',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/** The timeline with its export menu: the files show what is on screen (zoom, filter, selection, language, theme). */
export const TimelineExport: Story = {
  render: () => html`<meeting-timeline .data=${series} src="china-russia-regular-meetings.json" selected="m30" export></meeting-timeline>`,
};

/** The wheel in Chinese, dark, with its export menu: the PNG and SVG keep the language and the theme. */
export const WheelExportDarkChinese: Story = {
  render: () => html`<div style="max-width: 36rem">
    <sector-wheel .data=${series} src="china-russia-regular-meetings.json" meeting="m30" lang="zh" theme="dark" export></sector-wheel>
  </div>`,
};

/**
 * What `toSVG()` returns, shown as an image beside nothing else: the title, the legend (what the
 * colours and the marks mean, in the element's language) and the source line are drawn in, and the
 * file has `lang`, `<title>` and `<desc>`.
 */
export const ToSvgResult: Story = {
  render: () => {
    const host = document.createElement('div');
    const timeline = document.createElement('meeting-timeline');
    timeline.data = series;
    timeline.lang = 'ru';
    timeline.style.width = '800px';
    host.append(timeline);
    const out = document.createElement('img');
    out.alt = '';
    timeline.addEventListener('data-loaded', async () => {
      // The chart is drawn once the element knows its width (a frame or two after the data).
      while (!timeline.shadowRoot?.querySelector('svg.chart')) await new Promise((done) => requestAnimationFrame(done));
      const svg = await timeline.toSVG();
      out.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      out.alt = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title')?.textContent ?? '';
    });
    host.append(out);
    return host;
  },
};

/**
 * A static snapshot inside the tag (`meeting-viz render --format html --fallback`): what a page
 * without JavaScript shows, and what stays on screen while the data loads (here it never does).
 * Drawn by the same pure modules the command-line renderer uses.
 */
export const StaticFallbackWhileLoading: Story = {
  decorators: [neverAnswer],
  render: () => {
    const snapshot = staticSnapshot(series as MeetingSeries, { element: 'meeting-timeline', width: 800, lang: 'en', theme: 'light' });
    const svg = 'error' in snapshot ? '' : snapshotToSvg(snapshot, { title: false, source: false });
    return html`<meeting-timeline src=${NEVER_ANSWERS}><div slot="fallback">${unsafeSVG(svg)}</div></meeting-timeline>`;
  },
};
