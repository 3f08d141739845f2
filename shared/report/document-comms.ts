/**
 * The report's sections on reaching people: what was published with its approval path, who was informed
 * when and by whom, and how far each channel's checklist got.
 */
import type { DocBlock, DocRow, DocSection } from './report-document';
import type {
  IncidentReport,
  ReportApproval,
  ReportCommunication,
  ReportNotification,
  ReportPerson,
  ReportPublishedVersion,
} from './report-model';
import type { ReportFormat } from './report-texts';

function approvalRows(f: ReportFormat, approvals: readonly ReportApproval[]): DocRow[] {
  return approvals.map((a) => {
    const notes = [
      a.voided ? f.t('reportDoc.approval.voided') : '',
      a.mismatched ? f.t('reportDoc.approval.mismatched') : '',
      a.ownVersion ? f.t('reportDoc.approval.ownVersion') : '',
    ].filter(Boolean);
    const cells = [
      a.versionNumber === null ? f.unknown : f.t('reportDoc.versionShort', { n: a.versionNumber }),
      f.t(`reportDoc.approval.${a.kind}`),
      a.role ? f.role(a.role) : '',
      a.memberName,
      f.time(a.at),
      a.comment,
      notes.join('; '),
    ];
    if (a.kind === 'reject') return { cells, mark: 'warning' };
    return a.voided || a.mismatched ? { cells, mark: 'retracted' } : { cells };
  });
}

function approvalTable(f: ReportFormat, caption: string, approvals: readonly ReportApproval[]): DocBlock {
  if (approvals.length === 0) return { type: 'paragraph', text: f.t('reportDoc.approval.none') };
  const keys = ['version', 'decision', 'role', 'by', 'at', 'comment', 'note'];
  return {
    type: 'table',
    caption,
    headers: keys.map((k) => f.t(`reportDoc.approval.${k}`)),
    rows: approvalRows(f, approvals),
    columns: [9, 13, 12, 15, 14, 21, 16],
  };
}

function versionBlocks(f: ReportFormat, v: ReportPublishedVersion): DocBlock[] {
  const name =
    v.number === null ? f.t('reportDoc.versionUnknown') : f.t('reportDoc.versionN', { n: v.number });
  const written =
    v.authorName === null
      ? ''
      : f.t('reportDoc.writtenBy', { name: v.authorName, time: f.time(v.createdAt) });
  const keys = ['channel', 'at', 'by', 'reference', 'override', 'withdrawn'];
  return [
    { type: 'heading', level: 4, text: written ? `${name} · ${written}` : name },
    v.body === null
      ? { type: 'paragraph', text: f.t('reportDoc.bodyMissing') }
      : { type: 'quote', text: v.body },
    {
      type: 'table',
      caption: f.t('reportDoc.publication.caption', { version: name }),
      headers: keys.map((k) => f.t(`reportDoc.publication.${k}`)),
      columns: [14, 13, 13, 20, 18, 22],
      rows: v.publications.map((p) => ({
        cells: [
          p.channelName,
          f.time(p.at),
          p.memberName,
          p.reference,
          p.override ? f.t('reportDoc.publication.overrideText', { reason: p.override }) : '',
          p.withdrawn
            ? f.t('reportDoc.publication.withdrawnText', {
                time: f.time(p.withdrawn.at),
                name: p.withdrawn.memberName,
                reason: p.withdrawn.reason,
              })
            : '',
        ],
        ...((p.override || p.withdrawn) && { mark: 'warning' as const }),
      })),
    },
    approvalTable(f, f.t('reportDoc.approval.ofVersion', { version: name }), v.approvals),
  ];
}

function communicationBlocks(f: ReportFormat, c: ReportCommunication): DocBlock[] {
  const title = c.title ?? f.t('reportDoc.draftUnknown');
  const about = [
    c.kind ? f.t(`drafts.kinds.${c.kind}`) : '',
    c.language ? f.t(`drafts.languages.${c.language}`) : '',
  ].filter(Boolean);
  return [
    { type: 'heading', level: 3, text: about.length > 0 ? `${title} (${about.join(', ')})` : title },
    {
      type: 'facts',
      items: [
        {
          label: f.t('reportDoc.requiredRoles'),
          value: c.requiredRoles.map((r) => f.role(r)).join(', ') || f.unknown,
        },
      ],
    },
    ...c.versions.flatMap((v) => versionBlocks(f, v)),
    { type: 'heading', level: 4, text: f.t('reportDoc.approval.path') },
    approvalTable(f, f.t('reportDoc.approval.pathOf', { title }), c.path),
  ];
}

export function communicationsSection(report: IncidentReport, f: ReportFormat): DocSection {
  const blocks = report.communications.flatMap((c) => communicationBlocks(f, c));
  return {
    id: 'communications',
    title: f.t('reportDoc.sections.communications'),
    blocks: blocks.length > 0 ? blocks : [{ type: 'paragraph', text: f.t('reportDoc.empty.communications') }],
  };
}

function personText(f: ReportFormat, person: ReportPerson | null, ifNull: string): string {
  return person === null ? ifNull : (person.name ?? f.unknown);
}

/** The columns of the notifications CSV, one fact each. */
export const notificationColumns = [
  'priority',
  'stakeholder',
  'organisation',
  'group',
  'status',
  'assignee',
  'informedAt',
  'informedBy',
  'channel',
  'acknowledgedAt',
  'note',
] as const;

/** A notification's cells for the CSV, in notificationColumns order, times written by `time`. */
export function notificationCells(
  f: ReportFormat,
  n: ReportNotification,
  time: (instant: string | null) => string,
): string[] {
  const s = n.stakeholder;
  return [
    s ? String(s.priority) : f.unknown,
    s?.name ?? f.t('reportDoc.stakeholderUnknown'),
    s?.organisation ?? '',
    s ? f.group(s.group) : '',
    f.t(`inform.status.${n.status}`),
    personText(f, n.assignee, f.t('reportDoc.nobody')),
    time(n.informedAt),
    personText(f, n.informedBy, ''),
    n.channel,
    time(n.acknowledgedAt),
    n.note,
  ];
}

/** On paper, fewer and fuller columns: who (with organisation and group), status, and when by whom how. */
export function notificationTable(f: ReportFormat, rows: readonly ReportNotification[]): DocBlock {
  const keys = ['priority', 'stakeholder', 'status', 'assignee', 'informedAt', 'acknowledgedAt', 'note'];
  return {
    type: 'table',
    headers: keys.map((k) => f.t(`reportDoc.notification.${k}`)),
    rows: rows.map((n) => {
      const s = n.stakeholder;
      const who = s
        ? [s.organisation ? `${s.name} (${s.organisation})` : s.name, f.group(s.group)].join('\n')
        : f.t('reportDoc.stakeholderUnknown');
      const informed = n.informedAt
        ? [
            f.time(n.informedAt),
            n.informedBy ? f.t('reportDoc.notification.by', { name: personText(f, n.informedBy, '') }) : '',
            n.channel ? f.t('reportDoc.notification.via', { channel: n.channel }) : '',
          ]
            .filter(Boolean)
            .join('\n')
        : '';
      return {
        cells: [
          s ? String(s.priority) : f.unknown,
          who,
          f.t(`inform.status.${n.status}`),
          personText(f, n.assignee, f.t('reportDoc.nobody')),
          informed,
          n.acknowledgedAt ? f.time(n.acknowledgedAt) : '',
          n.note,
        ],
        ...(n.status === 'toInform' && { mark: 'warning' as const }),
      };
    }),
    columns: [8, 24, 11, 14, 19, 12, 12],
  };
}

export function informedSection(report: IncidentReport, f: ReportFormat): DocSection {
  const title = f.t('reportDoc.sections.informed');
  const rows = report.notifications;
  return {
    id: 'informed',
    title,
    blocks: [
      rows.length === 0
        ? { type: 'paragraph', text: f.t('reportDoc.empty.informed') }
        : notificationTable(f, rows),
    ],
  };
}

export function checklistsSection(report: IncidentReport, f: ReportFormat): DocSection {
  const keys = ['step', 'role', 'status', 'by', 'at', 'reason'];
  const blocks = report.checklists.flatMap((c): DocBlock[] => {
    const channel = c.channelName ?? f.t('reportDoc.channelUnknown');
    return [
      {
        type: 'heading',
        level: 3,
        text: f.t('reportDoc.checklist.progress', { channel, percent: c.percent }),
      },
      {
        type: 'paragraph',
        text: f.t('reportDoc.checklist.counts', {
          done: c.done,
          notApplicable: c.notApplicable,
          open: c.open,
        }),
      },
      {
        type: 'table',
        headers: keys.map((k) => f.t(`reportDoc.checklist.${k}`)),
        rows: c.items.map((i) => ({
          cells: [
            i.text,
            i.assigneeRole ? f.role(i.assigneeRole) : '',
            f.t(`reportDoc.checklist.${i.status}`),
            i.closedByName,
            i.closedAt === null ? '' : f.time(i.closedAt),
            i.reason,
          ],
          ...(i.status === 'open' && { mark: 'warning' as const }),
        })),
      },
    ];
  });
  return {
    id: 'checklists',
    title: f.t('reportDoc.sections.checklists'),
    blocks: blocks.length > 0 ? blocks : [{ type: 'paragraph', text: f.t('reportDoc.empty.checklists') }],
  };
}
