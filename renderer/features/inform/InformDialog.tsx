/**
 * Puts stakeholders on the incident's board: a whole group at once, or picked one by one, with the team
 * member who will inform them.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { StakeholderId } from '../../../shared/domain/ids';
import type { Incident } from '../../../shared/domain/incident';
import { stakeholdersToAdd, type Notification } from '../../../shared/domain/notification';
import { stakeholdersFilter, standardGroups, type Stakeholder } from '../../../shared/domain/stakeholder';
import { useApp } from '../../app/session-context';
import { notificationsAdd } from '../../db/notifications';
import { useMembers } from '../../db/people-hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { useGroupLabel } from './group-label';

const SHOWN_MAX = 200;

interface Props {
  incident: Incident;
  stakeholders: readonly Stakeholder[];
  notifications: readonly Notification[];
  onClose(): void;
}

export function InformDialog({ incident, stakeholders, notifications, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const members = useMembers(session.db) ?? [];
  const groupLabel = useGroupLabel();
  const [group, setGroup] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<StakeholderId>>(new Set());
  const [assignee, setAssignee] = useState(session.member?.id ?? '');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const available = useMemo(
    () => stakeholdersToAdd(stakeholders, notifications),
    [stakeholders, notifications],
  );
  const groups = useMemo(() => {
    const custom = [...new Set(available.map((s) => s.group))].filter(
      (g) => !(standardGroups as readonly string[]).includes(g),
    );
    return [...standardGroups.filter((g) => available.some((s) => s.group === g)), ...custom.sort()];
  }, [available]);
  const matches = useMemo(
    () => stakeholdersFilter(available, { query, group: group || null, priority: null }),
    [available, query, group],
  );
  const inGroup = group ? available.filter((s) => s.group === group) : [];

  async function add(ids: StakeholderId[]) {
    setBusy(true);
    const result = await notificationsAdd(session, incident.id, ids, assignee || null);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  function toggle(id: StakeholderId) {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  }

  return (
    <Dialog title={t('inform.dialog.title')} onClose={onClose}>
      <form
        className="stack inform-dialog"
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void add([...picked]);
        }}
      >
        <div className="row">
          <label>
            {t('inform.dialog.group')}
            <select value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="">{t('inform.dialog.allGroups')}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {groupLabel(g)}
                </option>
              ))}
            </select>
          </label>
          {group && (
            <button
              type="button"
              disabled={busy || inGroup.length === 0}
              onClick={() => void add(inGroup.map((s) => s.id))}
            >
              {t('inform.dialog.addGroup', { count: inGroup.length })}
            </button>
          )}
        </div>
        <label>
          {t('inform.dialog.search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        {available.length === 0 && <p className="empty-state">{t('inform.dialog.nothingLeft')}</p>}
        <fieldset className="pick-list">
          <legend>{t('inform.dialog.pick')}</legend>
          {matches.slice(0, SHOWN_MAX).map((s) => (
            <label key={s.id} className="checkbox">
              <input type="checkbox" checked={picked.has(s.id)} onChange={() => toggle(s.id)} />
              <span>
                P{s.priority} · {s.name}
                {s.organisation && ` · ${s.organisation}`} · {groupLabel(s.group)}
              </span>
            </label>
          ))}
          {matches.length > SHOWN_MAX && (
            <p className="muted">{t('inform.dialog.more', { count: matches.length - SHOWN_MAX })}</p>
          )}
        </fieldset>
        <label>
          {t('inform.dialog.assignee')}
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">{t('inform.unassigned')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('inform.dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || picked.size === 0}>
            {t('inform.dialog.submit', { count: picked.size })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
