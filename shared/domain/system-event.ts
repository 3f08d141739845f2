/**
 * What an entry the app writes itself records, as a key and values, so each reader sees it in their own
 * language (renderer: use-entry-text.ts; the English text in `text` is for search and exports).
 */
export const systemEventKeys = [
  'incidentOpened',
  'phaseChanged',
  'severityChanged',
  'conflictResolved',
  'stakeholderStatus',
  'stakeholderAdded',
  'checklistItem',
  'roleAssigned',
  'draftReviewRequested',
  'draftDecision',
  'draftPublished',
  'draftWithdrawn',
] as const;
export type SystemEventKey = (typeof systemEventKeys)[number];

export interface SystemEvent {
  key: SystemEventKey;
  values: Record<string, string | number | boolean>;
}
