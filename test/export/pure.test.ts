import { expect } from '@open-wc/testing';
import { csvCell, recordsToCSV, meetingRecord } from '../../src/export/records.js';
import { fileBase, fileName } from '../../src/export/snapshot.js';
import { menuKey } from '../../src/export/menu-keys.js';
import { staticMeasurer } from '../../src/export/static-measure.js';
import { STATIC_FONT } from '../../src/export/tokens.js';
import { escapeXml } from '../../src/export/xml.js';
import { legendLayout, legendSvg } from '../../src/export/legend-svg.js';
import { THEMES } from '../../src/export/tokens.js';

describe('export, pure parts', () => {
  it('names files after the data file, else the English title', () => {
    expect(fileName(fileBase('/data/china-russia-regular-meetings.json', 'x'), 'meeting-timeline', 'png')).to.equal(
      'china-russia-regular-meetings-timeline.png',
    );
    expect(fileName(fileBase(undefined, 'Café talks: 2024–2025'), 'sector-wheel', 'csv')).to.equal(
      'cafe-talks-2024-2025-wheel.csv',
    );
    expect(fileBase(undefined, '中俄')).to.equal('meetings');
  });

  it('quotes CSV cells with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('Moscow, Russia')).to.equal('"Moscow, Russia"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('@x')).to.equal("'@x");
    expect(csvCell('\rx')).to.equal('"\'\rx"');
    expect(csvCell(null)).to.equal('');
    expect(csvCell(['a', 'b'])).to.equal('a b');
    expect(csvCell('2025-11-03')).to.equal('2025-11-03');
  });

  it('writes one CSV row per meeting, titles in the language asked', () => {
    const m = {
      id: 'm1',
      start: '2020',
      title: { en: 'First', zh: '第一' },
      location: { city: { en: 'Moscow', zh: '莫斯科' } },
      sources: [{ url: 'https://a.example/1' }],
    };
    expect(recordsToCSV([meetingRecord(m, 'zh')])).to.equal(
      'id,ordinal,start,end,title,city,country,format,sectors,sources\r\nm1,,2020,,第一,莫斯科,,,,https://a.example/1\r\n',
    );
  });

  it('moves through the menu with arrows, Home and End, wrapping; Escape and Tab close it', () => {
    expect(menuKey('ArrowDown', 3, 4)).to.deep.equal({ focus: 0 });
    expect(menuKey('ArrowUp', 0, 4)).to.deep.equal({ focus: 3 });
    expect(menuKey('Home', 2, 4)).to.deep.equal({ focus: 0 });
    expect(menuKey('End', 0, 4)).to.deep.equal({ focus: 3 });
    expect(menuKey('Escape', 1, 4)).to.deep.equal({ close: true, restoreFocus: true });
    expect(menuKey('Tab', 1, 4)).to.deep.equal({ close: true, restoreFocus: false });
    expect(menuKey('a', 1, 4)).to.equal(undefined);
  });

  it('lays the legend out within the width (a title with its first item, a name too long for a line cut with …), never as markup', () => {
    const measure = (text: string) => text.length * 7;
    const legend = {
      hosts: [
        { country: 'X', label: '<script>alert(1)</script>', slot: 0 },
        { country: 'RU', label: 'Russia', slot: 1 },
      ],
      formats: [{ format: 'video' as const, label: 'By video' }],
    };
    const entries = legendLayout(legend, 'en', 16, 200, measure);
    expect(entries.map((e) => e.kind)).to.deep.equal(['title', 'host', 'host', 'title', 'format']);
    for (const e of entries) if (e.kind !== 'title') expect(e.x + 14 + measure(e.text), e.text).to.be.at.most(200);
    // Each title is on the line of the item after it.
    for (const [i, e] of entries.entries()) if (e.kind === 'title') expect(entries[i + 1].line).to.equal(e.line);
    expect(Math.max(...entries.map((e) => e.line))).to.be.greaterThan(0);
    const svg = legendSvg(entries, 0, THEMES.light);
    expect(svg).to.contain('>&lt;script&gt;al…</text>');
    expect(entries[1].text).to.match(/…$/);
    expect(svg).to.not.contain('<script');
    expect(legendLayout({ hosts: [], formats: [] }, 'en', 16, 200, measure)).to.deep.equal([]);
    expect(legendSvg([], 0, THEMES.light)).to.equal('');
  });

  it('escapes markup in text and attributes', () => {
    expect(escapeXml('<b title="x">&\'')).to.equal('&lt;b title=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('measures text without a browser within a pixel of Chromium, in English, Chinese and Russian', async function () {
    // The carried widths were measured in Chromium; other engines shape the same fonts a little differently.
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    await document.fonts.load(`12px ${STATIC_FONT}`, 'a中я');
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `12px ${STATIC_FONT}`;
    const measure = staticMeasurer(12);
    for (const text of [
      '30th',
      'Trade and investment',
      '第30次',
      '中俄总理定期会晤（1996—2025）',
      'Торговля',
      'Гуманитарное сотрудничество',
      'Nov 2025',
    ]) {
      expect(Math.abs(measure(text) - canvas.measureText(text).width), text).to.be.below(1);
    }
  });
});
