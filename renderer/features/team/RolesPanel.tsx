/**
 * Who holds which role in this incident. Key roles are always listed and marked when vacant; other roles
 * appear once someone holds them. Nobody is forced to fill a role.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { Incident } from '../../../shared/domain/incident';
import { roleSlots, vacantKeyRoles } from '../../../shared/domain/incident-role';
import { standardRoles } from '../../../shared/domain/member';
import { useApp } from '../../app/session-context';
import { useMembers, useRoleAssignments } from '../../db/people-hooks';
import { memberAdd, roleAssign } from '../../db/roles';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { FormFooter } from '../../ui/FormFooter';
import { Panel } from '../../ui/Panel';
import { RoleSelect, useRoleLabel } from '../profile/RoleSelect';

const CUSTOM = '__custom__';

export function RolesPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const roleLabel = useRoleLabel();
  const assignments = useRoleAssignments(session.db, incident.id) ?? [];
  const members = useMembers(session.db) ?? [];
  const [other, setOther] = useState('');
  const [customName, setCustomName] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [adding, setAdding] = useState(false);

  const slots = roleSlots(assignments).filter(
    (slot) => slot.key || assignments.some((a) => a.role === slot.role),
  );
  const vacant = vacantKeyRoles(assignments);
  const unlisted = standardRoles.filter((role) => !slots.some((slot) => slot.role === role));

  async function assign(role: string, memberId: string) {
    const member = members.find((m) => m.id === memberId) ?? null;
    const result = await roleAssign(session, incident.id, role, member);
    setError(result.ok ? null : result.error.code);
    return result.ok;
  }

  async function addOther(event: FormEvent) {
    event.preventDefault();
    const role = other === CUSTOM ? customName : other;
    if (await assign(role, '')) {
      setOther('');
      setCustomName('');
    }
  }

  return (
    <Panel
      name="roles"
      title={t('rolesPanel.title')}
      summary={
        vacant.length === 0
          ? t('rolesPanel.allFilled')
          : t('rolesPanel.vacantSummary', { roles: vacant.map(roleLabel).join(', ') })
      }
    >
      <ul className="role-list">
        {slots.map((slot) => (
          <li key={slot.role} className={slot.holder ? undefined : 'vacant'}>
            <label>
              <span>
                {roleLabel(slot.role)}
                {!slot.holder && slot.key && (
                  <strong className="vacant-flag"> {t('rolesPanel.vacant')}</strong>
                )}
              </span>
              <select
                aria-label={t('rolesPanel.holder', { role: roleLabel(slot.role) })}
                value={slot.holder?.id ?? ''}
                onChange={(e) => void assign(slot.role, e.target.value)}
              >
                <option value="">{t('rolesPanel.nobody')}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={addOther}>
        <select
          aria-label={t('rolesPanel.otherRole')}
          value={other}
          onChange={(e) => setOther(e.target.value)}
        >
          <option value="">{t('rolesPanel.otherRolePlaceholder')}</option>
          {unlisted.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
          <option value={CUSTOM}>{t('rolesPanel.customRole')}</option>
        </select>
        {other === CUSTOM && (
          <input
            aria-label={t('rolesPanel.customRoleName')}
            value={customName}
            maxLength={60}
            onChange={(e) => setCustomName(e.target.value)}
          />
        )}
        <button type="submit" disabled={other === '' || (other === CUSTOM && customName.trim() === '')}>
          {t('rolesPanel.addCustom')}
        </button>
        <button type="button" onClick={() => setAdding(true)}>
          {t('rolesPanel.addMember')}
        </button>
      </form>
      <ErrorText code={error} />
      {adding && <MemberDialog onClose={() => setAdding(false)} />}
    </Panel>
  );
}

function MemberDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await memberAdd(session, { name, role, phone });
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog title={t('rolesPanel.member.title')} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p>{t('rolesPanel.member.explain')}</p>
        <label>
          {t('rolesPanel.member.name')}
          <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        <RoleSelect value={role} onChange={setRole} />
        <label>
          {t('rolesPanel.member.phone')}
          <input type="tel" value={phone} maxLength={40} onChange={(e) => setPhone(e.target.value)} />
        </label>
        <FormFooter
          error={error}
          cancel={t('rolesPanel.member.cancel')}
          submit={t('rolesPanel.member.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
