/**
 * Approve or reject one version for one role, with a comment (required to reject). The dialog keeps the
 * version it was opened for: if a newer version arrives meanwhile, the decision is refused, not moved.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/domain/draft';
import type { DraftVersion } from '../../../shared/domain/draft-version';
import type { ErrorCode } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import { decide } from '../../db/drafts';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';

export interface DecisionTarget {
  role: string;
  kind: 'approve' | 'reject';
  version: DraftVersion;
}

interface Props {
  draft: Draft;
  target: DecisionTarget;
  number: number;
  /** The member wrote this version and is the only holder of the role: allowed, with a warning. */
  ownOnly: boolean;
  onClose(): void;
}

export function DecisionDialog({ draft, target, number, ownOnly, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const role = t(`roles.${target.role}`, { defaultValue: target.role });
  const approve = target.kind === 'approve';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await decide(session, draft.id, {
      versionId: target.version.id,
      role: target.role,
      kind: target.kind,
      comment,
    });
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog
      title={t(approve ? 'drafts.approval.confirmApprove' : 'drafts.approval.confirmReject', {
        n: number,
        role,
      })}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit} noValidate>
        <blockquote className="decision-text">{target.version.body}</blockquote>
        {ownOnly && approve && (
          <p className="hint warning" role="note">
            {t('drafts.approval.ownWarning')}
          </p>
        )}
        <label>
          {t(approve ? 'drafts.approval.comment' : 'drafts.approval.commentRequired')}
          <textarea
            value={comment}
            rows={3}
            maxLength={2000}
            onChange={(e) => setComment(e.target.value)}
            autoFocus
          />
        </label>
        <FormFooter
          error={error}
          cancel={t('drafts.form.cancel')}
          submit={t(approve ? 'drafts.approval.approve' : 'drafts.approval.reject', { role })}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
