import './harness.js';
import { describeLeaks } from '../fixtures/leaks.js';

describeLeaks('meeting-card', { meeting: 'm30', follow: 'elsewhere' }, 'article');
