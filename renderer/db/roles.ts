/**
 * Team members and who holds which role in an incident. Assigning writes the holder as a field edit of
 * the one record per incident and role, so two people assigning the same role offline see a conflict.
 */
import { DomainFailure, fail, type Result } from '../../shared/domain/errors';
import { idNew, type IncidentId, type MemberId } from '../../shared/domain/ids';
import { roleAssignmentId, roleNameValidate, type RoleAssignment } from '../../shared/domain/incident-role';
import { profileValidate, type Member } from '../../shared/domain/member';
import type { Session } from './session';
import { createDrafts, eventEntry, patchDraft, recordsWrite } from './records';
import { mutate, type OperationDraft } from './write';

const PHONE = /^\+?[0-9 ()./-]{3,40}$/;

/** Adds a team member who may not use the app themselves (legal counsel on the phone, a liaison). */
export async function memberAdd(
  session: Session,
  input: { name: string; role: string; phone: string },
): Promise<Result<Member>> {
  const valid = profileValidate(input);
  if (!valid.ok) return valid;
  const phone = input.phone.trim();
  if (phone !== '' && !PHONE.test(phone)) return fail('member.phoneInvalid');
  return mutate(session, [session.db.members], async (s) => {
    const member: Member = { id: idNew<MemberId>(), ...valid.value, phone };
    await recordsWrite(s, [{ table: 'members', records: [member] }], createDrafts('members', [member]));
    return { value: member, changes: [{ table: 'members', records: [member] }] };
  });
}

/** Gives `role` in the incident to `member`, or leaves it vacant (null). */
export async function roleAssign(
  session: Session,
  incidentId: IncidentId,
  role: string,
  member: Pick<Member, 'id' | 'name'> | null,
): Promise<Result<RoleAssignment>> {
  const name = roleNameValidate(role);
  if (!name.ok) return name;
  const { db } = session;
  return mutate(session, [db.roleAssignments, db.incidents, db.timeline], async (s) => {
    if (!(await db.incidents.get(incidentId))) throw new DomainFailure({ code: 'incident.notFound' });
    const id = roleAssignmentId(incidentId, name.value);
    const now = new Date().toISOString();
    const drafts: OperationDraft[] = [];
    let current = await db.roleAssignments.get(id);
    if (!current) {
      // Created vacant, then filled by an edit: concurrent assignments become a visible conflict.
      current = { id, incidentId, role: name.value, memberId: null, memberName: '', assignedAt: now };
      drafts.push(...createDrafts('roleAssignments', [current]));
    }
    const patch = { memberId: member?.id ?? null, memberName: member?.name ?? '', assignedAt: now };
    const updated: RoleAssignment = { ...current, ...patch };
    const entry = eventEntry(
      s,
      incidentId,
      'system',
      { key: 'roleAssigned', values: { role: name.value, name: member?.name ?? '' } },
      now,
    );
    drafts.push(patchDraft('roleAssignments', id, patch), ...createDrafts('timeline', [entry]));
    await recordsWrite(
      s,
      [
        { table: 'roleAssignments', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
      drafts,
    );
    return {
      value: updated,
      changes: [
        { table: 'roleAssignments', records: [updated] },
        { table: 'timeline', records: [entry] },
      ],
    };
  });
}
