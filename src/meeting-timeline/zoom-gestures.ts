/**
 * What the timeline's gestures need from d3 (d3-zoom's behaviour, d3-selection, d3-drag,
 * d3-dispatch): a chunk of its own in the CDN build, loaded when a timeline first draws its chart.
 * Pages with only the wheel or the card never load it; the buttons and keys zoom without it.
 */
export { select } from 'd3-selection';
export { zoom } from 'd3-zoom';
