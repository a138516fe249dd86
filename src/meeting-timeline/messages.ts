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
  | 'format_in-person'
  | 'format_video'
  | 'format_hybrid'
  | 'legend_in-person'
  | 'legend_video'
  | 'legend_hybrid'
  | 'legendHosts'
  | 'legendFormats'
  | 'list'
  | 'listLimited'
  | 'details'
  | 'documents'
  | 'close'
  | 'help'
  | 'none'
  | 'annotations';

declare module '../shared/lang.js' {
  interface MessageNamespaces {
    timeline: TimelineMessageKey;
  }
}

export type Cluster = { count: number; range: string };
export type Limited = { shown: number; total: number };

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
      f.plural(count, {
        one: `# meeting, ${range}. Press Enter to zoom in.`,
        other: `# meetings, ${range}. Press Enter to zoom in.`,
      }),
    status_planned: 'planned',
    status_postponed: 'postponed',
    status_cancelled: 'cancelled',
    'format_in-person': 'in person',
    format_video: 'by video link',
    format_hybrid: 'in person and by video link',
    // The legend's words for the formats (as the card names them).
    'legend_in-person': 'In person',
    legend_video: 'Video conference',
    legend_hybrid: 'In person and by video link',
    legendHosts: 'Host country',
    legendFormats: 'Format',
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
    annotations: 'Notes on the timeline',
  },
};
