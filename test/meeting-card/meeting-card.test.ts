import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Meeting, MeetingSeries } from '../../src/data/schema.js';
import { formatDateRange } from '../../src/data/dates.js';
import { localize } from '../../src/data/text.js';
import type { MeetingCard } from '../../src/meeting-card/meeting-card.js';
import { realSeries, REAL_SERIES_URL as SRC, settle, textOf } from './harness.js';

const small: Meeting = {
  id: 'x1',
  start: '2025-11-03',
  end: '2025-11-04',
  title: { en: 'A small meeting', zh: '小会晤' },
  ordinal: 2,
  location: { city: { en: 'Hangzhou', zh: '杭州' }, country: 'CN' },
  format: 'video',
  participants: [
    { name: 'Alpha', role: 'Premier', country: 'CN', chair: true },
    { name: 'Beta', role: 'Prime Minister', country: 'RU', chair: true },
    { name: 'Gamma', role: 'Vice Premier', country: 'CN' },
  ],
  sectors: ['trade', 'space'],
  documents: [
    { title: 'Trade protocol', kind: 'protocol' },
    { title: 'Joint communiqué', kind: 'communique' },
  ],
  summary: 'Short summary.',
  sources: [
    { url: 'https://example.org/report', title: 'The report', publisher: 'Example' },
    { publisher: 'Printed Gazette', date: '2025-11-05', page: '4', title: 'Printed account' },
  ],
};
const sectors = [{ id: 'trade', label: { en: 'Trade', zh: '贸易', ru: 'Торговля' } }];

describe('<meeting-card> with the real dataset', () => {
  it('renders m30 from src: ordinal, title, co-chairs Li Qiang and Mikhail Mishustin', async () => {
    const el = await fixture<MeetingCard>(html`<meeting-card src=${SRC} meeting="m30" lang="en"></meeting-card>`);
    const root = await settle(el);
    expect(root.querySelector('[part=ordinal]')!.textContent).to.equal('30th regular meeting');
    expect(root.querySelector('h2[part=title]')!.textContent!.trim()).to.not.equal('');
    const chairs = textOf(root, '[part=people] .name');
    expect(chairs).to.include('Li Qiang');
    expect(chairs).to.include('Mikhail Mishustin');
    // The heading already says "Co-chairs": the roles drop their "(co-chair)" mark.
    expect(textOf(root, '[part=people] .role')).to.deep.equal([
      'Premier of the State Council of China',
      'Chairman of the Government of the Russian Federation',
    ]);
  });

  it('renders m30 from data the same way as from src, with each date end in a <time datetime>', async () => {
    const series = await realSeries();
    const m30 = series.meetings.find((m) => m.id === 'm30')!;
    const el = await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="en"></meeting-card>`);
    const root = await settle(el);
    expect(root.querySelector('[part=dates]')!.textContent!.trim()).to.equal(formatDateRange(m30.start, m30.end, 'en'));
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal(m30.start);
    expect(textOf(root, '[part=people] .name')).to.include('Li Qiang');
    const agenda = [...root.querySelectorAll('[part=agenda] li')];
    expect(agenda).to.have.length(m30.agenda!.length);
    expect(agenda[0].querySelector('time')!.getAttribute('datetime')).to.equal(m30.agenda![0].start);
  });

  it('groups the documents of m30 under localised kind headings', async () => {
    const series = await realSeries();
    const m30 = series.meetings.find((m) => m.id === 'm30')!;
    const el = await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="en"></meeting-card>`);
    const root = await settle(el);
    expect(textOf(root, '[part=documents] .section-title')).to.deep.equal(['Documents signed']);
    // m30: a communiqué, a roadmap, the commission's minutes and two other documents, shown in that kind order.
    const groups = [...root.querySelectorAll('[part=documents] .kind')].map((g) => [
      g.querySelector('[part=kind-title]')!.textContent!.trim(),
      g.querySelectorAll('li').length,
    ]);
    expect(groups).to.deep.equal([
      ['Communiqués', 1],
      ['Roadmaps', 1],
      ['Minutes', 1],
      ['Other documents', 2],
    ]);
    expect(groups.reduce((sum, [, n]) => sum + (n as number), 0)).to.equal(m30.documents!.length);
  });

  it('shows the sectors of m30 as chips labelled from the taxonomy', async () => {
    const series = await realSeries();
    const m30 = series.meetings.find((m) => m.id === 'm30')!;
    const el = await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="en"></meeting-card>`);
    const root = await settle(el);
    const expected = m30.sectors!.map((id) => localize(series.sectors!.find((s) => s.id === id)?.label ?? id, 'en'));
    expect(textOf(root, '[part=chip]')).to.deep.equal(expected);
  });

  it('links sources with rel=noopener and no target unless link-target is given', async () => {
    const series = await realSeries();
    const el = await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30"></meeting-card>`);
    const root = await settle(el);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part=sources] a')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.rel).to.equal('noopener');
      expect(a.hasAttribute('target')).to.equal(false);
      expect(a.href).to.match(/^https?:\/\//);
    }
    el.linkTarget = '_blank';
    await el.updateComplete;
    expect(root.querySelector('[part=sources] a')!.getAttribute('target')).to.equal('_blank');
    expect(root.querySelector('[part=sources] a .visually-hidden')!.textContent).to.contain('new tab');
  });

  it('speaks Chinese and Russian: dates, ordinal and labels', async () => {
    const series = await realSeries();
    const m30 = series.meetings.find((m) => m.id === 'm30')!;
    const zh = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="zh"></meeting-card>`),
    );
    expect(zh.querySelector('[part=ordinal]')!.textContent).to.equal('第30次定期会晤');
    expect(zh.querySelector('[part=dates]')!.textContent!.trim()).to.equal(formatDateRange(m30.start, m30.end, 'zh'));
    expect(zh.querySelector('[part=dates]')!.textContent).to.contain('年');
    expect(textOf(zh, 'dt')).to.include('日期');
    const ru = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="ru"></meeting-card>`),
    );
    expect(ru.querySelector('[part=ordinal]')!.textContent).to.equal('30-я регулярная встреча');
    expect(ru.querySelector('[part=dates]')!.textContent!.trim()).to.equal(formatDateRange(m30.start, m30.end, 'ru'));
    expect(textOf(ru, 'dt')).to.include('Сопредседатели');
    expect(textOf(ru, '.section-title')).to.include('Подписанные документы');
  });

  it('shows no English in a Chinese or Russian card of the 30th meeting: names, notes, agenda', async () => {
    const series = await realSeries();
    for (const lang of ['zh', 'ru']) {
      const root = await settle(
        await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang=${lang}></meeting-card>`),
      );
      // Only the sources keep their own language (a headline, a URL's host).
      const foreign = [...root.querySelectorAll('[lang=en]')].filter((n) => !n.closest('[part=sources]'));
      expect(
        foreign.map((n) => n.textContent),
        lang,
      ).to.deep.equal([]);
      expect(textOf(root, '[part=delegation] .name').join(' '), lang).to.not.match(/[A-Za-z]/);
    }
    const zh = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="zh"></meeting-card>`),
    );
    expect(textOf(zh, '[part=agenda] li').at(-1)).to.contain('国家主席习近平会见米舒斯京');
    expect(textOf(zh, '[part=delegation] .name')).to.include('谌贻琴');
    expect(textOf(zh, '[part=people] .party')).to.deep.equal(['（中国）', '（俄罗斯）']);
  });

  it("says the 30th meeting's list of documents is partial, and gives the People's Daily headline and page", async () => {
    const series = await realSeries();
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m30" lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=documents] .partial')!.textContent).to.equal(
      'The sources name only some of the documents signed.',
    );
    const daily = textOf(root, '[part=sources] li').find((t) => t.startsWith("People's Daily"))!;
    expect(daily).to.equal(
      "People's Daily, November 4, 2025, p. 1, 李强同俄罗斯总理米舒斯京共同主持中俄总理第三十次定期会晤",
    );
    expect(root.querySelector('[part=sources] [lang=zh]')!.textContent).to.contain('第三十次定期会晤');
  });

  it("gives the meeting's own day as its date and the longer visit apart", async () => {
    const series = await realSeries();
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m01" lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=dates]')!.textContent!.trim()).to.equal('December 27, 1996');
    expect(root.querySelector('[part=visit]')!.textContent!.trim()).to.equal(
      formatDateRange('1996-12-26', '1996-12-28', 'en'),
    );
    const m15 = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m15" lang="ru"></meeting-card>`),
    );
    expect(m15.querySelector('[part=visit]')!.textContent!.trim()).to.match(/^с 22 ноября 2010/);
    expect(m15.querySelector('[part=visit] time')!.getAttribute('datetime')).to.equal('2010-11-22');
  });

  it('compact variant keeps title, date, place, co-chairs and sectors but hides documents and sources', async () => {
    const series = await realSeries();
    const el = await fixture<MeetingCard>(
      html`<meeting-card .data=${series} meeting="m30" variant="compact"></meeting-card>`,
    );
    const root = await settle(el);
    for (const part of ['title', 'dates', 'place', 'people', 'sectors'])
      expect(root.querySelector(`[part=${part}]`), part).to.not.equal(null);
    for (const part of ['documents', 'sources', 'summary', 'agenda', 'format'])
      expect(root.querySelector(`[part=${part}]`), part).to.equal(null);
  });

  it('says a video meeting (m25) was held by video', async () => {
    const series = await realSeries();
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${series} meeting="m25" lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=format]')!.textContent).to.equal('Video conference');
    expect(root.querySelector('[part=ordinal]')!.textContent).to.equal('25th regular meeting');
  });

  for (const [name, attrs] of [
    ['light', { theme: 'light', lang: 'en' }],
    ['dark', { theme: 'dark', lang: 'en' }],
    ['zh', { theme: 'light', lang: 'zh' }],
    ['ru', { theme: 'dark', lang: 'ru' }],
  ] as const) {
    it(`is accessible (axe) in ${name}`, async () => {
      const series = await realSeries();
      const el = await fixture<MeetingCard>(
        html`<meeting-card .data=${series} meeting="m30" theme=${attrs.theme} lang=${attrs.lang}></meeting-card>`,
      );
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }

  it('stays readable at 280px: nothing scrolls sideways', async () => {
    const series = await realSeries();
    // The card itself is 280px wide (a plain wrapper would make fixture() wait for an animation frame).
    const el = await fixture<MeetingCard>(
      html`<meeting-card style="width: 280px" .data=${series} meeting="m30"></meeting-card>`,
    );
    const root = await settle(el);
    expect(el.getBoundingClientRect().width).to.equal(280);
    const card = root.querySelector<HTMLElement>('[part=card]')!;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    for (const node of root.querySelectorAll<HTMLElement>('li, dd, a, p')) {
      expect(node.getBoundingClientRect().right, node.textContent!).to.be.at.most(
        card.getBoundingClientRect().right + 0.5,
      );
    }
  });
});

const summit: MeetingSeries = {
  series: { noun: { en: 'summit', zh: '峰会', ru: 'саммит' }, gender: { ru: 'masculine' } },
  meetings: [
    {
      id: 's17',
      ordinal: 17,
      start: '2025-07-06',
      end: '2025-07-07',
      title: { en: 'Rio summit', zh: '里约峰会', ru: 'Саммит в Рио' },
      location: { city: { en: 'Rio de Janeiro', zh: '里约热内卢', ru: 'Рио-де-Жанейро' }, country: 'BR' },
      participants: [
        { name: { en: 'Host', zh: '东道主甲', ru: 'Хозяин' }, country: 'BR', chair: true, host: true },
        { name: { en: 'Guest', zh: '客人', ru: 'Гость' }, country: 'ZA' },
        { name: { en: 'Union envoy', zh: '联盟代表', ru: 'Посланник' }, organisation: 'AU' },
      ],
    },
    {
      id: 'p1',
      ordinal: 18,
      start: '2026',
      status: 'planned',
      kind: 'extraordinary',
      format: 'hybrid',
      title: 'Next',
      locations: [
        { city: 'New Delhi', country: 'IN' },
        { city: 'Moscow', country: 'RU' },
      ],
    },
  ],
};

describe('<meeting-card> for any series', () => {
  it('shows a real BRICS summit with the series noun, its host as chair and its declaration', async () => {
    const brics = (await (await fetch('/data/brics-summits.json')).json()) as MeetingSeries;
    const en = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${brics} meeting="brics17" lang="en"></meeting-card>`),
    );
    expect(en.querySelector('[part=ordinal]')!.textContent).to.equal('17th summit');
    expect(textOf(en, '[part=people] .name')).to.deep.equal(['Luiz Inácio Lula da Silva']);
    expect(textOf(en, '[part=kind-title]')).to.deep.equal(['Declarations']);
    const ru = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${brics} meeting="brics12" lang="ru"></meeting-card>`),
    );
    expect(ru.querySelector('[part=ordinal]')!.textContent).to.equal('12-й саммит');
    expect(ru.querySelector('[part=format]')!.textContent).to.equal('Видеоконференция');
  });

  it('words the ordinal with the series noun, the Russian ending agreeing with it', async () => {
    const words = [];
    for (const lang of ['en', 'zh', 'ru']) {
      const root = await settle(
        await fixture<MeetingCard>(html`<meeting-card .data=${summit} meeting="s17" lang=${lang}></meeting-card>`),
      );
      words.push(root.querySelector('[part=ordinal]')!.textContent);
    }
    expect(words).to.deep.equal(['17th summit', '第17次峰会', '17-й саммит']);
  });

  it('lists one flagged chair under "Chair", marked as host, and the others by country or organisation', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${summit} meeting="s17" lang="en"></meeting-card>`),
    );
    expect(textOf(root, 'dt')).to.include('Chair');
    expect(textOf(root, '[part=people] li')).to.deep.equal(['Host (Brazil) · host']);
    expect(textOf(root, '[part=delegation] dt')).to.deep.equal(['South Africa', 'African Union']);
    expect(root.querySelector('[part=place]')!.textContent!.trim()).to.equal('Rio de Janeiro, Brazil');
  });

  it('says a planned, extraordinary, hybrid meeting is so, and names both its places', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${summit} meeting="p1" lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=status-value]')!.textContent).to.equal('Planned');
    expect(root.querySelector('[part=kind]')!.textContent).to.equal('Extraordinary meeting');
    expect(root.querySelector('[part=format]')!.textContent).to.equal('In person and by video link');
    expect(root.querySelector('[part=place]')!.textContent!.trim()).to.equal('New Delhi, India; Moscow, Russia');
    const ru = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${summit} meeting="p1" lang="ru"></meeting-card>`),
    );
    expect(ru.querySelector('[part=status-value]')!.textContent).to.equal('Планируется');
    expect(ru.querySelector('[part=place]')!.textContent!.trim()).to.equal('New Delhi, Индия; Moscow, Россия');
  });

  it('says nothing of status for a meeting held', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${summit} meeting="s17" lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=status-value]')).to.equal(null);
    expect(root.querySelector('[part=kind]')).to.equal(null);
  });
});

describe('<meeting-card> with small data', () => {
  it('shows a meeting object without any data, labelling chips from `sectors`', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${small} .sectors=${sectors} lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal('A small meeting');
    // No series noun given: a plain "meeting".
    expect(root.querySelector('[part=ordinal]')!.textContent).to.equal('2nd meeting');
    expect(textOf(root, '[part=chip]')).to.deep.equal(['Trade', 'space']);
    expect(root.querySelector('[part=format]')!.textContent).to.equal('Video conference');
    expect(textOf(root, '[part=people] .name')).to.deep.equal(['Alpha', 'Beta']);
    expect(textOf(root, '[part=delegation] .name')).to.deep.equal(['Gamma']);
    expect(textOf(root, '[part=kind-title]')).to.deep.equal(['Communiqués', 'Protocols']);
  });

  it("colours a chip's dot from the taxonomy, ignoring what is not a CSS colour", async () => {
    const coloured = [
      { id: 'trade', label: 'Trade', colour: '#1f77b4' },
      { id: 'space', label: 'Space', colour: 'red; background: url(https://example.org/x)' },
    ];
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${small} .sectors=${coloured}></meeting-card>`),
    );
    const [trade, space] = root.querySelectorAll<HTMLElement>('[part=chip]');
    expect(trade.style.getPropertyValue('--_chip')).to.equal('#1f77b4');
    expect(space.getAttribute('style') ?? '').to.equal('');
  });

  it('shows a source without a URL as text: publisher, date, title', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${small} lang="en"></meeting-card>`),
    );
    const items = textOf(root, '[part=sources] li');
    expect(items[1]).to.equal('Printed Gazette, November 5, 2025, p. 4, Printed account');
    expect(root.querySelectorAll('[part=sources] a')).to.have.length(1);
    expect(items[0]).to.equal('The report, Example');
  });

  it('marks text with the language it is in when it differs from the card', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${small} lang="ru"></meeting-card>`),
    );
    expect(root.querySelector('[part=title] span[lang=en]')!.textContent).to.equal('A small meeting');
    expect(root.querySelector('article')!.getAttribute('lang')).to.equal('ru');
  });

  it('picks a meeting by id from data and re-renders when the id changes', async () => {
    const data = { meetings: [small, { ...small, id: 'x2', title: 'Second', ordinal: 3 }], sectors };
    const el = await fixture<MeetingCard>(html`<meeting-card .data=${data} meeting="x1" lang="en"></meeting-card>`);
    const root = await settle(el);
    expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal('A small meeting');
    el.meeting = 'x2';
    await el.updateComplete;
    expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal('Second');
    expect(root.querySelector('[part=ordinal]')!.textContent).to.equal('3rd meeting');
  });

  it('shows the only meeting when none is chosen, and asks for one when there are several', async () => {
    const one = await settle(
      await fixture<MeetingCard>(html`<meeting-card .data=${[small]} lang="en"></meeting-card>`),
    );
    expect(one.querySelector('[part=title]')!.textContent!.trim()).to.equal('A small meeting');
    const two = await settle(
      await fixture<MeetingCard>(
        html`<meeting-card .data=${[small, { ...small, id: 'x2' }]} lang="en"></meeting-card>`,
      ),
    );
    expect(two.querySelector('[part=message][role=status]')!.textContent).to.contain('2');
    expect(two.querySelector('article')).to.equal(null);
  });

  it('says clearly when no meeting has the id, and fires data-error', async () => {
    const el = document.createElement('meeting-card');
    el.lang = 'en';
    el.data = [small];
    el.meeting = 'nope';
    const event = oneEvent(el, 'data-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail).to.deep.equal({ message: 'No meeting with id “nope”.', problems: [] });
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.equal('No meeting with id “nope”.');
    el.remove();
  });

  it('shows an invalid meeting object as an alert, not a broken card', async () => {
    const bad = { id: 'b', start: 'yesterday', title: 'Bad' } as unknown as Meeting;
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${bad} lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('not valid');
    expect(root.querySelector('article')).to.equal(null);
  });

  it('keeps text containing <script> as text', async () => {
    const evil = {
      ...small,
      title: '<script>window.hacked = 1</script><b>bold</b>',
      summary: '<img src=x onerror="window.hacked=1">',
    };
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${evil} lang="en"></meeting-card>`),
    );
    expect(root.querySelector('[part=title]')!.textContent!.trim()).to.equal(
      '<script>window.hacked = 1</script><b>bold</b>',
    );
    expect(root.querySelector('script, b, img')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('uses a real heading at the level asked for, sections one level below', async () => {
    const root = await settle(
      await fixture<MeetingCard>(html`<meeting-card .meeting=${small} heading-level="2" lang="en"></meeting-card>`),
    );
    expect(root.querySelector('h2[part=title]')).to.not.equal(null);
    expect(root.querySelector('h3.section-title')).to.not.equal(null);
    expect(root.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('title');
  });
});
