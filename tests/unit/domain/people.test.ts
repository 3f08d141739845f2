import { validate as uuidValidate, version as uuidVersion } from 'uuid';
import { describe, expect, it } from 'vitest';
import { idDerived } from '../../../shared/domain/ids';
import {
  keyRoles,
  roleAssignmentId,
  roleNameValidate,
  roleSlots,
  vacantKeyRoles,
  type RoleAssignment,
} from '../../../shared/domain/incident-role';
import { standardRoles } from '../../../shared/domain/member';
import {
  boardSummary,
  informBoard,
  notificationId,
  notificationNew,
  notificationStep,
  stakeholdersToAdd,
  type Notification,
  type StatusStep,
} from '../../../shared/domain/notification';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { INCIDENT, MEMBER, OTHER_INCIDENT, refused, stakeholder, T0, T1, T2 } from './people-fixtures';

describe('informed-status steps', () => {
  const fresh = notificationNew(INCIDENT, stakeholder('GGD').id, null, T0);
  const step = (to: StatusStep['to'], fields: Partial<StatusStep> = {}): StatusStep => ({
    to,
    channel: '',
    note: '',
    at: T1,
    by: MEMBER,
    ...fields,
  });
  const apply = (current: Notification, s: StatusStep): Notification => {
    const patch = notificationStep(current, s);
    if (!patch.ok) throw new Error(patch.error.code);
    return { ...current, ...patch.value };
  };

  it('to inform → informed records when, by whom and how', () => {
    expect(notificationStep(fresh, step('informed', { channel: ' phone ', note: ' voicemail ' }))).toEqual({
      ok: true,
      value: {
        status: 'informed',
        channel: 'phone',
        note: 'voicemail',
        informedAt: T1,
        informedBy: MEMBER,
      },
    });
  });

  it('informed → acknowledged keeps the informing time, the channel and the note when none is given', () => {
    const informed = apply(fresh, step('informed', { channel: 'phone', note: 'left voicemail' }));
    const patch = notificationStep(informed, step('acknowledged', { at: T2 }));
    expect(patch).toEqual({ ok: true, value: { status: 'acknowledged', acknowledgedAt: T2 } });
    const acknowledged = apply(informed, step('acknowledged', { at: T2 }));
    expect(acknowledged).toMatchObject({
      informedAt: T1,
      acknowledgedAt: T2,
      channel: 'phone',
      note: 'left voicemail',
    });
    const withNote = apply(informed, step('acknowledged', { at: T2, note: 'called back' }));
    expect(withNote.note).toBe('called back');
  });

  it('acknowledged straight from to inform also records them as informed at that moment', () => {
    const acknowledged = apply(fresh, step('acknowledged', { at: T2, channel: 'e-mail' }));
    expect(acknowledged).toMatchObject({
      status: 'acknowledged',
      informedAt: T2,
      informedBy: MEMBER,
      acknowledgedAt: T2,
      channel: 'e-mail',
    });
  });

  it('refuses a step back or a step to the same status', () => {
    const informed = apply(fresh, step('informed'));
    const acknowledged = apply(informed, step('acknowledged'));
    refused(notificationStep(informed, step('informed')), 'notification.invalidTransition');
    refused(notificationStep(acknowledged, step('informed')), 'notification.invalidTransition');
    refused(notificationStep(acknowledged, step('acknowledged')), 'notification.invalidTransition');
  });

  it('refuses an over-long note or channel', () => {
    refused(
      notificationStep(fresh, step('informed', { note: 'n'.repeat(1001) })),
      'notification.invalidTransition',
    );
    refused(
      notificationStep(fresh, step('informed', { channel: 'c'.repeat(101) })),
      'notification.invalidTransition',
    );
  });
});

describe('the who-to-inform board', () => {
  const mayor = stakeholder('Burgemeester', { priority: 1 });
  const ggd = stakeholder('GGD', { priority: 1, group: 'emergencyServices' });
  const anp = stakeholder('ANP', { priority: 2, group: 'media' });
  const cafe = stakeholder('Café', { priority: 3, group: 'residents' });
  const gone = stakeholder('Gone', { priority: 1, removedAt: T1 });
  const directory = new Map([mayor, ggd, anp, cafe].map((s) => [s.id, s]));
  const on = (s: Stakeholder, status: Notification['status']): Notification => ({
    ...notificationNew(INCIDENT, s.id, null, T0),
    status,
  });
  const notifications = [
    on(cafe, 'toInform'),
    on(ggd, 'acknowledged'),
    on(anp, 'toInform'),
    on(mayor, 'informed'),
    on(gone, 'toInform'),
  ];

  it('orders still-to-inform first, then informed, then acknowledged; priority then name within', () => {
    const rows = informBoard(notifications, directory);
    expect(rows.map((r) => [r.stakeholder.name, r.notification.status])).toEqual([
      ['ANP', 'toInform'],
      ['Café', 'toInform'],
      ['Burgemeester', 'informed'],
      ['GGD', 'acknowledged'],
    ]);
  });

  it('flags only priority-1 stakeholders not yet informed as urgent, and leaves out unknown ones', () => {
    const brandweer = stakeholder('Brandweer', { priority: 1 });
    const board = informBoard([...notifications, on(brandweer, 'toInform')], directory);
    // Brandweer is not in the directory map (nor is the removed one): left out rather than shown nameless.
    expect(board).toHaveLength(4);
    const withBrandweer = new Map([...directory, [brandweer.id, brandweer]]);
    const rows = informBoard([...notifications, on(brandweer, 'toInform')], withBrandweer);
    expect(rows.filter((r) => r.urgent).map((r) => r.stakeholder.name)).toEqual(['Brandweer']);
    expect(rows[0]!.stakeholder.name).toBe('Brandweer');
    // Informed priority-1 stakeholders (mayor, GGD) are no longer urgent.
    expect(rows.find((r) => r.stakeholder.name === 'Burgemeester')!.urgent).toBe(false);
  });

  it('sums the board', () => {
    const rows = informBoard(
      [...notifications, on(mayor, 'toInform')].filter((_, i) => i !== 3),
      directory,
    );
    expect(boardSummary(rows)).toEqual({ total: 4, toInform: 3, informed: 0, acknowledged: 1, urgent: 1 });
    expect(boardSummary([])).toEqual({ total: 0, toInform: 0, informed: 0, acknowledged: 0, urgent: 0 });
  });

  it('offers the stakeholders not on the board yet, optionally of one group, never removed ones', () => {
    const everyone = [mayor, ggd, anp, cafe, gone];
    const onBoard = [on(mayor, 'toInform')];
    expect(stakeholdersToAdd(everyone, onBoard).map((s) => s.name)).toEqual(['GGD', 'ANP', 'Café']);
    expect(stakeholdersToAdd(everyone, onBoard, 'media').map((s) => s.name)).toEqual(['ANP']);
    expect(stakeholdersToAdd(everyone, onBoard, 'authorities')).toEqual([]);
  });

  it('gives one notification id per incident and stakeholder, the same on every device', () => {
    const id = notificationId(INCIDENT, mayor.id);
    expect(notificationId(INCIDENT, mayor.id)).toBe(id);
    expect(notificationNew(INCIDENT, mayor.id, MEMBER, T1).id).toBe(id);
    expect(notificationId(INCIDENT, ggd.id)).not.toBe(id);
    expect(notificationId(OTHER_INCIDENT, mayor.id)).not.toBe(id);
    expect(uuidValidate(id)).toBe(true);
  });
});

describe('incident roles', () => {
  const assignment = (role: string, memberId: string | null, memberName = ''): RoleAssignment => ({
    id: roleAssignmentId(INCIDENT, role),
    incidentId: INCIDENT,
    role,
    memberId,
    memberName,
    assignedAt: T0,
  });

  it('lists the key roles first, the other standard roles next, then custom roles by name', () => {
    const slots = roleSlots([assignment('Zoo keeper', null), assignment('Liaison NL', MEMBER, 'Eva')]);
    const roles = slots.map((s) => s.role);
    expect(roles.slice(0, keyRoles.length)).toEqual([...keyRoles]);
    expect(roles.slice(keyRoles.length, standardRoles.length).sort()).toEqual(
      standardRoles.filter((r) => !(keyRoles as readonly string[]).includes(r)).sort(),
    );
    expect(roles.slice(standardRoles.length)).toEqual(['Liaison NL', 'Zoo keeper']);
    expect(slots.filter((s) => s.key).map((s) => s.role)).toEqual([...keyRoles]);
  });

  it('shows who holds a role, and a vacant assignment as vacant', () => {
    const slots = roleSlots([assignment('spokesperson', MEMBER, 'Eva'), assignment('crisisLead', null)]);
    expect(slots.find((s) => s.role === 'spokesperson')!.holder).toEqual({ id: MEMBER, name: 'Eva' });
    expect(slots.find((s) => s.role === 'crisisLead')!.holder).toBeNull();
  });

  it('names the key roles nobody holds', () => {
    expect(vacantKeyRoles([])).toEqual([...keyRoles]);
    expect(
      vacantKeyRoles([
        assignment('crisisLead', MEMBER, 'Eva'),
        assignment('legal', null),
        assignment('scribe', MEMBER, 'Eva'),
      ]),
    ).toEqual(['spokesperson', 'pressOfficer', 'legal']);
  });

  it('derives one assignment id per incident and role, ignoring case and spaces', () => {
    expect(roleAssignmentId(INCIDENT, ' Zoo Keeper ')).toBe(roleAssignmentId(INCIDENT, 'zoo keeper'));
    expect(roleAssignmentId(OTHER_INCIDENT, 'legal')).not.toBe(roleAssignmentId(INCIDENT, 'legal'));
    refused(roleNameValidate('   '), 'role.nameInvalid');
    refused(roleNameValidate('r'.repeat(61)), 'role.nameInvalid');
    expect(roleNameValidate(' Logistics ')).toEqual({ ok: true, value: 'Logistics' });
  });
});

describe('derived ids', () => {
  it('are the same for the same parts, valid UUIDs (v5), and differ when any part differs', () => {
    const id = idDerived('checklist', 'a', 'b');
    expect(idDerived('checklist', 'a', 'b')).toBe(id);
    expect(uuidValidate(id)).toBe(true);
    expect(uuidVersion(id)).toBe(5);
    expect(idDerived('checklist', 'b', 'a')).not.toBe(id);
    expect(idDerived('role', 'a', 'b')).not.toBe(id);
    // The parts are kept apart: ("ab", "c") is not ("a", "bc").
    expect(idDerived('ab', 'c')).not.toBe(idDerived('a', 'bc'));
  });
});
