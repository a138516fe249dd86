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
  },  ar: {
    map: 'خريطة أماكن الاجتماعات',
    loadingMap: 'جارٍ تحميل الخريطة…',
    meetingsOne: '{count} اجتماع',
    meetingsMany: 'عدد الاجتماعات: {count}',
    video: 'عبر الفيديو: {years}',
    unplaced: 'المكان غير مسجَّل: {years}',
    noPlaces: 'لا يوجد في البيانات اجتماع له إحداثيات لوضعه على الخريطة.',
    legend: 'البلدان',
    tableCaption: 'أين عُقدت الاجتماعات',
    place: 'المكان',
    country: 'البلد',
    meetings: 'الاجتماعات',
    tableMore: 'الأماكن الـ{shown} الأكثر اجتماعات، من أصل {total}.',
    help: 'تنقّل مفاتيح الأسهم بين الأماكن من الغرب إلى الشرق، ويختار Enter، ويلغي Escape الاختيار.',
    clear: 'إلغاء الاختيار',
    route: 'الاجتماعات بالترتيب الزمني',
    mapFailed: 'تعذّر تحميل الخريطة.',
  },
  fr: {
    map: 'Carte des lieux de réunion',
    loadingMap: 'Chargement de la carte…',
    meetingsOne: '{count} réunion',
    meetingsMany: '{count} réunions',
    video: 'Par visioconférence : {years}',
    unplaced: 'Lieu non indiqué : {years}',
    noPlaces: 'Aucune réunion des données n’a de coordonnées à placer sur la carte.',
    legend: 'Pays',
    tableCaption: 'Où les réunions se sont tenues',
    place: 'Lieu',
    country: 'Pays',
    meetings: 'Réunions',
    tableMore: 'Les {shown} lieux qui comptent le plus de réunions, sur {total}.',
    help: 'Les flèches passent d’un lieu à l’autre d’ouest en est, Entrée sélectionne, Échap efface la sélection.',
    clear: 'Effacer la sélection',
    route: 'Les réunions dans l’ordre chronologique',
    mapFailed: 'La carte n’a pas pu être chargée.',
  },
  es: {
    map: 'Mapa de los lugares de reunión',
    loadingMap: 'Cargando el mapa…',
    meetingsOne: '{count} reunión',
    meetingsMany: '{count} reuniones',
    video: 'Por videoconferencia: {years}',
    unplaced: 'Lugar no registrado: {years}',
    noPlaces: 'Ninguna reunión de los datos tiene coordenadas para situarla en el mapa.',
    legend: 'Países',
    tableCaption: 'Dónde se celebraron las reuniones',
    place: 'Lugar',
    country: 'País',
    meetings: 'Reuniones',
    tableMore: 'Los {shown} lugares con más reuniones, de {total}.',
    help: 'Las flechas pasan de un lugar a otro de oeste a este, Intro selecciona y Escape borra la selección.',
    clear: 'Borrar la selección',
    route: 'Las reuniones en orden cronológico',
    mapFailed: 'No se pudo cargar el mapa.',
  },
};
