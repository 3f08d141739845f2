/**
 * Who holds which role in an incident. One record per incident and role (its id is derived from both),
 * so two people assigning the same role offline edit the same field and the team sees the conflict.
 * A role may stay vacant; the war room shows vacant key roles, but never forces anyone to fill one.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import { idDerived, type IncidentId, type RoleAssignmentId } from './ids';
import { MEMBER_ROLE_MAX, standardRoles, type Member } from './member';
import { instantSchema, type Instant } from './time';

/** The roles a war room needs filled first; shown as vacant until someone holds them. */
export const keyRoles = ['crisisLead', 'spokesperson', 'pressOfficer', 'legal'] as const;

export interface RoleAssignment {
  id: RoleAssignmentId;
  incidentId: IncidentId;
  /** A standard role key or custom text. */
  role: string;
  /** The member holding it; null: vacant. */
  memberId: string | null;
  memberName: string;
  assignedAt: Instant;
}

export const roleAssignmentSchema = z.object({
  id: z.uuid(),
  incidentId: z.uuid(),
  role: z.string().trim().min(1).max(MEMBER_ROLE_MAX),
  memberId: z.uuid().nullable(),
  memberName: z.string().max(100),
  assignedAt: instantSchema,
});

export function roleAssignmentId(incidentId: string, role: string): RoleAssignmentId {
  return idDerived<RoleAssignmentId>('role', incidentId, role.trim().toLowerCase());
}

export function roleNameValidate(role: string): Result<string> {
  const trimmed = role.trim();
  if (trimmed === '' || trimmed.length > MEMBER_ROLE_MAX) return fail('role.nameInvalid');
  return ok(trimmed);
}

export interface RoleSlot {
  role: string;
  holder: Pick<Member, 'id' | 'name'> | null;
  key: boolean;
}

/**
 * The incident's roles as the war room lists them: every standard role, then custom ones in use, with
 * their holders. Key roles first.
 */
export function roleSlots(assignments: readonly RoleAssignment[]): RoleSlot[] {
  const byRole = new Map(assignments.map((a) => [a.role, a]));
  const custom = assignments
    .map((a) => a.role)
    .filter((r) => !(standardRoles as readonly string[]).includes(r))
    .sort((a, b) => a.localeCompare(b));
  const order = [
    ...keyRoles,
    ...standardRoles.filter((r) => !(keyRoles as readonly string[]).includes(r)),
    ...custom,
  ];
  return order.map((role) => {
    const a = byRole.get(role);
    return {
      role,
      holder: a && a.memberId ? { id: a.memberId as Member['id'], name: a.memberName } : null,
      key: (keyRoles as readonly string[]).includes(role),
    };
  });
}

export function vacantKeyRoles(assignments: readonly RoleAssignment[]): string[] {
  return roleSlots(assignments)
    .filter((slot) => slot.key && slot.holder === null)
    .map((slot) => slot.role);
}
