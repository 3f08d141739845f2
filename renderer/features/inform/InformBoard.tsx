/**
 * Who still has to hear it: the incident's stakeholders by status and priority, priority-1 stakeholders
 * not yet informed first and highlighted. Each step (informed, acknowledged) is logged on the timeline.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { Incident } from '../../../shared/domain/incident';
import { boardSummary, informBoard, type BoardRow } from '../../../shared/domain/notification';
import { useApp } from '../../app/session-context';
import { notificationAssign } from '../../db/notifications';
import { useMembers, useNotifications, useStakeholders } from '../../db/people-hooks';
import { ErrorText } from '../../ui/ErrorText';
import { timeFormat } from '../../ui/format';
import { Panel } from '../../ui/Panel';
import { useGroupLabel } from './group-label';
import { InformDialog } from './InformDialog';
import { StepDialog, type StepTarget } from './StepDialog';

export function InformBoard({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const notifications = useNotifications(session.db, incident.id);
  const stakeholders = useStakeholders(session.db);
  const members = useMembers(session.db) ?? [];
  const groupLabel = useGroupLabel();
  const [adding, setAdding] = useState(false);
  const [step, setStep] = useState<StepTarget | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  const byId = useMemo(() => new Map((stakeholders ?? []).map((s) => [s.id as string, s])), [stakeholders]);
  const rows = useMemo(() => informBoard(notifications ?? [], byId), [notifications, byId]);
  const summary = boardSummary(rows);
  const memberName = (id: string | null) => members.find((m) => m.id === id)?.name;

  async function assign(row: BoardRow, assigneeId: string) {
    const result = await notificationAssign(session, row.notification.id, assigneeId || null);
    setError(result.ok ? null : result.error.code);
  }

  const directoryEmpty = stakeholders !== undefined && stakeholders.every((s) => s.removedAt !== null);
  return (
    <Panel
      name="inform"
      title={t('inform.title')}
      summary={
        <>
          {t('inform.summary', { informed: summary.informed + summary.acknowledged, total: summary.total })}
          {summary.urgent > 0 && (
            <strong className="urgent-count"> · {t('inform.urgent', { count: summary.urgent })}</strong>
          )}
        </>
      }
    >
      <div className="panel-actions">
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={directoryEmpty}>
          {t('inform.add')}
        </button>
      </div>
      {notifications && rows.length === 0 && (
        <div className="empty-state">
          <p>{t('inform.empty')}</p>
          {directoryEmpty && (
            <p>
              {t('inform.directoryEmpty')} <a href="#/stakeholders">{t('inform.openDirectory')}</a>
            </p>
          )}
        </div>
      )}
      <ErrorText code={error} />
      {rows.length > 0 && (
        <ul className="inform-board" aria-label={t('inform.boardLabel')}>
          {rows.map((row) => {
            const { notification: n, stakeholder: s } = row;
            const name = s.name;
            return (
              <li key={n.id} className={`inform-row status-${n.status}${row.urgent ? ' urgent' : ''}`}>
                <div className="inform-who">
                  <span className={`priority priority-${s.priority}`}>
                    {t('inform.priority', { priority: s.priority })}
                  </span>
                  <strong>{name}</strong>
                  {s.organisation && <span className="muted"> · {s.organisation}</span>}
                  <span className="muted"> · {groupLabel(s.group)}</span>
                  {s.removedAt && <span className="muted"> {t('inform.removed')}</span>}
                </div>
                {row.urgent && <p className="urgent-flag">{t('inform.urgentFlag')}</p>}
                <div className="inform-status">
                  <span className="status-text">{t(`inform.status.${n.status}`)}</span>
                  {n.informedAt && (
                    <span className="muted">
                      {' '}
                      {t('inform.informedAt', { time: timeFormat(n.informedAt, i18n.language) })}
                      {n.channel && ` · ${n.channel}`}
                      {memberName(n.informedBy) && ` · ${t('inform.by', { name: memberName(n.informedBy) })}`}
                    </span>
                  )}
                  {n.acknowledgedAt && (
                    <span className="muted">
                      {' '}
                      · {t('inform.acknowledgedAt', { time: timeFormat(n.acknowledgedAt, i18n.language) })}
                    </span>
                  )}
                  {n.note && <span className="note"> “{n.note}”</span>}
                </div>
                <div className="inform-actions">
                  <select
                    aria-label={t('inform.assignee', { name })}
                    value={n.assigneeId ?? ''}
                    onChange={(e) => void assign(row, e.target.value)}
                  >
                    <option value="">{t('inform.unassigned')}</option>
                    {members.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                  {n.status === 'toInform' && (
                    <button
                      type="button"
                      aria-label={t('inform.markInformed', { name })}
                      onClick={() => setStep({ notification: n, stakeholder: s, to: 'informed' })}
                    >
                      {t('inform.informedButton')}
                    </button>
                  )}
                  {n.status !== 'acknowledged' && (
                    <button
                      type="button"
                      aria-label={t('inform.markAcknowledged', { name })}
                      onClick={() => setStep({ notification: n, stakeholder: s, to: 'acknowledged' })}
                    >
                      {t('inform.acknowledgedButton')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {adding && stakeholders && (
        <InformDialog
          incident={incident}
          stakeholders={stakeholders}
          notifications={notifications ?? []}
          onClose={() => setAdding(false)}
        />
      )}
      {step && <StepDialog target={step} onClose={() => setStep(null)} />}
    </Panel>
  );
}
