/**
 * The organisation's own details that messages mention: its name, the public phone line and the website
 * (dark site). One record for the whole team (a fixed id), edited field by field like any other record.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './errors';
import { idDerived } from './ids';

export const ORGANISATION_FIELD_MAX = 200;

export interface Organisation {
  id: string;
  name: string;
  phoneLine: string;
  website: string;
}

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string().max(ORGANISATION_FIELD_MAX),
  phoneLine: z.string().max(ORGANISATION_FIELD_MAX),
  website: z.string().max(ORGANISATION_FIELD_MAX),
});

/** Every device knows the record by this id, so details entered on two devices merge into one record. */
export const ORGANISATION_ID = idDerived<string>('organisation');

export type OrganisationInput = Omit<Organisation, 'id'>;

export function organisationValidate(input: OrganisationInput): Result<OrganisationInput> {
  const out = { name: input.name.trim(), phoneLine: input.phoneLine.trim(), website: input.website.trim() };
  if (Object.values(out).some((v) => v.length > ORGANISATION_FIELD_MAX)) return fail('organisation.invalid');
  return ok(out);
}
