import { defineElement } from '../shared/define.js';
import { SectorWheel, type GroupSelectDetail, type SectorSelectDetail } from './sector-wheel.js';

export { SectorWheel } from './sector-wheel.js';
export type { SectorSelectDetail, GroupSelectDetail } from './sector-wheel.js';
export type { WheelModel, WheelSector, WheelGroup } from './model.js';

defineElement('sector-wheel', SectorWheel);

declare global {
  interface HTMLElementTagNameMap {
    'sector-wheel': SectorWheel;
  }
  interface HTMLElementEventMap {
    'sector-select': CustomEvent<SectorSelectDetail>;
    'group-select': CustomEvent<GroupSelectDetail>;
  }
}
