/**
 * reportBuild: an incident's records in, the post-incident report out (report-model.ts). Pure and
 * deterministic: the same data and generation time give the same report on every device, and missing
 * records never make it fail (see report-model.ts).
 */
import type { IncidentData } from '../archive/incident-data';
import { reportMetrics } from './metrics';
import { reportChecklists } from './report-checklists';
import { reportCommunications } from './report-communications';
import { draftRecords } from './report-drafts';
import { reportNotifications } from './report-informed';
import type { IncidentReport, ReportOptions } from './report-model';
import { reportLessons, reportOpenActions } from './report-open-actions';
import { reportSummary } from './report-summary';
import { reportThreads, reportTimeline } from './report-timeline';

export function reportBuild(data: IncidentData, options: ReportOptions): IncidentReport {
  const timeline = reportTimeline(data.timeline);
  const drafts = [...draftRecords(data).values()];
  const notifications = reportNotifications(data);
  const checklists = reportChecklists(data);
  const lessons = reportLessons(data.lessons);
  return {
    generatedAt: options.generatedAt,
    summary: reportSummary(data, timeline, options.generatedAt),
    keyMoments: timeline.filter((row) => row.entry.pinned),
    timeline,
    decisions: reportThreads(timeline, 'decision'),
    communications: reportCommunications(drafts),
    notifications,
    checklists,
    // TODO: there is no inquiry inbox yet, so inquiries are the timeline entries of kind `inquiry`; when
    // the inbox lands it feeds this section (with the response and the response time of each inquiry).
    inquiries: reportThreads(timeline, 'inquiry'),
    metrics: reportMetrics(data, drafts, notifications),
    openActions: reportOpenActions(checklists, notifications, drafts, lessons),
    lessons,
  };
}
