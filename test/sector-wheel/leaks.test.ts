import './harness.js';
import { describeLeaks } from '../fixtures/leaks.js';

describeLeaks('sector-wheel', { follow: 'elsewhere' }, '[role="treeitem"]');
