/** Picks a standard crisis role, a custom one, or none. Roles are optional. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStandardRole, standardRoles } from '../../../shared/domain/member';

const OTHER = '__other__';

interface Props {
  value: string;
  onChange(role: string): void;
}

export function RoleSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [custom, setCustom] = useState(value !== '' && !isStandardRole(value));
  return (
    <>
      <label htmlFor={id}>{t('firstRun.role')}</label>
      <select
        id={id}
        value={custom ? OTHER : value}
        onChange={(e) => {
          const next = e.target.value;
          setCustom(next === OTHER);
          onChange(next === OTHER ? '' : next);
        }}
      >
        <option value="">{t('firstRun.noRole')}</option>
        {standardRoles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
        <option value={OTHER}>{t('firstRun.otherRole')}</option>
      </select>
      {custom && (
        <label>
          {t('firstRun.customRole')}
          <input value={value} maxLength={60} onChange={(e) => onChange(e.target.value)} />
        </label>
      )}
    </>
  );
}

/** A role as the reader should see it: standard roles translated, custom ones as typed. */
export function useRoleLabel(): (role: string) => string {
  const { t } = useTranslation();
  return (role) => (isStandardRole(role) ? t(`roles.${role}`) : role);
}
