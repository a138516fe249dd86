import { defineElement } from '../shared/define.js';
import { SectorWheel } from './sector-wheel.js';

export { SectorWheel } from './sector-wheel.js';
export { GroupSelectEvent, SectorSelectEvent } from '../shared/events.js';
export type { SectorSelectDetail, GroupSelectDetail } from '../shared/events.js';
export type { WheelModel, WheelSector, WheelGroup } from './model.js';

defineElement('sector-wheel', SectorWheel);

declare global {
  interface HTMLElementTagNameMap {
    'sector-wheel': SectorWheel;
  }
}
