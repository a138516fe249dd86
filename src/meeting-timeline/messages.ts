import type { Messages, MessageTools } from '../shared/lang.js';

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
  | 'status_planned'
  | 'status_postponed'
  | 'status_cancelled'
  | 'list'
  | 'listLimited'
  | 'details'
  | 'documents'
  | 'close'
  | 'help'
  | 'none';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    timeline: TimelineMessageKey;
  }
}

type Cluster = { count: number; range: string };
type Limited = { shown: number; total: number };

/** The timeline's own words. `{n}` etc. are filled in by `translate`; functions choose plural forms. */
export const timelineMessages: Messages<TimelineMessageKey> = {
  namespace: 'timeline',
  en: {
    chart: 'Timeline of meetings',
    controls: 'Timeline zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Reset zoom',
    showing: 'Showing meetings on:',
    showingPlace: 'Showing meetings held in:',
    clear: 'Clear filter',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, { one: `# meeting, ${range}. Press Enter to zoom in.`, other: `# meetings, ${range}. Press Enter to zoom in.` }),
    status_planned: 'planned',
    status_postponed: 'postponed',
    status_cancelled: 'cancelled',
    list: 'Meetings in time order',
    listLimited: ({ shown, total }: Limited, f: MessageTools) =>
      f.plural(total, {
        one: `Listing ${f.number(shown)} of # meeting in the visible period; zoom in to list others.`,
        other: `Listing ${f.number(shown)} of # meetings in the visible period; zoom in to list others.`,
      }),
    details: 'Meeting details',
    documents: 'Documents',
    close: 'Close details',
    help: 'Arrow keys move between meetings, Enter selects, plus and minus zoom, Ctrl + wheel zooms.',
    none: 'No meetings match the filter.',
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
    status_planned: '计划举行',
    status_postponed: '已推迟',
    status_cancelled: '已取消',
    list: '按时间顺序排列的会晤',
    listLimited: '列出可见时段内 {total} 次会晤中的 {shown} 次；放大以查看其他会晤。',
    details: '会晤详情',
    documents: '文件',
    close: '关闭详情',
    help: '方向键在会晤之间移动，回车键选择，加号和减号缩放，Ctrl + 滚轮缩放。',
    none: '没有符合筛选条件的会晤。',
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
  ar: {
    chart: 'الخط الزمني للاجتماعات',
    controls: 'تكبير الخط الزمني',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'إعادة ضبط التكبير',
    showing: 'عرض الاجتماعات في:',
    showingPlace: 'عرض الاجتماعات المعقودة في:',
    clear: 'مسح عامل التصفية',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, {
        one: `اجتماع واحد، ${range}. اضغط Enter للتكبير.`,
        two: `اجتماعان، ${range}. اضغط Enter للتكبير.`,
        few: `# اجتماعات، ${range}. اضغط Enter للتكبير.`,
        many: `# اجتماعًا، ${range}. اضغط Enter للتكبير.`,
        other: `# اجتماع، ${range}. اضغط Enter للتكبير.`,
      }),
    status_planned: 'مُخطَّط له',
    status_postponed: 'مؤجَّل',
    status_cancelled: 'مُلغى',
    list: 'الاجتماعات بالترتيب الزمني',
    listLimited: 'تُعرض {shown} من أصل {total} في الفترة الظاهرة؛ كبّر لعرض الاجتماعات الأخرى.',
    details: 'تفاصيل الاجتماع',
    documents: 'الوثائق',
    close: 'إغلاق التفاصيل',
    help: 'تنقّل مفاتيحُ الأسهم بين الاجتماعات، ويختار Enter، وتكبّر علامتا الجمع والطرح وتصغّران، ويكبّر Ctrl مع عجلة الفأرة.',
    none: 'لا توجد اجتماعات تطابق عامل التصفية.',
  },
  fr: {
    chart: 'Chronologie des réunions',
    controls: 'Zoom de la chronologie',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    reset: 'Réinitialiser le zoom',
    showing: 'Réunions affichées pour :',
    showingPlace: 'Réunions tenues à :',
    clear: 'Effacer le filtre',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, {
        one: `# réunion, ${range}. Appuyez sur Entrée pour zoomer.`,
        other: `# réunions, ${range}. Appuyez sur Entrée pour zoomer.`,
      }),
    status_planned: 'prévue',
    status_postponed: 'reportée',
    status_cancelled: 'annulée',
    list: 'Réunions par ordre chronologique',
    listLimited: ({ shown, total }: Limited, f: MessageTools) =>
      `${f.plural(shown, { one: '# réunion', other: '# réunions' })} sur ${f.number(total)} dans la période visible ; zoomez pour voir les autres.`,
    details: 'Détails de la réunion',
    documents: 'Documents',
    close: 'Fermer les détails',
    help: 'Les flèches passent d’une réunion à l’autre, Entrée sélectionne, plus et moins zooment, Ctrl + molette zoome.',
    none: 'Aucune réunion ne correspond au filtre.',
  },
  es: {
    chart: 'Cronología de reuniones',
    controls: 'Zoom de la cronología',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    reset: 'Restablecer el zoom',
    showing: 'Reuniones sobre:',
    showingPlace: 'Reuniones celebradas en:',
    clear: 'Quitar el filtro',
    cluster: ({ count, range }: Cluster, f: MessageTools) =>
      f.plural(count, {
        one: `# reunión, ${range}. Pulse Intro para acercar.`,
        other: `# reuniones, ${range}. Pulse Intro para acercar.`,
      }),
    status_planned: 'prevista',
    status_postponed: 'aplazada',
    status_cancelled: 'cancelada',
    list: 'Reuniones en orden cronológico',
    listLimited: ({ shown, total }: Limited, f: MessageTools) =>
      f.plural(total, {
        one: `Se muestra ${f.number(shown)} de # reunión del periodo visible; acerque para ver las demás.`,
        other: `Se muestran ${f.number(shown)} de # reuniones del periodo visible; acerque para ver las demás.`,
      }),
    details: 'Detalles de la reunión',
    documents: 'Documentos',
    close: 'Cerrar los detalles',
    help: 'Las flechas pasan de una reunión a otra, Intro selecciona, más y menos acercan y alejan, Ctrl + rueda acerca.',
    none: 'Ninguna reunión coincide con el filtro.',
  },
};
