import { expect } from '@open-wc/testing';
import { coverageLine, translationReport } from '../../src/data/translations.js';
import { meetingSeriesSchema } from '../../src/data/schema.generated.js';

const en = (text: string) => ({ en: text, zh: `${text}（中）`, ru: `${text} (ру)` });

describe('translation completeness', () => {
  it('counts every shown text and is complete when each has zh and ru', () => {
    const series = {
      series: { noun: en('summit') },
      meetings: [{ id: 'a', start: '2020', title: en('A'), participants: [{ name: en('Lula'), country: 'BR', chair: true }] }],
    };
    const report = translationReport(series, meetingSeriesSchema);
    expect(report).to.deep.equal({ total: 3, missing: { zh: [], ru: [] } });
    expect(coverageLine(report)).to.equal('zh 100%, ru 100%');
  });

  it('lists each text without a zh or ru form, by path, and a plain string as lacking both', () => {
    const bad = {
      title: { en: 'Series', zh: '系列' },
      meetings: [
        { id: 'a', start: '2020', title: en('A'), notes: { en: 'Only English' } },
        { id: 'b', start: '2021', title: 'Plain', documents: [{ title: { en: 'Doc', ru: 'Док' }, signatories: [{ en: 'He Lifeng' }] }] },
      ],
    };
    const report = translationReport(bad, meetingSeriesSchema);
    expect(report.total).to.equal(6);
    expect(report.missing.zh).to.deep.equal(['meetings[0].notes', 'meetings[1].title', 'meetings[1].documents[0].title', 'meetings[1].documents[0].signatories[0]']);
    expect(report.missing.ru).to.deep.equal(['title', 'meetings[0].notes', 'meetings[1].title', 'meetings[1].documents[0].signatories[0]']);
    expect(coverageLine(report)).to.equal('zh 33%, ru 33%');
  });

  it('skips what is marked untranslatable: a source\'s own headline, an editor\'s note, URLs and codes', () => {
    const series = {
      meetings: [
        {
          id: 'a', start: '2020', title: en('A'), editorNote: { en: 'Compiler remark' },
          location: { country: 'CN' },
          sources: [{ url: 'https://example.org', title: { zh: '人民日报的标题' }, publisher: { en: "People's Daily" }, page: '1' }],
        },
      ],
    };
    const report = translationReport(series, meetingSeriesSchema);
    expect(report.total).to.equal(2);
    expect(report.missing.zh).to.deep.equal(['meetings[0].sources[0].publisher']);
  });
});
