/** Records that a publication was taken back, and why. The publication itself stays in the record. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/domain/draft';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { Publication } from '../../../shared/domain/publication';
import { useApp } from '../../app/session-context';
import { withdraw } from '../../db/drafts';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';

export function WithdrawDialog({
  draft,
  publication,
  onClose,
}: {
  draft: Draft;
  publication: Publication;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await withdraw(session, draft.id, { publicationId: publication.id, reason });
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog title={t('drafts.publish.withdraw', { channel: publication.channelName })} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <label>
          {t('drafts.publish.withdrawReason')}
          <textarea
            value={reason}
            rows={2}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </label>
        <FormFooter
          error={error}
          cancel={t('drafts.form.cancel')}
          submit={t('drafts.publish.withdrawConfirm')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
