import { useTranslation } from 'react-i18next';
import type { DomainError, ErrorCode } from '../../shared/domain/errors';
import { errorKey } from '../i18n';
import { errorMessage } from '../i18n/error-message';
import type { HubFailure } from '../sync/hub-api';

/**
 * A refused action's reason, in the user's language, announced to screen readers. Given the whole
 * `error`, a refused file's message also names where in the file it goes wrong.
 */
export function ErrorText({
  code,
  error,
  id,
}: {
  code?: ErrorCode | HubFailure | null;
  error?: DomainError | null;
  id?: string;
}) {
  const { t } = useTranslation();
  if (!error && !code) return null;
  return (
    <p role="alert" className="error" id={id}>
      {error ? errorMessage(t, error) : t(errorKey(code!))}
    </p>
  );
}
