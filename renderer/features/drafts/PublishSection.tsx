/**
 * Where the draft goes out: per target channel, whether it is live (and which version), a button to
 * record publishing the current version there, and to withdraw it. Below, the full publication record.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Draft } from '../../../shared/domain/draft';
import type { DraftState } from '../../../shared/domain/draft-state';
import type { Publication } from '../../../shared/domain/publication';
import { useApp } from '../../app/session-context';
import { useChannels } from '../../db/people-hooks';
import { dateTimeFormat } from '../../ui/format';
import { PublishDialog } from './PublishDialog';
import { WithdrawDialog } from './WithdrawDialog';

export function PublishSection({ draft, state }: { draft: Draft; state: DraftState }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const channels = useChannels(session.db) ?? [];
  const [publishing, setPublishing] = useState<Channel | null>(null);
  const [withdrawing, setWithdrawing] = useState<Publication | null>(null);
  const targets = draft.channelIds
    .map((id) => channels.find((c) => c.id === id))
    .filter((c): c is Channel => c !== undefined);
  const time = (at: string) => dateTimeFormat(at, i18n.language);

  return (
    <section className="publish-section" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('drafts.publish.title')}</h2>
      {targets.length === 0 && <p className="hint">{t('drafts.page.noTargetChannels')}</p>}
      <ul className="publish-targets">
        {targets.map((channel) => {
          const live = state.live.filter((p) => p.channelId === channel.id);
          const currentLive = live.some((p) => p.versionId === state.latest?.id);
          return (
            <li key={channel.id}>
              <strong>{channel.name}</strong>
              {live.map((p) => (
                <span key={p.id} className="live">
                  {t('drafts.publish.live', { channel: channel.name, time: time(p.at) })} (
                  {t('drafts.publish.liveVersion', { n: state.numbers.get(p.versionId) })})
                  <button type="button" onClick={() => setWithdrawing(p)}>
                    {t('drafts.publish.withdraw', { channel: channel.name })}
                  </button>
                </span>
              ))}
              {state.latest && !currentLive && (
                <button type="button" className="primary" onClick={() => setPublishing(channel)}>
                  {t('drafts.publish.on', { channel: channel.name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {state.publications.length > 0 && (
        <>
          <h3>{t('drafts.publish.history')}</h3>
          <ul className="publication-log">
            {state.publications.map((p) => (
              <li key={p.id} data-kind={p.kind}>
                {p.kind === 'published'
                  ? `${t('drafts.publish.live', { channel: p.channelName, time: time(p.at) })} · ${t('drafts.publish.liveVersion', { n: state.numbers.get(p.versionId) })} · ${p.memberName}`
                  : `${t('drafts.publish.withdrawn', { channel: p.channelName, time: time(p.at) })} · ${p.memberName}`}
                {p.reference && ` · ${p.reference}`}
                {p.override && (
                  <strong className="override">
                    {' '}
                    · {t('drafts.publish.overridden', { reason: p.override })}
                  </strong>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {publishing && state.latest && (
        <PublishDialog
          draft={draft}
          state={state}
          version={state.latest}
          channel={publishing}
          onClose={() => setPublishing(null)}
        />
      )}
      {withdrawing && (
        <WithdrawDialog draft={draft} publication={withdrawing} onClose={() => setWithdrawing(null)} />
      )}
    </section>
  );
}
