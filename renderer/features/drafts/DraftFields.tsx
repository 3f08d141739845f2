/**
 * The settings of a draft, shared by the new-draft and settings dialogs: kind, title, language, target
 * channels and audiences, and the roles that must approve it (ticked by default per kind).
 */
import { useTranslation } from 'react-i18next';
import {
  defaultApproverRoles,
  draftKinds,
  draftLanguages,
  type DraftInput,
  type DraftKind,
  type DraftLanguage,
} from '../../../shared/domain/draft';
import { standardRoles } from '../../../shared/domain/member';
import { standardGroups } from '../../../shared/domain/stakeholder';
import { useApp } from '../../app/session-context';
import { useChannels } from '../../db/people-hooks';
import { useGroupLabel } from '../inform/group-label';

interface Props {
  value: DraftInput;
  onChange(value: DraftInput): void;
  /** Changing the kind also resets the approver roles to that kind's default (new drafts only). */
  kindSetsRoles: boolean;
}

function toggled(list: readonly string[], item: string, on: boolean): string[] {
  return on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
}

export function DraftFields({ value, onChange, kindSetsRoles }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const channels = useChannels(session.db) ?? [];
  const groupLabel = useGroupLabel();
  const set = (patch: Partial<DraftInput>) => onChange({ ...value, ...patch });
  const roles = [
    ...standardRoles,
    ...value.requiredRoles.filter((r) => !(standardRoles as readonly string[]).includes(r)),
  ];

  return (
    <>
      <div className="field-row">
        <label>
          {t('drafts.form.kind')}
          <select
            value={value.kind}
            onChange={(e) => {
              const kind = e.target.value as DraftKind;
              set(kindSetsRoles ? { kind, requiredRoles: [...defaultApproverRoles[kind]] } : { kind });
            }}
          >
            {draftKinds.map((k) => (
              <option key={k} value={k}>
                {t(`drafts.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('drafts.form.language')}
          <select value={value.language} onChange={(e) => set({ language: e.target.value as DraftLanguage })}>
            {draftLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`drafts.languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('drafts.form.title')}
        <input value={value.title} maxLength={220} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <fieldset>
        <legend>{t('drafts.form.channels')}</legend>
        {channels.length === 0 && <p className="hint">{t('drafts.form.noChannels')}</p>}
        <div className="checkbox-grid">
          {channels.map((c) => (
            <label key={c.id} className="checkbox">
              <input
                type="checkbox"
                checked={value.channelIds.includes(c.id)}
                onChange={(e) => set({ channelIds: toggled(value.channelIds, c.id, e.target.checked) })}
              />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('drafts.form.audiences')}</legend>
        <div className="checkbox-grid">
          {standardGroups.map((g) => (
            <label key={g} className="checkbox">
              <input
                type="checkbox"
                checked={value.audiences.includes(g)}
                onChange={(e) => set({ audiences: toggled(value.audiences, g, e.target.checked) })}
              />
              {groupLabel(g)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('drafts.form.roles')}</legend>
        <p className="hint">{t('drafts.form.rolesHint')}</p>
        <div className="checkbox-grid">
          {roles.map((r) => (
            <label key={r} className="checkbox">
              <input
                type="checkbox"
                checked={value.requiredRoles.includes(r)}
                onChange={(e) => set({ requiredRoles: toggled(value.requiredRoles, r, e.target.checked) })}
              />
              {t(`roles.${r}`, { defaultValue: r })}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
