/** The first-run profile: this device's member, stored as a synced member record. */
import { fail, ok, type Result } from '../../shared/domain/errors';
import { idNew, type MemberId } from '../../shared/domain/ids';
import { profileValidate, type Member } from '../../shared/domain/member';
import { changesAnnounce } from './changes';
import type { Session } from './session';
import { bookkeeping, operationsAppend } from './write';

export async function profileSave(
  session: Session,
  input: { name: string; role: string },
): Promise<Result<Member>> {
  const valid = profileValidate(input);
  if (!valid.ok) return valid;
  const { db } = session;
  const member: Member = { id: session.member?.id ?? idNew<MemberId>(), ...valid.value };
  try {
    await db.transaction('rw', [db.members, ...bookkeeping(db)], async () => {
      const existed = await db.members.get(member.id);
      await db.members.put(member);
      await db.meta.put({ key: 'profile', value: member.id });
      const writable = { ...session, member };
      await operationsAppend(writable, [
        existed
          ? { table: 'members', recordId: member.id, kind: 'patch', patch: valid.value }
          : { table: 'members', recordId: member.id, kind: 'create', patch: { ...member } },
      ]);
    });
  } catch (error) {
    return fail('storage.failed', error instanceof Error ? error.message : String(error));
  }
  session.member = member;
  changesAnnounce({ table: 'members', records: [member] });
  return ok(member);
}
