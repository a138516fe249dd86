/**
 * Arabic: every namespace's words, loaded on first use (a chunk of its own in the CDN build) and
 * registered as a built-in language by src/shared/lang.ts. Typed against the English keys: a missing
 * or extra key does not compile.
 */
import type { LanguageMessages, MessageTools } from '../shared/lang.js';
import type { Count } from '../shared/messages.js';
import type { Cluster } from '../meeting-timeline/messages.js';
import type { Of } from '../sector-wheel/messages.js';

const ar: LanguageMessages = {
  shared: {
    loading: 'جارٍ تحميل الاجتماعات…',
    failed: 'تعذّر عرض البيانات.',
    someInvalid: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'في البيانات مشكلة واحدة؛ تُعرض السجلات الصالحة فقط.',
        two: 'في البيانات مشكلتان؛ تُعرض السجلات الصالحة فقط.',
        few: 'في البيانات # مشكلات؛ تُعرض السجلات الصالحة فقط.',
        other: 'في البيانات # مشكلة؛ تُعرض السجلات الصالحة فقط.',
      }),
    moreProblems: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: '… ومشكلة أخرى.', two: '… ومشكلتان أخريان.', few: '… و# مشكلات أخرى.', other: '… و# مشكلة أخرى.' }),
    empty: 'لا توجد اجتماعات لعرضها.',
    httpError: 'تعذّر تحميل {url}: HTTP {status}.',
    badJson: 'الملف {url} ليس JSON صالحًا: {detail}',
    timeout: ({ url, seconds }: { url: string; seconds: number }, f: MessageTools) =>
      f.plural(seconds, {
        one: `استغرق تحميل ${url} أكثر من ثانية واحدة فأُوقف.`,
        two: `استغرق تحميل ${url} أكثر من ثانيتين فأُوقف.`,
        few: `استغرق تحميل ${url} أكثر من # ثوانٍ فأُوقف.`,
        other: `استغرق تحميل ${url} أكثر من # ثانية فأُوقف.`,
      }),
    network: 'تعذّر تحميل {url}: {detail}',
    updated: 'حُدِّثت في {time}',
    refreshFailed: 'تعذّر التحديث في {time}؛ تُعرض بيانات {since}.',
    ordinal: 'الـ{n}',
  },
  timeline: {
    chart: 'الخط الزمني للاجتماعات',
    controls: 'تكبير الخط الزمني',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    reset: 'إعادة ضبط التكبير',
    showing: 'عرض الاجتماعات في:',
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
  wheel: {
    wheel: 'القطاعات',
    other: 'أخرى',
    more: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { one: 'قطاع آخر', two: 'قطاعان آخران', few: '# قطاعات أخرى', many: '# قطاعًا آخر', other: '# قطاع آخر' }),
    whole: 'جميع القطاعات',
    breadcrumbs: 'مستوى التكبير',
    meetingsOf: ({ count, total }: Of, f: MessageTools) =>
      f.plural(total, {
        one: `${f.number(count)} من أصل اجتماع واحد`,
        two: `${f.number(count)} من أصل اجتماعين`,
        few: `${f.number(count)} من أصل # اجتماعات`,
        many: `${f.number(count)} من أصل # اجتماعًا`,
        other: `${f.number(count)} من أصل # اجتماع`,
      }),
    items: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        zero: 'لا وثائق ولا التزامات',
        one: 'وثيقة أو التزام واحد',
        two: 'وثيقتان أو التزامان',
        few: '# وثائق والتزامات',
        many: '# وثيقةً والتزامًا',
        other: '# وثيقة والتزام',
      }),
    unknownMeeting: 'لا يوجد اجتماع بالمعرّف «{id}».',
    noSectors: 'لا تذكر البيانات أي قطاع.',
    legend: 'مجموعات القطاعات',
    tableCaption: 'القطاعات حسب المجموعة',
    group: 'المجموعة',
    sector: 'القطاع',
    weight: 'الوزن',
    meetingsHeading: 'الاجتماعات',
    documentsHeading: 'الوثائق',
    onAgenda: 'مدرج ضمن قطاعات الاجتماع',
    selectHint: 'اختر قطاعًا لعرض اجتماعاته ووثائقه.',
    groupSummary: ({ count }: Count, f: MessageTools) =>
      f.plural(count, { zero: 'لا قطاعات', one: 'قطاع واحد', two: 'قطاعان', few: '# قطاعات', many: '# قطاعًا', other: '# قطاع' }),
  },
  card: {
    ordinal: '{noun} {ordinal}',
    meetingNoun: 'الاجتماع',
    chair: 'الرئيس',
    host: 'المضيف',
    party: '({party})',
    hybrid: 'حضوريًا وعبر الفيديو',
    status: 'الحالة',
    status_planned: 'مُخطَّط له',
    status_postponed: 'مؤجَّل',
    status_cancelled: 'مُلغى',
    kind: 'النوع',
    kind_extraordinary: 'اجتماع استثنائي',
    kind_informal: 'اجتماع غير رسمي',
    visit: 'الزيارة',
    visitFrom: 'من {date}',
    visitUntil: 'حتى {date}',
    documentsPartial: 'لا تذكر المصادر إلا بعض الوثائق الموقّعة.',
    kind_declaration: 'الإعلانات',
    page: 'ص. {page}',
    dates: 'التواريخ',
    place: 'المكان',
    format: 'الشكل',
    inPerson: 'حضوري',
    video: 'عبر الفيديو',
    coChairs: 'الرئيسان المشاركان',
    delegation: 'الوفود',
    otherCountry: 'آخرون',
    documents: 'الوثائق الموقّعة',
    kind_communique: 'البيانات المشتركة',
    kind_agreement: 'الاتفاقيات',
    kind_protocol: 'البروتوكولات',
    kind_roadmap: 'خرائط الطريق',
    kind_memorandum: 'مذكرات التفاهم',
    kind_minutes: 'المحاضر',
    kind_plan: 'الخطط',
    kind_other: 'وثائق أخرى',
    signedBy: 'وقّعها {names}',
    sectors: 'القطاعات',
    agenda: 'جدول الأعمال',
    notes: 'ملاحظات',
    sources: 'المصادر',
    newTab: '(يُفتح في علامة تبويب جديدة)',
    missing: 'لا يوجد اجتماع بالمعرّف «{id}».',
    choose: ({ count }: Count, f: MessageTools) =>
      f.plural(count, {
        one: 'لم يُختر اجتماع: اضبط «meeting» على معرّف الاجتماع الوحيد.',
        two: 'لم يُختر اجتماع: اضبط «meeting» على أحد معرّفَي الاجتماعين.',
        few: 'لم يُختر اجتماع: اضبط «meeting» على أحد معرّفات الاجتماعات الـ#.',
        other: 'لم يُختر اجتماع: اضبط «meeting» على أحد معرّفات الاجتماعات الـ#.',
      }),
    invalid: 'يتعذّر عرض هذا الاجتماع: بياناته غير صالحة.',
    confidence_medium: 'تتفق المصادر جزئيًا؛ بعض التفاصيل غير مؤكدة.',
    confidence_low: 'المصادر قليلة؛ التفاصيل غير مؤكدة.',
  },
  exportMenu: {
    export: 'تصدير',
    png: 'تنزيل PNG',
    svg: 'تنزيل SVG',
    csv: 'تنزيل CSV',
    json: 'تنزيل JSON',
    failed: 'تعذّر التصدير: {detail}',
  },
  exportFile: { source: 'المصدر: {text}', sources: '{title} ({sites})', more: 'و{count} غيرها', asText: 'البيانات نصًّا' },
};

export default ar;
