/** The foot of a dialog's form: its refusal (if any), then Cancel and the submit button. */
import type { ErrorCode } from '../../shared/domain/errors';
import { ErrorText } from './ErrorText';

interface Props {
  error: ErrorCode | null;
  cancel: string;
  submit: string;
  onCancel(): void;
  busy?: boolean;
}

export function FormFooter({ error, cancel, submit, onCancel, busy = false }: Props) {
  return (
    <>
      <ErrorText code={error} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {cancel}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submit}
        </button>
      </div>
    </>
  );
}
