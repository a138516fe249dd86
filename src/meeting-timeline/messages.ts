import type { Messages } from '../shared/lang.js';

export type TimelineMessageKey =
  | 'chart'
  | 'controls'
  | 'zoomIn'
  | 'zoomOut'
  | 'reset'
  | 'showing'
  | 'showingPlace'
  | 'clear'
  | 'cluster'
  | 'list'
  | 'listLimited'
  | 'details'
  | 'venue'
  | 'coChairs'
  | 'documents'
  | 'sectors'
  | 'close'
  | 'help'
  | 'none'
  | 'ordinal';

/** The timeline's own words. `{n}` etc. are filled in by `translate`. */
export const timelineMessages: Messages<TimelineMessageKey> = {
  en: {
    chart: 'Timeline of meetings',
    controls: 'Timeline zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset zoom',
    showing: 'Showing meetings on:',
    showingPlace: 'Showing meetings held in:',
    clear: 'Clear filter',
    cluster: '{count} meetings, {range}. Press Enter to zoom in.',
    list: 'Meetings in time order',
    listLimited: 'Listing {shown} of {total} meetings in the visible period; zoom in to list others.',
    details: 'Meeting details',
    venue: 'Venue',
    coChairs: 'Co-chairs',
    documents: 'Documents',
    sectors: 'Sectors',
    close: 'Close details',
    help: 'Arrow keys move between meetings, Enter selects, plus and minus zoom, Ctrl + wheel zooms.',
    none: 'No meetings match the filter.',
    ordinal: '#{n}',
  },
  zh: {
    chart: '会晤时间轴',
    controls: '时间轴缩放',
    zoomIn: '放大',
    zoomOut: '缩小',
    reset: '重置缩放',
    showing: '显示以下领域的会晤：',
    showingPlace: '显示在以下地点举行的会晤：',
    clear: '清除筛选',
    cluster: '{count} 次会晤，{range}。按回车键放大。',
    list: '按时间顺序排列的会晤',
    listLimited: '列出可见时段内 {total} 次会晤中的 {shown} 次；放大以查看其他会晤。',
    details: '会晤详情',
    venue: '地点',
    coChairs: '共同主席',
    documents: '文件',
    sectors: '领域',
    close: '关闭详情',
    help: '方向键在会晤之间移动，回车键选择，加号和减号缩放，Ctrl + 滚轮缩放。',
    none: '没有符合筛选条件的会晤。',
    ordinal: '第{n}次',
  },
  ru: {
    chart: 'Хронология встреч',
    controls: 'Масштаб хронологии',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    reset: 'Сбросить масштаб',
    showing: 'Показаны встречи по темам:',
    showingPlace: 'Показаны встречи, прошедшие в месте:',
    clear: 'Сбросить фильтр',
    cluster: 'Встреч: {count}, {range}. Нажмите Enter, чтобы увеличить.',
    list: 'Встречи в хронологическом порядке',
    listLimited: 'Показано {shown} из {total} встреч видимого периода; увеличьте масштаб, чтобы увидеть остальные.',
    details: 'Подробности встречи',
    venue: 'Место',
    coChairs: 'Сопредседатели',
    documents: 'Документы',
    sectors: 'Темы',
    close: 'Закрыть подробности',
    help: 'Стрелки переходят между встречами, Enter выбирает, плюс и минус меняют масштаб, Ctrl + колесо — масштаб.',
    none: 'Нет встреч, подходящих под фильтр.',
    ordinal: '№ {n}',
  },
};
