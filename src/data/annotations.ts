/** An annotation's dates: its own (`date`, or `start` and `end`), else those of the meeting it is about. */
import type { Annotation, Meeting } from './schema.js';

export interface AnnotationDates {
  start: string;
  end?: string;
}

/** The dates an annotation is about, or undefined when it gives none and names no known meeting. */
export function annotationDates(
  annotation: Annotation,
  meetingById: (id: string) => Meeting | undefined,
): AnnotationDates | undefined {
  if (annotation.date !== undefined) return { start: annotation.date };
  if (annotation.start !== undefined) return { start: annotation.start, end: annotation.end };
  const meeting = annotation.meeting === undefined ? undefined : meetingById(annotation.meeting);
  return meeting ? { start: meeting.start, end: meeting.end } : undefined;
}
