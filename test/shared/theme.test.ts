import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, emulatesCssMedia } from '../commands.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { MeetingSeries } from '../../src/data/schema.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(13, 17, 23)';

let series: MeetingSeries;
before(async () => {
  series = (await (await fetch('/data/china-russia-regular-meetings.json')).json()) as MeetingSeries;
});
afterEach(async () => {
  document.documentElement.style.removeProperty('color-scheme');
  await emulateMedia({ colorScheme: 'light' });
});

/** The element's background, as the reader sees it. */
async function background(tag: string, theme?: string): Promise<string> {
  const el = await fixture<HTMLElement>(
    staticHtml`<${unsafeStatic(tag)} .data=${series} meeting="m30" lang="en" theme=${theme ?? ''}></${unsafeStatic(tag)}>`,
  );
  if (!theme) el.removeAttribute('theme');
  await waitUntil(() => el.shadowRoot!.childElementCount > 0, 'rendered');
  return getComputedStyle(el).backgroundColor;
}

for (const tag of ['meeting-timeline', 'sector-wheel', 'meeting-card']) {
  describe(`<${tag}> follows the page's colour scheme`, () => {
    it('stays light on a page that declares no color-scheme, even when the reader prefers dark', async function () {
      if (!(await emulatesCssMedia())) this.skip();
      await emulateMedia({ colorScheme: 'dark' });
      expect(await background(tag)).to.equal(LIGHT);
    });

    it('follows the reader on a page that declares color-scheme: light dark', async function () {
      if (!(await emulatesCssMedia())) this.skip();
      document.documentElement.style.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: 'dark' });
      expect(await background(tag)).to.equal(DARK);
      await emulateMedia({ colorScheme: 'light' });
      expect(await background(tag)).to.equal(LIGHT);
    });

    it('is dark on a page that declares color-scheme: dark', async () => {
      document.documentElement.style.colorScheme = 'dark';
      expect(await background(tag)).to.equal(DARK);
    });

    it('lets the theme attribute force either', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(await background(tag, 'dark')).to.equal(DARK);
      document.documentElement.style.colorScheme = 'light dark';
      expect(await background(tag, 'light')).to.equal(LIGHT);
    });
  });
}

describe('the whole page', () => {
  it('keeps a card inside a dark section dark and the next one light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const page = await fixture<HTMLElement>(html`<div>
      <section style="color-scheme: dark"><meeting-card .data=${series} meeting="m30" lang="en"></meeting-card></section>
      <meeting-card .data=${series} meeting="m30" lang="en"></meeting-card>
    </div>`);
    const [inDark, plain] = [...page.querySelectorAll('meeting-card')];
    expect(getComputedStyle(inDark).backgroundColor).to.equal(DARK);
    expect(getComputedStyle(plain).backgroundColor).to.equal(LIGHT);
  });
});
