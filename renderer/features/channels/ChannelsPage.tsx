/**
 * The organisation's channels and the checklist steps each kind of channel gets in an incident. Channels
 * in use get their checklists when an incident opens; both lists are shared by the whole team.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { ErrorCode, Result } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import { channelRemove, channelsAddDefaults, channelUpdate } from '../../db/channels';
import { useChannels } from '../../db/people-hooks';
import { ErrorText } from '../../ui/ErrorText';
import { useGroupLabel } from '../inform/group-label';
import { useRoleLabel } from '../profile/RoleSelect';
import { ConfirmDialog } from '../stakeholders/ConfirmDialog';
import { ChannelDialog } from './ChannelDialog';
import { TemplatesSection } from './TemplatesSection';
import { languageOf } from '../../i18n';

type Open = { dialog: 'add' } | { dialog: 'edit' | 'remove'; channel: Channel } | null;

export function ChannelsPage() {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const headingId = useId();
  const channels = useChannels(session.db);
  const groupLabel = useGroupLabel();
  const roleLabel = useRoleLabel();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const close = () => setOpen(null);

  async function run(action: Promise<Result<unknown>>) {
    const result = await action;
    setError(result.ok ? null : result.error.code);
  }

  const inUse = (channel: Channel, active: boolean) =>
    run(
      channelUpdate(session, channel.id, {
        kind: channel.kind,
        name: channel.name,
        audiences: channel.audiences,
        ownerRole: channel.ownerRole,
        active,
      }),
    );

  const sorted = [...(channels ?? [])].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );

  return (
    <div className="directory channels-page">
      <section aria-labelledby={headingId} className="stack">
        <header className="directory-header">
          <h1 id={headingId}>{t('channels.title')}</h1>
          <div className="directory-actions">
            <button type="button" className="primary" onClick={() => setOpen({ dialog: 'add' })}>
              {t('channels.add')}
            </button>
          </div>
        </header>
        <p className="muted">{t('channels.explain')}</p>
        <ErrorText code={error} />
        {channels?.length === 0 && (
          <div className="empty-state stack">
            <p>{t('channels.empty')}</p>
            <div>
              <button
                type="button"
                className="primary"
                onClick={() => void run(channelsAddDefaults(session, languageOf(i18n.language)))}
              >
                {t('channels.addDefaults')}
              </button>
            </div>
          </div>
        )}
        {sorted.length > 0 && (
          <div className="table-scroll">
            <table className="channel-table">
              <caption className="visually-hidden">{t('channels.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('channels.kind')}</th>
                  <th scope="col">{t('channels.name')}</th>
                  <th scope="col">{t('channels.audiences')}</th>
                  <th scope="col">{t('channels.owner')}</th>
                  <th scope="col">{t('channels.inUse')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('channels.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((channel) => (
                  <tr key={channel.id} className={channel.active ? undefined : 'not-in-use'}>
                    <td>{t(`channelKinds.${channel.kind}`)}</td>
                    <th scope="row">{channel.name}</th>
                    <td>{channel.audiences.map(groupLabel).join(', ')}</td>
                    <td>{channel.ownerRole ? roleLabel(channel.ownerRole) : ''}</td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('channels.inUseOne', { name: channel.name })}
                        checked={channel.active}
                        onChange={(e) => void inUse(channel, e.target.checked)}
                      />
                    </td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={t('channels.editOne', { name: channel.name })}
                        onClick={() => setOpen({ dialog: 'edit', channel })}
                      >
                        {t('channels.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('channels.removeOne', { name: channel.name })}
                        onClick={() => setOpen({ dialog: 'remove', channel })}
                      >
                        {t('channels.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TemplatesSection />
      {open?.dialog === 'add' && <ChannelDialog onClose={close} />}
      {open?.dialog === 'edit' && <ChannelDialog channel={open.channel} onClose={close} />}
      {open?.dialog === 'remove' && (
        <ConfirmDialog
          title={t('channels.removeTitle', { name: open.channel.name })}
          explain={t('channels.removeExplain')}
          confirm={t('channels.removeConfirm')}
          onConfirm={() => channelRemove(session, open.channel.id)}
          onClose={close}
        />
      )}
    </div>
  );
}
