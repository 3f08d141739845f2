/**
 * The report's closing sections: what is still open when the report is made, and the lessons learned.
 */
import type { Lesson } from '../domain/lesson';
import { notificationTable } from './document-comms';
import type { DocBlock, DocSection } from './report-document';
import type { IncidentReport } from './report-model';
import type { ReportFormat } from './report-texts';

function followUpTable(f: ReportFormat, lessons: readonly Lesson[]): DocBlock {
  return {
    type: 'table',
    headers: ['text', 'owner', 'due', 'done'].map((k) => f.t(`reportDoc.lesson.${k}`)),
    rows: lessons.map((l) => ({
      cells: [l.text, l.owner, l.dueDate ?? '', f.t(l.done ? 'reportDoc.yes' : 'reportDoc.no')],
      ...(!l.done && { mark: 'warning' as const }),
    })),
  };
}

/** A sub-heading with its count, then the table, or "none" when there is nothing. */
function part(f: ReportFormat, key: string, count: number, table: () => DocBlock): DocBlock[] {
  const heading = { type: 'heading' as const, level: 3 as const, text: f.t(`reportDoc.${key}`, { count }) };
  return [heading, count === 0 ? { type: 'paragraph', text: f.t('reportDoc.none') } : table()];
}

export function actionsSection(report: IncidentReport, f: ReportFormat): DocSection {
  const o = report.openActions;
  const headers = (keys: readonly string[]) => keys.map((k) => f.t(`reportDoc.open.${k}`));
  return {
    id: 'openActions',
    title: f.t('reportDoc.sections.openActions'),
    blocks: [
      ...part(f, 'open.checklist', o.checklistItems.length, () => ({
        type: 'table',
        headers: headers(['channel', 'step', 'role']),
        rows: o.checklistItems.map(({ channelName, item }) => ({
          cells: [
            channelName ?? f.t('reportDoc.channelUnknown'),
            item.text,
            item.assigneeRole ? f.role(item.assigneeRole) : '',
          ],
        })),
      })),
      ...part(f, 'open.notInformed', o.notInformed.length, () => notificationTable(f, o.notInformed)),
      ...part(f, 'open.notAcknowledged', o.notAcknowledged.length, () =>
        notificationTable(f, o.notAcknowledged),
      ),
      ...part(f, 'open.drafts', o.draftsWaiting.length, () => ({
        type: 'table',
        headers: headers(['draft', 'version', 'pendingRoles', 'waitingSince']),
        rows: o.draftsWaiting.map((d) => ({
          cells: [
            d.title,
            d.versionNumber === null ? f.unknown : f.t('reportDoc.versionShort', { n: d.versionNumber }),
            d.pendingRoles.map((r) => f.role(r)).join(', '),
            f.time(d.waitingSince),
          ],
        })),
      })),
      ...part(f, 'open.followUps', o.followUps.length, () => followUpTable(f, o.followUps)),
    ],
  };
}

export function lessonsSection(report: IncidentReport, f: ReportFormat): DocSection {
  const l = report.lessons;
  const list = (lessons: readonly Lesson[]): DocBlock => ({
    type: 'table',
    headers: [f.t('reportDoc.lesson.text'), f.t('reportDoc.lesson.by')],
    rows: lessons.map((x) => ({ cells: [x.text, x.createdByName] })),
  });
  return {
    id: 'lessons',
    title: f.t('reportDoc.sections.lessons'),
    blocks: [
      ...part(f, 'lesson.wentWell', l.wentWell.length, () => list(l.wentWell)),
      ...part(f, 'lesson.wentBadly', l.wentBadly.length, () => list(l.wentBadly)),
      ...part(f, 'lesson.followUp', l.followUp.length, () => followUpTable(f, l.followUp)),
    ],
  };
}
