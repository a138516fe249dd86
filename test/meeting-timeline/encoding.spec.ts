import { expect } from 'chai';
import type { Meeting } from '../../src/data/schema.js';
import {
  encodingClass,
  hostCountry,
  hostSlots,
  legendModel,
  markEncoding,
  HOST_COLOURS,
} from '../../src/meeting-timeline/encoding.js';
import { loadLang } from '../../src/shared/lang.js';
import { realSeries } from '../fixtures/real-series.js';

const meeting = (id: string, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  start: '2000-01-01',
  title: id,
  ...extra,
});
const at = (country: string): Partial<Meeting> => ({ location: { city: 'X', country }, format: 'in-person' });

describe('timeline encodings: host country and format', () => {
  before(() => Promise.all(['zh', 'ru'].map(loadLang)));

  it('takes the host from the participant flagged host, over the place', () => {
    const m = meeting('a', {
      ...at('KZ'),
      participants: [
        { name: { en: 'A' }, country: 'RU', host: true },
        { name: { en: 'B' }, country: 'CN' },
      ],
    });
    expect(hostCountry(m)).to.equal('RU');
  });

  it('else takes the country the meeting was held in', () => {
    expect(hostCountry(meeting('a', at('CN')))).to.equal('CN');
  });

  it('gives a video link without a host flag no host, and a meeting in two countries none either', () => {
    expect(hostCountry(meeting('v', { format: 'video' }))).to.equal(undefined);
    expect(
      hostCountry(
        meeting('h', {
          format: 'hybrid',
          locations: [
            { city: 'Moscow', country: 'RU' },
            { city: 'Beijing', country: 'CN' },
          ],
        }),
      ),
    ).to.equal(undefined);
  });

  it('numbers host countries in the order they first host, cycling through the palette', () => {
    const countries = ['RU', 'CN', 'RU', 'KZ', 'IN', 'BR', 'ZA', 'FR', 'DE', 'ES', 'IT'];
    const slots = hostSlots(countries.map((c, i) => meeting(`m${i}`, at(c))));
    expect([...slots.keys()]).to.deep.equal(['RU', 'CN', 'KZ', 'IN', 'BR', 'ZA', 'FR', 'DE', 'ES', 'IT']);
    expect(slots.get('RU')).to.equal(0);
    expect(slots.get('CN')).to.equal(1);
    expect(slots.get('ES')).to.equal(8 % HOST_COLOURS);
  });

  it('encodes a mark as its host colour class and its format', () => {
    const slots = new Map([
      ['RU', 0],
      ['CN', 1],
    ]);
    expect(encodingClass(markEncoding(meeting('a', at('CN')), slots))).to.equal('h1 in-person');
    expect(encodingClass(markEncoding(meeting('v', { format: 'video' }), slots))).to.equal('video');
    expect(encodingClass(markEncoding(meeting('u'), slots))).to.equal('');
  });

  it('lists in the legend only the hosts and formats of the meetings shown, in the element’s language', () => {
    const series = realSeries();
    const slots = hostSlots(series.meetings);
    const all = legendModel(series.meetings, slots, 'en');
    expect(all.hosts.map((h) => h.label)).to.deep.equal(['Russia', 'China']);
    expect(all.formats.map((f) => f.format)).to.deep.equal(['in-person', 'video']);
    const zh = legendModel(series.meetings, slots, 'zh');
    expect(zh.hosts.map((h) => h.label)).to.deep.equal(['俄罗斯', '中国']);
    for (const f of zh.formats) expect(f.label, f.format).to.match(/^[\u4e00-\u9fff]+$/);
    const chinaOnly = legendModel(
      series.meetings.filter((m) => m.location?.country === 'CN'),
      slots,
      'ru',
    );
    expect(chinaOnly.hosts).to.deep.equal([{ country: 'CN', label: 'Китай', slot: 1 }]);
    expect(chinaOnly.formats.map((f) => f.format)).to.deep.equal(['in-person']);
  });
});
