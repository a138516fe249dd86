import './harness.js';
import { describeLeaks } from '../fixtures/leaks.js';

describeLeaks('meeting-timeline', { selected: 'm30', hashLinks: true }, 'svg.chart [part~="selected"]');
