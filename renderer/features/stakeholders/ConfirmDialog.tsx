/** Asks before something is removed; the removal's refusal (if any) is shown in the dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode, Result } from '../../../shared/domain/errors';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';

interface Props {
  title: string;
  explain: string;
  confirm: string;
  onConfirm(): Promise<Result<unknown>>;
  onClose(): void;
}

export function ConfirmDialog({ title, explain, confirm, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    const result = await onConfirm();
    setBusy(false);
    if (!result.ok) return setError(result.error.code);
    onClose();
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="stack">
        <p>{explain}</p>
        <ErrorText code={error} />
        <div className="actions">
          <button type="button" onClick={onClose} autoFocus>
            {t('confirmDialog.cancel')}
          </button>
          <button type="button" className="danger" onClick={() => void run()} disabled={busy}>
            {confirm}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
