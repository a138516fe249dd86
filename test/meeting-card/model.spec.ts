import { expect } from 'chai';
import { formatDateRange } from '../../src/data/dates.js';
import {
  agendaDateParts,
  dateParts,
  documentKind,
  groupDocuments,
  isWebUrl,
  placeText,
  placesText,
  sectorLabel,
  splitParticipants,
  withoutChairMark,
} from '../../src/meeting-card/model.js';

describe('meeting-card model', () => {
  it('groups documents by kind in a fixed order, unknown kinds under "other"', () => {
    const groups = groupDocuments([
      { title: 'Plan A', kind: 'plan' },
      { title: 'Communiqué', kind: 'communique' },
      { title: 'Letter', kind: 'letter' },
      { title: 'MoU 1', kind: 'memorandum' },
      { title: 'Untyped' },
      { title: 'MoU 2', kind: 'Memorandum' },
    ]);
    expect(groups.map((g) => [g.kind, g.documents.map((d) => d.title)])).to.deep.equal([
      ['communique', ['Communiqué']],
      ['memorandum', ['MoU 1', 'MoU 2']],
      ['plan', ['Plan A']],
      ['other', ['Letter', 'Untyped']],
    ]);
    expect(documentKind('joint-communique')).to.equal('communique');
  });

  it('takes the chairs from the chair flag only, never from roles', () => {
    const { coChairs, delegation } = splitParticipants([
      { name: 'A', role: 'Vice Premier', country: 'CN' },
      { name: 'B', role: { en: 'Premier', zh: '总理（联合主席）' }, country: 'CN' },
      { name: 'C', role: 'President', country: 'BR', chair: true, host: true },
    ]);
    expect(coChairs.map((p) => p.name)).to.deep.equal(['C']);
    expect(delegation.map((p) => p.name)).to.deep.equal(['A', 'B']);
  });

  it('drops a "(co-chair)" mark from a role, in any language', () => {
    expect(withoutChairMark('Premier of the State Council of China (co-chair)')).to.equal(
      'Premier of the State Council of China',
    );
    expect(withoutChairMark('国务院总理（共同主持）')).to.equal('国务院总理');
    expect(withoutChairMark('Председатель Правительства (сопредседатель)')).to.equal('Председатель Правительства');
    expect(withoutChairMark('(co-chair)')).to.equal('(co-chair)');
  });

  it('names no chairs when none is flagged, however many countries take part', () => {
    const { coChairs, delegation } = splitParticipants(
      ['CN', 'RU', 'BR', 'IN', 'ZA'].map((country) => ({ name: country, country })),
    );
    expect(coChairs).to.deep.equal([]);
    expect(delegation).to.have.length(5);
  });

  it('splits a date range so each end can carry its own datetime, keeping the words', () => {
    for (const lang of ['en', 'zh', 'ru']) {
      const parts = dateParts('1996-12-26', '1996-12-28', lang);
      expect(parts.map((p) => p.text).join('')).to.equal(formatDateRange('1996-12-26', '1996-12-28', lang));
      expect(parts.some((p) => p.datetime === '1996-12-26')).to.equal(true);
      expect(parts.some((p) => p.datetime === '1996-12-28')).to.equal(true);
    }
    expect(dateParts('2025-11', undefined, 'en')).to.deep.equal([{ text: 'November 2025', datetime: '2025-11' }]);
    expect(dateParts('2025', '2025-11-03', 'en').map((p) => p.datetime)).to.deep.equal([
      '2025',
      undefined,
      '2025-11-03',
    ]);
  });

  it("leaves the year out of an agenda date in the meeting's year", () => {
    expect(agendaDateParts({ start: '2025-11-04' }, '2025-11-03', 'en')).to.deep.equal([
      { text: 'November 4', datetime: '2025-11-04' },
    ]);
    expect(agendaDateParts({ start: '2025-11-04' }, '2025-11-03', 'zh')[0].text).to.equal('11月4日');
    expect(agendaDateParts({ start: '2026-01-02' }, '2025-12-30', 'en')[0].text).to.equal('January 2, 2026');
  });

  it('names a place from venue to country without repeating itself', () => {
    expect(placeText({ city: { en: 'Moscow', zh: '莫斯科' }, country: 'RU' }, 'zh')).to.equal('莫斯科，俄罗斯');
    expect(placeText({ city: 'Moscow', country: 'RU' }, 'ru')).to.equal('Moscow, Россия');
    expect(placeText({ venue: 'Singapore', city: 'Singapore', country: 'SG' }, 'en')).to.equal('Singapore');
    expect(placeText(undefined, 'en')).to.equal('');
  });

  it('names every place of a meeting held in several', () => {
    const meeting = {
      locations: [
        { city: 'Brasília', country: 'BR' },
        { city: { en: 'Moscow', zh: '莫斯科' }, country: 'RU' },
      ],
    };
    expect(placesText(meeting, 'en')).to.equal('Brasília, Brazil; Moscow, Russia');
    expect(placesText(meeting, 'zh')).to.equal('Brasília，巴西；莫斯科，俄罗斯');
    expect(placesText({ location: { city: 'Rio de Janeiro', country: 'BR' } }, 'en')).to.equal(
      'Rio de Janeiro, Brazil',
    );
    expect(placesText({}, 'en')).to.equal('');
  });

  it('links only http(s) URLs', () => {
    expect(isWebUrl('https://example.org/a')).to.equal(true);
    expect(isWebUrl('http://example.org')).to.equal(true);
    expect(isWebUrl('javascript:alert(1)')).to.equal(false);
    expect(isWebUrl('//example.org')).to.equal(false);
    expect(isWebUrl(undefined)).to.equal(false);
  });

  it('labels an unknown sector with its id', () => {
    expect(sectorLabel('space', new Map()).label).to.equal('space');
  });
});
