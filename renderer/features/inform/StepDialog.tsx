/** Records that a stakeholder was informed or acknowledged: how they were reached, and a note. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { Notification } from '../../../shared/domain/notification';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useApp } from '../../app/session-context';
import { notificationAdvance } from '../../db/notifications';
import { useChannels } from '../../db/people-hooks';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';

export interface StepTarget {
  notification: Notification;
  stakeholder: Stakeholder;
  to: 'informed' | 'acknowledged';
}

export function StepDialog({ target, onClose }: { target: StepTarget; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const channels = useChannels(session.db) ?? [];
  const [channel, setChannel] = useState(target.notification.channel);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const name = target.stakeholder.name;
  const suggestions = [
    t('stakeholderChannels.phone'),
    t('stakeholderChannels.email'),
    t('stakeholderChannels.inPerson'),
    ...channels.map((c) => c.name),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await notificationAdvance(session, target.notification.id, {
      to: target.to,
      channel,
      note,
    });
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog
      title={t(target.to === 'informed' ? 'inform.step.informedTitle' : 'inform.step.acknowledgedTitle', {
        name,
      })}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit} noValidate>
        <label>
          {t('inform.step.channel')}
          <input
            list="inform-channel-suggestions"
            value={channel}
            maxLength={100}
            placeholder={t('inform.step.channelPlaceholder')}
            onChange={(e) => setChannel(e.target.value)}
            autoFocus
          />
          <datalist id="inform-channel-suggestions">
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <label>
          {t('inform.step.note')}
          <textarea value={note} maxLength={1000} rows={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        <FormFooter
          error={error}
          cancel={t('inform.step.cancel')}
          submit={t('inform.step.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
