/**
 * Records that the current version went out on a channel, with a link or reference. Text that is not
 * approved can only go out by the crisis lead's explicit override, with a reason that is kept.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Draft } from '../../../shared/domain/draft';
import type { DraftState } from '../../../shared/domain/draft-state';
import type { DraftVersion } from '../../../shared/domain/draft-version';
import type { ErrorCode } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import { usePublishStep } from '../../db/draft-hooks';
import { publish } from '../../db/drafts';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { ChannelFitMeter } from './ChannelFitMeter';

interface Props {
  draft: Draft;
  state: DraftState;
  version: DraftVersion;
  channel: Channel;
  onClose(): void;
}

export function PublishDialog({ draft, state, version, channel, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [reference, setReference] = useState('');
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const step = usePublishStep(session.db, draft.incidentId, channel.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await publish(session, draft.id, {
      versionId: version.id,
      channelId: channel.id,
      reference,
      override: override ? reason : null,
    });
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog title={t('drafts.publish.on', { channel: channel.name })} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p>
          {draft.title} · {t('drafts.history.version', { n: state.numbers.get(version.id) })}
        </p>
        <ChannelFitMeter kind={channel.kind} channelName={channel.name} body={version.body} />
        <label>
          {t('drafts.publish.reference')}
          <input value={reference} maxLength={500} onChange={(e) => setReference(e.target.value)} autoFocus />
          <span className="hint">{t('drafts.publish.referenceHint')}</span>
        </label>
        {step && <p className="hint">{t('drafts.publish.ticks', { text: step.text })}</p>}
        {!state.approved && (
          <div className="override-box" role="group" aria-label={t('drafts.publish.override')}>
            <p className="warning">{t('drafts.publish.notApproved')}</p>
            <label className="checkbox">
              <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
              {t('drafts.publish.override')}
            </label>
            {override && (
              <>
                <label>
                  {t('drafts.publish.overrideReason')}
                  <textarea
                    value={reason}
                    rows={2}
                    maxLength={1000}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </label>
                <p className="hint">{t('drafts.publish.overrideLogged')}</p>
              </>
            )}
          </div>
        )}
        <FormFooter
          error={error}
          cancel={t('drafts.form.cancel')}
          submit={t('drafts.publish.confirm')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
