/** Adds a channel or edits one: kind, name or handle, the audiences it reaches, its owner, in use or not. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelKind } from '../../../shared/domain/channel';
import type { ErrorCode } from '../../../shared/domain/errors';
import { isStandardGroup, standardGroups } from '../../../shared/domain/stakeholder';
import { useApp } from '../../app/session-context';
import { channelCreate, channelUpdate } from '../../db/channels';
import { Dialog } from '../../ui/Dialog';
import { FormFooter } from '../../ui/FormFooter';
import { ChannelKindField } from './ChannelKindField';
import { RoleField } from './RoleField';

interface Props {
  channel?: Channel;
  onClose(): void;
}

export function ChannelDialog({ channel, onClose }: Props) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [kind, setKind] = useState<ChannelKind>(channel?.kind ?? 'website');
  const [name, setName] = useState(channel?.name ?? '');
  const [audiences, setAudiences] = useState<string[]>(channel?.audiences.filter(isStandardGroup) ?? []);
  const [otherAudiences, setOtherAudiences] = useState(
    channel?.audiences.filter((a) => !isStandardGroup(a)).join(', ') ?? '',
  );
  const [ownerRole, setOwnerRole] = useState(channel?.ownerRole ?? '');
  const [active, setActive] = useState(channel?.active ?? true);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const draft = {
      kind,
      name,
      audiences: [...audiences, ...otherAudiences.split(',')],
      ownerRole,
      active,
    };
    const result = channel
      ? await channelUpdate(session, channel.id, draft)
      : await channelCreate(session, draft);
    if (!result.ok) return setError(result.error.code);
    onClose();
  }

  const toggle = (group: string, on: boolean) =>
    setAudiences(on ? [...audiences, group] : audiences.filter((a) => a !== group));

  return (
    <Dialog
      title={channel ? t('channelForm.editTitle', { name: channel.name }) : t('channelForm.addTitle')}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate className="stack">
        <ChannelKindField label={t('channelForm.kind')} value={kind} onChange={setKind} />
        <label>
          {t('channelForm.name')}
          <input
            value={name}
            maxLength={120}
            placeholder={t('channelForm.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
        </label>
        <fieldset className="audience-choices">
          <legend>{t('channelForm.audiences')}</legend>
          {standardGroups.map((group) => (
            <label className="checkbox" key={group}>
              <input
                type="checkbox"
                checked={audiences.includes(group)}
                onChange={(e) => toggle(group, e.target.checked)}
              />
              {t(`groups.${group}`)}
            </label>
          ))}
          <label className="audience-other">
            {t('channelForm.otherAudiences')}
            <input
              value={otherAudiences}
              placeholder={t('channelForm.otherAudiencesPlaceholder')}
              onChange={(e) => setOtherAudiences(e.target.value)}
            />
          </label>
        </fieldset>
        <RoleField label={t('channelForm.ownerRole')} value={ownerRole} onChange={setOwnerRole} />
        <label className="checkbox">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {t('channelForm.active')}
        </label>
        <FormFooter
          error={error}
          cancel={t('channelForm.cancel')}
          submit={t('channelForm.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
