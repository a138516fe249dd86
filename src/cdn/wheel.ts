/** The CDN build's wheel chunk (`meeting-viz-wheel-<hash>.js`, loaded by ./sector-wheel.ts): importing it defines `<sector-wheel>`. */
export { SectorWheel } from '../sector-wheel/index.js';
