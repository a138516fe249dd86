/** The map's heavy part, loaded on first use: d3-geo (through the layout) and the basemap. */
export { layoutMap, nearestMark, routePath } from './layout.js';
export { loadLand, DEFAULT_LAND_URL } from './basemap.js';
