/**
 * The CDN build's map chunk (`meeting-viz-geo-<hash>.js`, loaded by ./meeting-map.ts): the element,
 * which defines `<meeting-map>`, and its drawing part (d3-geo, topojson-client, labels, SVG templates),
 * in one file so that a map costs one request after the core (the element's own `import('./geo.js')`
 * finds the drawing part already loaded).
 */
export { MeetingMap } from '../meeting-map/index.js';
export * from '../meeting-map/geo.js';
