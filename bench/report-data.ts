/**
 * A long incident for the report benchmark: three days, 10,000 timeline entries of varied crisis-room
 * text (the timeline benchmark's sentences) with corrections, retractions, pinned entries, phase changes
 * and system entries; thirty drafts with versions, approvals (some rejected), publications on several
 * channels and withdrawals; 200 stakeholders to inform in three priorities; six channel checklists;
 * lessons. Deterministic: every run builds the same data.
 */
import type { IncidentData } from '../shared/archive/incident-data';
import type { Channel } from '../shared/domain/channel';
import { channelKinds } from '../shared/domain/channel';
import type { DraftVersion } from '../shared/domain/draft-version';
import type { EntryId, LessonId, PublicationId } from '../shared/domain/ids';
import { standardRoles } from '../shared/domain/member';
import type { TimelineEntry } from '../shared/domain/timeline-entry';
import {
  INCIDENT_ID,
  approval,
  checklistItem,
  draft,
  entry,
  lesson,
  member,
  notification,
  publication,
  stakeholder,
  uuid,
  version,
} from '../tests/fixtures/report/records';
import { random } from './page/random';
import { entryInput } from './page/texts';

const OPENED = Date.parse('2026-11-20T06:00:00.000Z');
const SPAN = 3 * 24 * 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const phases = ['detected', 'assessing', 'responding', 'recovering', 'closed'] as const;

const members = standardRoles.map((role, i) => member(i + 1, `Member ${i + 1} (${role})`, role));
const who = (i: number) => members[i % members.length]!;

function timelineOf(total: number): TimelineEntry[] {
  const closedMs = OPENED + SPAN + 120_000;
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < total; i++) {
    const input = entryInput(i, total, closedMs);
    const fields: Partial<TimelineEntry> = { kind: input.kind, text: input.text, pinned: i % 100 === 7 };
    // Corrections and retractions of an entry a little earlier, as a scribe makes them.
    if (i % 50 === 49) fields.amends = { type: 'correction', entryId: uuid<EntryId>('entry', i - 3) };
    if (i % 400 === 201) fields.amends = { type: 'retraction', entryId: uuid<EntryId>('entry', i - 5) };
    if (i % 20 === 10)
      Object.assign(fields, {
        kind: 'system',
        event: {
          key: 'stakeholderStatus',
          values: { name: `Stakeholder ${i % 200}`, status: 'informed', channel: 'phone' },
        },
      });
    const phase = Math.floor((i * (phases.length - 1)) / total);
    if (i > 0 && Math.floor(((i - 1) * (phases.length - 1)) / total) !== phase)
      Object.assign(fields, {
        kind: 'system',
        event: { key: 'phaseChanged', values: { from: phases[phase - 1]!, to: phases[phase]! } },
      });
    entries.push(entry(i, input.occurredAt!, who(i), fields));
  }
  const last = entries.length;
  entries.push(
    entry(last, iso(closedMs), who(0), {
      kind: 'system',
      event: { key: 'phaseChanged', values: { from: 'recovering', to: 'closed' } },
    }),
  );
  return entries;
}

const channels: Channel[] = channelKinds.slice(0, 6).map((kind, i) => ({
  id: uuid('channel', i + 1),
  kind,
  name: `Channel ${i + 1} (${kind})`,
  audiences: ['media'],
  ownerRole: 'socialMedia',
  active: true,
  createdAt: iso(OPENED - 3_600_000),
  removedAt: null,
}));

function draftsOf(): Pick<IncidentData, 'drafts' | 'draftVersions' | 'approvals' | 'publications'> {
  const out: Pick<IncidentData, 'drafts' | 'draftVersions' | 'approvals' | 'publications'> = {
    drafts: [],
    draftVersions: [],
    approvals: [],
    publications: [],
  };
  const next = random(7);
  for (let d = 0; d < 30; d++) {
    const start = OPENED + (d * SPAN) / 31;
    const of = draft(d + 1, {
      kind: 'pressRelease',
      title: `Statement ${d + 1}`,
      requiredRoles: ['crisisLead', 'legal'],
    });
    out.drafts.push(of);
    let parent: DraftVersion | null = null;
    for (let v = 0; v < 3; v++) {
      const at = start + v * 1_800_000;
      const body = Array.from(
        { length: 4 + Math.floor(next() * 12) },
        (_, k) => entryInput(d * 100 + v * 10 + k, 1, at).text,
      ).join('\n');
      const n = d * 3 + v + 1;
      const ver = version(n, of, body, iso(at), members[1]!, parent ? [parent] : []);
      out.draftVersions.push(ver);
      out.approvals.push(approval(n * 3, ver, 'request', members[1]!, iso(at + 60_000)));
      out.approvals.push(approval(n * 3 + 1, ver, 'approve', members[0]!, iso(at + 300_000)));
      const rejected = v < 2 && next() < 0.5;
      out.approvals.push(
        approval(n * 3 + 2, ver, rejected ? 'reject' : 'approve', members[4]!, iso(at + 600_000), {
          comment: rejected ? 'Too much speculation in the second paragraph' : '',
        }),
      );
      parent = ver;
    }
    const published = start + 2 * 1_800_000 + 900_000;
    for (let c = 0; c < 2; c++) {
      const n = d * 3 + c + 1;
      out.publications.push(
        publication(
          n,
          parent!,
          channels[(d + c) % channels.length]!,
          members[2]!,
          iso(published + c * 60_000),
          { reference: `ref-${n}` },
        ),
      );
    }
    if (d % 6 === 5)
      out.publications.push(
        publication(
          d * 3 + 3,
          parent!,
          channels[d % channels.length]!,
          members[2]!,
          iso(published + 3_600_000),
          {
            kind: 'withdrawn',
            publicationId: uuid<PublicationId>('publication', d * 3 + 1),
            reference: 'Superseded',
          },
        ),
      );
  }
  return out;
}

export function reportBenchData(entries: number): IncidentData {
  const next = random(11);
  const stakeholders = Array.from({ length: 200 }, (_, i) =>
    stakeholder(i + 1, `Stakeholder ${i}`, {
      group: ['authorities', 'media', 'residents', 'employees'][i % 4]!,
      priority: ((i % 3) + 1) as 1 | 2 | 3,
    }),
  );
  const notifications = stakeholders.map((s, i) => {
    const informed = next() < 0.85 ? OPENED + Math.floor(next() * SPAN * 0.5) : null;
    const acknowledged = informed !== null && next() < 0.5 ? informed + 600_000 : null;
    return notification(i + 1, s.id, {
      status: acknowledged ? 'acknowledged' : informed ? 'informed' : 'toInform',
      assigneeId: who(i).id,
      channel: informed ? 'phone' : '',
      informedAt: informed === null ? null : iso(informed),
      informedBy: informed === null ? null : who(i).id,
      acknowledgedAt: acknowledged === null ? null : iso(acknowledged),
    });
  });
  const checklistItems = channels.flatMap((c, ci) =>
    Array.from({ length: 8 }, (_, k) => {
      const n = ci * 8 + k + 1;
      const status = k < 5 ? 'done' : k === 5 ? 'notApplicable' : 'open';
      return checklistItem(n, c.id, `Step ${k + 1} for ${c.name}`, `a${k}`, {
        status,
        ...(status !== 'open' && {
          closedBy: who(k).id,
          closedByName: who(k).name,
          closedAt: iso(OPENED + n * 600_000),
        }),
        reason: status === 'notApplicable' ? 'Not used in this incident' : '',
      });
    }),
  );
  return {
    incident: {
      id: INCIDENT_ID,
      title: 'Fire at the chemical depot (benchmark)',
      crisisType: 'fire',
      severity: 4,
      phase: 'closed',
      exercise: true,
      openedAt: iso(OPENED),
      closedAt: iso(OPENED + SPAN + 120_000),
      openedBy: members[0]!.id,
    },
    organisation: { id: uuid('member', 999), name: 'Acme Chemicals', phoneLine: '', website: '' },
    timeline: timelineOf(entries),
    members,
    roleAssignments: [],
    stakeholders,
    notifications,
    channels,
    checklistItems,
    ...draftsOf(),
    lessons: Array.from({ length: 15 }, (_, i) =>
      lesson(
        i % 9,
        (['wentWell', 'wentBadly', 'followUp'] as const)[i % 3]!,
        `Lesson ${i + 1}: ${entryInput(i, 1, OPENED).text}`,
        {
          id: uuid<LessonId>('lesson', i + 1),
        },
      ),
    ),
  };
}
