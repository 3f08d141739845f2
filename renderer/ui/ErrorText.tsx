import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../shared/domain/errors';
import { errorKey } from '../i18n';
import type { HubFailure } from '../sync/hub-api';

/** A refused action's reason, in the user's language, announced to screen readers. */
export function ErrorText({ code, id }: { code: ErrorCode | HubFailure | null; id?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p role="alert" className="error" id={id}>
      {t(errorKey(code))}
    </p>
  );
}
