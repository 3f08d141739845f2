/**
 * The approval of the current version: the request, each required role's decision (or how long it has
 * been waiting), buttons for the roles this member holds, and the decisions a newer version voided.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/domain/draft';
import { roleHolders, type DraftState } from '../../../shared/domain/draft-state';
import type { ErrorCode } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import { useNow } from '../../app/use-now';
import { reviewRequest } from '../../db/drafts';
import { useMembers, useRoleAssignments } from '../../db/people-hooks';
import { ErrorText } from '../../ui/ErrorText';
import { durationFormat, timeFormat } from '../../ui/format';
import { DecisionDialog, type DecisionTarget } from './DecisionDialog';

export function ApprovalSection({ draft, state }: { draft: Draft; state: DraftState }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const now = useNow();
  const assignments = useRoleAssignments(session.db, draft.incidentId) ?? [];
  const members = useMembers(session.db) ?? [];
  const me = session.member!;
  const [target, setTarget] = useState<DecisionTarget | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const roleName = (role: string) => t(`roles.${role}`, { defaultValue: role });
  const everyone = [...members.filter((m) => m.id !== me.id), me];
  const holdersOf = (role: string) => roleHolders(role, assignments, everyone);
  const mine = draft.requiredRoles.filter((role) => holdersOf(role).has(me.id));
  const latest = state.latest;
  // Decisions on earlier versions, newest first: they no longer count, and the team must see that.
  const voided = state.voided.filter((a) => a.kind !== 'request').reverse();

  async function request() {
    if (!latest) return;
    const result = await reviewRequest(session, draft.id, latest.id);
    setError(result.ok ? null : result.error.code);
  }

  return (
    <section className="approval-section" aria-labelledby="approval-title">
      <h2 id="approval-title">{t('drafts.approval.title')}</h2>
      {!latest && <p className="hint warning">{t('drafts.approval.noVersion')}</p>}
      {state.request ? (
        <p>
          {t('drafts.approval.requested', {
            name: state.request.memberName,
            time: timeFormat(state.request.at, i18n.language),
          })}
        </p>
      ) : (
        latest && (
          <button type="button" onClick={() => void request()}>
            {t('drafts.approval.request')}
          </button>
        )
      )}
      <ul className="role-decisions">
        {state.roles.map((r) => (
          <li key={r.role} data-state={r.state}>
            <strong>{roleName(r.role)}</strong>:{' '}
            {r.state === 'pending' ? (
              <>
                {t('drafts.approval.pending')}
                {r.waitingSince &&
                  ` · ${t('drafts.approval.waiting', { duration: durationFormat(now - Date.parse(r.waitingSince)) })}`}
              </>
            ) : (
              <>
                {t(r.state === 'approved' ? 'drafts.approval.approved' : 'drafts.approval.rejected')} (
                {t('drafts.approval.decisionBy', {
                  name: r.decision!.memberName,
                  time: timeFormat(r.decision!.at, i18n.language),
                })}
                ){r.decision!.comment && `: ${r.decision!.comment}`}
                {r.decision!.ownVersion && (
                  <span className="tag warning">{t('drafts.approval.ownRecorded')}</span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {latest && mine.length === 0 && <p className="hint">{t('drafts.approval.notHolder')}</p>}
      {latest && (
        <div className="decision-buttons">
          {mine.map((role) => (
            <span key={role} className="button-pair">
              <button
                type="button"
                className="primary"
                onClick={() => setTarget({ role, kind: 'approve', version: latest })}
              >
                {t('drafts.approval.approve', { role: roleName(role) })}
              </button>
              <button type="button" onClick={() => setTarget({ role, kind: 'reject', version: latest })}>
                {t('drafts.approval.reject', { role: roleName(role) })}
              </button>
            </span>
          ))}
        </div>
      )}
      <ErrorText code={error} />
      {voided.length > 0 && (
        <>
          <h3 id="voided-title">{t('drafts.approval.voidedTitle')}</h3>
          <ul className="voided-decisions" aria-labelledby="voided-title">
            {voided.map((a) => (
              <li key={a.id} className="voided">
                {t('drafts.approval.voided', {
                  role: roleName(a.role),
                  decision: t(a.kind === 'approve' ? 'drafts.approval.approved' : 'drafts.approval.rejected'),
                  n: state.numbers.get(a.versionId),
                  name: a.memberName,
                })}
                {a.comment && `: ${a.comment}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {target && (
        <DecisionDialog
          draft={draft}
          target={target}
          number={state.numbers.get(target.version.id) ?? 0}
          ownOnly={target.version.authorId === me.id && holdersOf(target.role).size === 1}
          onClose={() => setTarget(null)}
        />
      )}
    </section>
  );
}
