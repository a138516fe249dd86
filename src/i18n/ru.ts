/**
 * Russian: every namespace's words, loaded on first use (a chunk of its own in the CDN build) and
 * registered as a built-in language by src/shared/lang.ts. Typed against the English keys: a missing
 * or extra key does not compile.
 */
import type { LanguageMessages, MessageTools } from '../shared/lang.js';
import type { Count, Ordinal } from '../shared/messages.js';
import type { Cluster, Limited } from '../meeting-timeline/messages.js';
import type { Of } from '../sector-wheel/messages.js';

const RU_ORDINAL_ENDING = { masculine: 'й', feminine: 'я', neuter: 'е' } as const;

const ru: LanguageMessages = {
  shared: {
    loading: 'Загрузка встреч…',
    failed: 'Не удалось показать данные.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# проблема в данных; показаны только корректные записи.',
        few: '# проблемы в данных; показаны только корректные записи.',
        many: '# проблем в данных; показаны только корректные записи.',
        other: '# проблемы в данных; показаны только корректные записи.',
      }),
    moreProblems: '… и ещё {count}.',
    empty: 'Нет встреч для показа.',
    httpError: 'Не удалось загрузить {url}: HTTP {status}.',
    badJson: '{url} — некорректный JSON: {detail}',
    timeout: 'Загрузка {url} заняла больше {seconds} с и была остановлена.',
    network: 'Не удалось загрузить {url}: {detail}',
    updated: 'Обновлено в {time}',
    refreshFailed: 'Не удалось обновить в {time}; показаны данные на {since}.',
    ordinal: ({ n, gender }: Ordinal, f: MessageTools) =>
      `${f.number(n)}-${RU_ORDINAL_ENDING[gender ?? 'feminine'] ?? 'я'}`,
  },
  timeline: {
    chart: 'Хронология встреч',
    controls: 'Масштаб хронологии',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    reset: 'Сбросить масштаб',
    showing: 'Показаны встречи по темам:',
    showingPlace: 'Показаны встречи, прошедшие в месте:',
    clear: 'Сбросить фильтр',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, {
        one: `# встреча, ${range}. Нажмите Enter, чтобы увеличить.`,
        few: `# встречи, ${range}. Нажмите Enter, чтобы увеличить.`,
        many: `# встреч, ${range}. Нажмите Enter, чтобы увеличить.`,
        other: `# встречи, ${range}. Нажмите Enter, чтобы увеличить.`,
      }),
    status_planned: 'планируется',
    status_postponed: 'перенесено',
    status_cancelled: 'отменено',
    list: 'Встречи в хронологическом порядке',
    listLimited: ({ shown, total }: Limited, f: MessageTools) =>
      f.plural(total, {
        one: `Показано ${f.number(shown)} из # встречи видимого периода; увеличьте масштаб, чтобы увидеть остальные.`,
        other: `Показано ${f.number(shown)} из # встреч видимого периода; увеличьте масштаб, чтобы увидеть остальные.`,
      }),
    details: 'Подробности встречи',
    documents: 'Документы',
    close: 'Закрыть подробности',
    help: 'Стрелки переходят между встречами, Enter выбирает, плюс и минус меняют масштаб, Ctrl + колесо — масштаб.',
    none: 'Нет встреч, подходящих под фильтр.',
  },
  wheel: {
    wheel: 'Отрасли',
    other: 'Прочее',
    more: 'ещё {count}',
    whole: 'Все отрасли',
    breadcrumbs: 'Уровень масштаба',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, { one: `${f.number(count)} из # встречи`, other: `${f.number(count)} из # встреч` }),
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: '# документ или обязательство',
        few: '# документа и обязательства',
        many: '# документов и обязательств',
        other: '# документа и обязательства',
      }),
    unknownMeeting: 'Нет встречи с идентификатором «{id}».',
    noSectors: 'В данных нет отраслей.',
    legend: 'Группы отраслей',
    tableCaption: 'Отрасли по группам',
    group: 'Группа',
    sector: 'Отрасль',
    weight: 'Вес',
    meetingsHeading: 'Встречи',
    documentsHeading: 'Документы',
    onAgenda: 'Указана среди отраслей встречи',
    selectHint: 'Выберите отрасль, чтобы увидеть её встречи и документы.',
    groupSummary: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '# отрасль', few: '# отрасли', many: '# отраслей', other: '# отрасли' }),
    untouched: ({ count, total }: Of, f: MessageTools) =>
      count === total
        ? `Для этой встречи не указана ни одна из отраслей серии (${f.number(total)})`
        : f.plural(count, {
            one: '# другая отрасль серии не входила в повестку этой встречи',
            few: '# другие отрасли серии не входили в повестку этой встречи',
            many: '# других отраслей серии не входили в повестку этой встречи',
            other: '# другой отрасли серии не входили в повестку этой встречи',
          }),
  },
  card: {
    ordinal: '{ordinal} {noun}',
    meetingNoun: 'встреча',
    chair: 'Председатель',
    host: 'принимающая сторона',
    party: '({party})',
    hybrid: 'Очно и по видеосвязи',
    status: 'Статус',
    status_planned: 'Планируется',
    status_postponed: 'Перенесено',
    status_cancelled: 'Отменено',
    kind: 'Вид',
    kind_extraordinary: 'Внеочередная встреча',
    kind_informal: 'Неформальная встреча',
    dates: 'Даты',
    visit: 'Визит',
    visitFrom: 'с {date}',
    visitUntil: 'до {date}',
    place: 'Место',
    format: 'Формат',
    inPerson: 'Очно',
    video: 'Видеоконференция',
    coChairs: 'Сопредседатели',
    delegation: 'Делегации',
    otherCountry: 'Другие',
    documents: 'Подписанные документы',
    documentsPartial: 'Источники называют лишь часть подписанных документов.',
    kind_declaration: 'Декларации',
    kind_communique: 'Коммюнике',
    kind_agreement: 'Соглашения',
    kind_protocol: 'Протоколы',
    kind_roadmap: 'Дорожные карты',
    kind_memorandum: 'Меморандумы',
    kind_minutes: 'Протоколы заседаний',
    kind_plan: 'Планы',
    kind_other: 'Другие документы',
    signedBy: 'подписали: {names}',
    sectors: 'Сферы',
    agenda: 'Программа',
    notes: 'Примечания',
    sources: 'Источники',
    page: 'с. {page}',
    newTab: '(откроется в новой вкладке)',
    missing: 'Встречи с id «{id}» нет.',
    choose: 'Встреча не выбрана: укажите в «meeting» один из {count} id.',
    invalid: 'Эту встречу нельзя показать: данные некорректны.',
    confidence_medium: 'Источники согласуются частично; некоторые детали не точны.',
    confidence_low: 'Источников мало; детали не точны.',
  },
  exportMenu: {
    export: 'Экспорт',
    png: 'Скачать PNG',
    svg: 'Скачать SVG',
    csv: 'Скачать CSV',
    json: 'Скачать JSON',
    failed: 'Экспорт не удался: {detail}',
  },
  exportFile: {
    source: 'Источник: {text}',
    sources: '{title} ({sites})',
    more: 'и ещё {count}',
    asText: 'Данные в виде текста',
  },
  map: {
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

export default ru;
