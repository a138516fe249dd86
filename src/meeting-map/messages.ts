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

/** The map's own words. `{count}`/`{shown}`/`{total}` are figures, `{years}` a list of years or dates. */
export const messages: Messages<Key> = {
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
  zh: {
    map: '会晤地点地图',
    loadingMap: '正在加载地图…',
    meetingsOne: '{count} 次会晤',
    meetingsMany: '{count} 次会晤',
    video: '视频会晤：{years}',
    unplaced: '地点不详：{years}',
    noPlaces: '数据中没有可在地图上标出坐标的会晤。',
    legend: '国家',
    tableCaption: '会晤举行地点',
    place: '地点',
    country: '国家',
    meetings: '会晤',
    tableMore: '共 {total} 个地点，列出会晤最多的 {shown} 个。',
    help: '方向键由西向东在地点之间移动，回车键选择，Esc 键取消选择。',
    clear: '取消选择',
    route: '按时间顺序的会晤',
    mapFailed: '无法加载地图。',
  },
  ru: {
    map: 'Карта мест встреч',
    loadingMap: 'Загрузка карты…',
    meetingsOne: 'встреч: {count}',
    meetingsMany: 'встреч: {count}',
    video: 'По видеосвязи: {years}',
    unplaced: 'Место не указано: {years}',
    noPlaces: 'Ни у одной встречи в данных нет координат для карты.',
    legend: 'Страны',
    tableCaption: 'Где проходили встречи',
    place: 'Место',
    country: 'Страна',
    meetings: 'Встречи',
    tableMore: 'Показаны {shown} мест с наибольшим числом встреч из {total}.',
    help: 'Стрелки перемещают между местами с запада на восток, Enter выбирает, Escape снимает выбор.',
    clear: 'Снять выбор',
    route: 'Встречи в порядке времени',
    mapFailed: 'Не удалось загрузить карту.',
  },
};
