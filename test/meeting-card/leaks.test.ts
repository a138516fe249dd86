import type { MeetingSeries } from '../../src/data/schema.js';
import { expectNoLeaks, until } from '../fixtures/leaks.js';
import { realSeries } from './harness.js';

describe('<meeting-card> connected and disconnected 100 times', () => {
  let series: MeetingSeries;
  before(async () => {
    series = await realSeries();
  });

  it('leaves no listener, observer or heap behind', async function () {
    this.timeout(120_000);
    await expectNoLeaks({
      create: () =>
        Object.assign(document.createElement('meeting-card'), { data: series, meeting: 'm30', follow: 'elsewhere' }),
      drawn: (el) => until(() => el.shadowRoot!.querySelector('article'), 'card drawn'),
    });
  });
});
