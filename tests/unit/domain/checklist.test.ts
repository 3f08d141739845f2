import { describe, expect, it } from 'vitest';
import { defaultChannels, type Channel, type ChannelKind } from '../../../shared/domain/channel';
import {
  checklistComplete,
  checklistInstantiate,
  checklistItemId,
  checklistItemSchema,
  checklistProgress,
  checklistReopen,
  checklistSkip,
  checklistTemplateItemSchema,
  templateItemId,
  type ChecklistItem,
  type ChecklistTemplateItem,
} from '../../../shared/domain/checklist';
import { defaultTemplates } from '../../../shared/domain/checklist-defaults';
import type { ChannelId, IncidentId } from '../../../shared/domain/ids';
import type { CrisisType } from '../../../shared/domain/incident';

const T0 = '2026-11-24T08:00:00.000Z';
const T1 = '2026-11-24T08:05:00.000Z';
const MEMBER = '0190f5e2-0000-7000-8000-0000000000aa';
const incident = {
  id: '0190f5e2-0000-7000-8000-000000000001' as IncidentId,
  crisisType: 'dataBreach' as const,
};

function channel(n: number, kind: ChannelKind, fields: Partial<Channel> = {}): Channel {
  return {
    id: `0190f5e2-0000-7000-8000-0000000001${String(n).padStart(2, '0')}` as ChannelId,
    kind,
    name: kind,
    audiences: [],
    ownerRole: '',
    active: true,
    createdAt: T0,
    removedAt: null,
    ...fields,
  };
}

function template(
  key: string,
  kind: ChannelKind,
  order: string,
  fields: Partial<ChecklistTemplateItem> = {},
): ChecklistTemplateItem {
  return {
    id: templateItemId(key),
    channelKind: kind,
    crisisType: null,
    text: { en: `${key} (en)`, nl: `${key} (nl)` },
    assigneeRole: 'socialMedia',
    order,
    createdAt: T0,
    removedAt: null,
    ...fields,
  };
}

const website = channel(1, 'website');
const x = channel(2, 'x');
const inactive = channel(3, 'linkedin', { active: false });
const removed = channel(4, 'facebook', { removedAt: T1, active: true });
const channels = [website, x, inactive, removed];
const templates = [
  template('web.second', 'website', 'a2'),
  template('web.first', 'website', 'a1', { assigneeRole: 'legal' }),
  template('web.breach', 'website', 'a3', { crisisType: 'dataBreach' }),
  template('web.fire', 'website', 'a0', { crisisType: 'fire' }),
  template('x.pin', 'x', 'a1'),
  template('x.old', 'x', 'a0', { removedAt: T1 }),
  template('linkedin.post', 'linkedin', 'a1'),
  template('facebook.pin', 'facebook', 'a1'),
];

function item(status: ChecklistItem['status'], fields: Partial<ChecklistItem> = {}): ChecklistItem {
  const [first] = checklistInstantiate(incident, [website], templates, 'en', T0);
  return { ...first!, status, ...fields };
}

describe('checklist instantiation', () => {
  const items = checklistInstantiate(incident, channels, templates, 'nl', T0);

  it('takes only active channels that were not removed, and their templates for this crisis type', () => {
    expect(items.map((i) => [i.channelId, i.text])).toEqual([
      [website.id, 'web.first (nl)'],
      [website.id, 'web.second (nl)'],
      [website.id, 'web.breach (nl)'],
      [x.id, 'x.pin (nl)'],
    ]);
    const fire = checklistInstantiate({ ...incident, crisisType: 'fire' }, [website], templates, 'en', T0);
    expect(fire.map((i) => i.text)).toEqual(['web.fire (en)', 'web.first (en)', 'web.second (en)']);
  });

  it('makes open items that carry the template, its role and order, and the incident', () => {
    expect(items[0]).toEqual({
      id: checklistItemId(incident.id, website.id, templateItemId('web.first')),
      incidentId: incident.id,
      channelId: website.id,
      templateItemId: templateItemId('web.first'),
      text: 'web.first (nl)',
      assigneeRole: 'legal',
      order: 'a1',
      status: 'open',
      closedBy: null,
      closedByName: '',
      closedAt: null,
      reason: '',
      createdAt: T0,
    });
    for (const i of items) expect(checklistItemSchema.safeParse(i).success).toBe(true);
  });

  it('derives the same ids every time, so a second run (or device) adds nothing when told what exists', () => {
    const again = checklistInstantiate(incident, channels, templates, 'en', T1);
    expect(again.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const existing = new Set([items[0]!.id, items[3]!.id]);
    const rest = checklistInstantiate(incident, channels, templates, 'en', T1, existing);
    expect(rest.map((i) => i.id)).toEqual([items[1]!.id, items[2]!.id]);
    const otherIncident = { ...incident, id: '0190f5e2-0000-7000-8000-000000000002' as IncidentId };
    const other = checklistInstantiate(otherIncident, channels, templates, 'en', T1);
    expect(other.some((i) => existing.has(i.id))).toBe(false);
  });
});

describe('checklist progress and item steps', () => {
  const by = { id: MEMBER, name: 'Eva', at: T1 };

  it('counts closed items as a whole percentage, and an empty list as done', () => {
    expect(checklistProgress([])).toEqual({ total: 0, done: 0, notApplicable: 0, open: 0, percent: 100 });
    expect(checklistProgress([item('done'), item('open'), item('open')])).toEqual({
      total: 3,
      done: 1,
      notApplicable: 0,
      open: 2,
      percent: 33,
    });
    // Not applicable counts as closed; 2 of 3 is 66, never rounded up to look finished.
    expect(checklistProgress([item('done'), item('notApplicable'), item('open')]).percent).toBe(66);
    expect(checklistProgress([item('done'), item('notApplicable')]).percent).toBe(100);
  });

  it('completing records who and when; only an open item can be completed', () => {
    expect(checklistComplete(item('open'), by)).toEqual({
      ok: true,
      value: { status: 'done', closedBy: MEMBER, closedByName: 'Eva', closedAt: T1, reason: '' },
    });
    expect(checklistComplete(item('done'), by)).toMatchObject({
      ok: false,
      error: { code: 'checklist.alreadyClosed' },
    });
    expect(checklistComplete(item('notApplicable'), by)).toMatchObject({ ok: false });
  });

  it('skipping needs a reason, trimmed, of limited length', () => {
    expect(checklistSkip(item('open'), '  no ads running ', by)).toEqual({
      ok: true,
      value: {
        status: 'notApplicable',
        closedBy: MEMBER,
        closedByName: 'Eva',
        closedAt: T1,
        reason: 'no ads running',
      },
    });
    expect(checklistSkip(item('open'), '   ', by)).toMatchObject({
      ok: false,
      error: { code: 'checklist.reasonRequired' },
    });
    expect(checklistSkip(item('open'), 'r'.repeat(501), by)).toMatchObject({
      ok: false,
      error: { code: 'checklist.textTooLong' },
    });
    expect(checklistSkip(item('done'), 'late', by)).toMatchObject({
      ok: false,
      error: { code: 'checklist.alreadyClosed' },
    });
  });

  it('reopening clears who closed it and why; an open item cannot be reopened', () => {
    const closed = item('notApplicable', {
      closedBy: MEMBER,
      closedByName: 'Eva',
      closedAt: T1,
      reason: 'n/a',
    });
    expect(checklistReopen(closed)).toEqual({
      ok: true,
      value: { status: 'open', closedBy: null, closedByName: '', closedAt: null, reason: '' },
    });
    expect(checklistReopen(item('open'))).toMatchObject({
      ok: false,
      error: { code: 'checklist.notClosed' },
    });
  });
});

describe('the default templates', () => {
  const first = defaultTemplates(T0);

  it('have a non-empty English and Dutch text and pass the record schema', () => {
    expect(first.length).toBeGreaterThan(0);
    for (const t of first) {
      expect(t.text.en.trim()).not.toBe('');
      expect(t.text.nl.trim()).not.toBe('');
      expect(t.text.nl).not.toBe(t.text.en);
      expect(checklistTemplateItemSchema.safeParse(t).success).toBe(true);
    }
  });

  it('have unique ids that are the same on every call, and a strict order per channel kind', () => {
    const ids = first.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(defaultTemplates(T1).map((t) => t.id)).toEqual(ids);
    for (const kind of new Set(first.map((t) => t.channelKind))) {
      const orders = first.filter((t) => t.channelKind === kind).map((t) => t.order);
      expect([...orders].sort()).toEqual(orders);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  it('give every default channel a checklist, whatever the crisis type', () => {
    const crisisTypes: CrisisType[] = ['fire', 'dataBreach', 'other'];
    for (const type of crisisTypes) {
      for (const [i, d] of defaultChannels.entries()) {
        const made = checklistInstantiate(
          { ...incident, crisisType: type },
          [channel(i, d.kind)],
          first,
          'nl',
          T0,
        );
        expect(made.length, `${d.kind} in a ${type}`).toBeGreaterThan(0);
      }
    }
  });
});
