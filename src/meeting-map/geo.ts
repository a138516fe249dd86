/**
 * The map's drawing part, loaded on first use (the CDN's map chunk): d3-geo (through the layout), the
 * basemap, the label placement and the SVG templates — nothing a map needs before it can draw.
 */
export { layoutMap, nearestMark, routePath } from './layout.js';
export { loadLand, DEFAULT_LAND_URL } from './basemap.js';
export { placeLabels } from './labels.js';
export { DENSE_FROM, densePaths, renderChart } from './chart.js';
