/**
 * A team member as this device knows them. The first run asks for a name and a role; no server needed.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import type { MemberId } from './ids';

export const standardRoles = [
  'crisisLead',
  'spokesperson',
  'pressOfficer',
  'socialMedia',
  'legal',
  'hr',
  'liaison',
  'scribe',
] as const;
export type StandardRole = (typeof standardRoles)[number];

export const MEMBER_NAME_MAX = 100;
export const MEMBER_ROLE_MAX = 60;

export interface Member {
  id: MemberId;
  name: string;
  /** A standard role key, or free text for a custom role. Empty when the member holds no role. */
  role: string;
  /** Where the war room reaches them; empty when unknown. Older records have none. */
  phone?: string;
}

export const memberSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1).max(MEMBER_NAME_MAX),
  role: z.string().max(MEMBER_ROLE_MAX),
  phone: z.string().max(40).optional(),
});

export function isStandardRole(role: string): role is StandardRole {
  return (standardRoles as readonly string[]).includes(role);
}

export function profileValidate(input: {
  name: string;
  role: string;
}): Result<{ name: string; role: string }> {
  const name = input.name.trim();
  const role = input.role.trim();
  if (name.length === 0) return fail('profile.nameEmpty');
  if (name.length > MEMBER_NAME_MAX) return fail('profile.nameTooLong');
  if (role.length > MEMBER_ROLE_MAX) return fail('profile.roleTooLong');
  return ok({ name, role });
}
