/** The CDN build's card chunk (`meeting-viz-card-<hash>.js`, loaded by ./meeting-card.ts): importing it defines `<meeting-card>`. */
export { MeetingCard } from '../meeting-card/index.js';
