import type { Messages } from '../shared/lang.js';

type Key =
  | 'map'
  | 'loadingMap'
  | 'meetingsOne'
  | 'meetingsMany'
  | 'video'
  | 'unplaced'
  | 'noPlaces'
  | 'legend'
  | 'tableCaption'
  | 'place'
  | 'country'
  | 'meetings'
  | 'tableMore'
  | 'help'
  | 'clear'
  | 'route'
  | 'mapFailed';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    map: Key;
  }
}

/** The map's own words. `{count}`/`{shown}`/`{total}` are figures, `{years}` a list of years or dates. */
export const messages: Messages<Key> = {
  namespace: 'map',
  en: {
    map: 'Map of meeting places',
    loadingMap: 'Loading the map…',
    meetingsOne: '{count} meeting',
    meetingsMany: '{count} meetings',
    video: 'By video link: {years}',
    unplaced: 'Place not recorded: {years}',
    noPlaces: 'No meeting in the data has coordinates to place on the map.',
    legend: 'Countries',
    tableCaption: 'Where the meetings were held',
    place: 'Place',
    country: 'Country',
    meetings: 'Meetings',
    tableMore: 'The {shown} places with the most meetings, of {total}.',
    help: 'Arrow keys move between places from west to east, Enter selects, Escape clears the selection.',
    clear: 'Clear selection',
    route: 'The meetings in time order',
    mapFailed: 'The map could not be loaded.',
  },
};
