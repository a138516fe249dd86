import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/index.js';
import { DATA_URL } from '../support.js';
// The bundled series written in TimelineJS's JSON format (by stories/data, from data/), as a desk would have it.
import timelineJs from '../data/china-russia-timelinejs.json';

/**
 * Desks keep timelines in spreadsheets and TimelineJS files: the elements read them as they are.
 * `src` takes a CSV (by its `.csv` path, a `text/csv` answer, a Google Sheets "publish to the web as
 * CSV" link, or `type="csv"`), inline CSV goes in a `<script type="text/csv">`, and `data` or `src`
 * take a TimelineJS JSON file. `refresh` keeps a page up to date with a sheet that is still being edited.
 */
const meta: Meta = {
  title: 'Examples/Authoring',
  tags: ['autodocs'],
};
export default meta;

const TEMPLATE_URL = 'data/meetings-template.csv';

/** The bundled series in this library's CSV template (`data/meetings-template.csv`), and a TimelineJS sheet inline. */
export const FromSpreadsheet: StoryObj = {
  name: 'From a spreadsheet (CSV)',
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<meeting-timeline src="${TEMPLATE_URL}"></meeting-timeline>

<!-- a Google Sheet published as CSV loads directly -->
<meeting-timeline src="https://docs.google.com/spreadsheets/d/e/…/pub?output=csv" refresh="300"></meeting-timeline>

<!-- or inline: this library's template or TimelineJS's sheet columns -->
<meeting-timeline>
  <script type="text/csv">
Year,Month,Day,End Year,End Month,End Day,Headline,Text,Group
2025,11,3,,,,30th regular meeting,"Hangzhou, <b>in person</b>",In person
  </script>
</meeting-timeline>`,
      },
    },
  },
  render: () => html`<div style="display: grid; gap: 1.5rem; max-width: 60rem">
    <meeting-timeline src=${TEMPLATE_URL} heading-level="2"></meeting-timeline>
    <meeting-timeline heading-level="2">
      <script type="text/csv">
Year,Month,Day,End Year,End Month,End Day,Headline,Text,Group,Type
,,,,,,Regular meetings of the Chinese and Russian heads of government,A TimelineJS sheet pasted inline,,title
1996,12,27,1996,12,28,1st regular meeting,"Moscow: Li Peng's working visit, during which the two sides decided to set up the mechanism of regular meetings.",In person,
2020,12,2,,,,25th regular meeting,Held by video link.,Video link,
2025,11,3,,,,30th regular meeting,"Hangzhou, <b>in person</b>.",In person,
      </script>
    </meeting-timeline>
  </div>`,
};

/** The same series as a TimelineJS JSON file: title slide, eras, groups (as sectors), HTML text reduced to text and links. */
export const FromTimelineJS: StoryObj = {
  name: 'From a TimelineJS file',
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<meeting-timeline src="my-timelinejs-file.json"></meeting-timeline>
<sector-wheel src="my-timelinejs-file.json"></sector-wheel>
<meeting-card src="my-timelinejs-file.json" meeting="m30"></meeting-card>`,
      },
    },
  },
  render: () => html`<div style="display: grid; gap: 1.5rem; max-width: 60rem">
    <meeting-timeline id="tljs-timeline" .data=${timelineJs} selected="m30" details="none" heading-level="2"></meeting-timeline>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem">
      <sector-wheel .data=${timelineJs} style="max-width: 24rem"></sector-wheel>
      <meeting-card .data=${timelineJs} follow="tljs-timeline" meeting="m30" heading-level="2"></meeting-card>
    </div>
  </div>`,
};

const LIVE_URL = 'live/meetings.json';
let liveServer: { requests: number } | undefined;

/**
 * An in-page stand-in for a server whose file grows: each request after the first adds the next
 * meeting of the real series (from 27 up to 30, then back), answering 304 to an unchanged ETag.
 * In the page's fetch, so the story works in the static gallery too.
 */
const liveData: Decorator = (story) => {
  if (!liveServer) {
    const server = (liveServer = { requests: 0 });
    const realFetch = window.fetch.bind(window);
    let full: { meetings: unknown[] } | undefined;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input instanceof Request ? input.url : input).endsWith(LIVE_URL)) return realFetch(input, init);
      full ??= (await (await realFetch(DATA_URL)).json()) as { meetings: unknown[] };
      const count = 27 + (server.requests++ % 4);
      const etag = `"v${count}"`;
      if (new Headers(init?.headers).get('If-None-Match') === etag) return new Response(null, { status: 304 });
      const body = JSON.stringify({ ...full, meetings: full.meetings.slice(0, count) });
      return new Response(body, { headers: { 'Content-Type': 'application/json', ETag: etag } });
    };
  }
  return story();
};

/**
 * `refresh="5"`: every 5 seconds the timeline asks again (`If-None-Match`); new meetings appear in
 * place, the selection and zoom stay, and "Updated HH:MM" is announced politely. Hidden tabs wait.
 */
export const LiveData: StoryObj = {
  name: 'Live data',
  decorators: [liveData],
  parameters: { docs: { source: { language: 'html', code: `<meeting-timeline src="meetings.json" refresh="5"></meeting-timeline>` } } },
  render: () => html`<div style="max-width: 60rem">
    <meeting-timeline src=${LIVE_URL} refresh="5" selected="m27" heading-level="2"></meeting-timeline>
  </div>`,
};
