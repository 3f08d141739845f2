/**
 * The incident's channel checklists: per channel its steps in order with progress; done or not
 * applicable (with a reason), each also an action entry on the timeline.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import {
  checklistProgress,
  checklistsByChannel,
  templatesFor,
  type ChecklistItem,
} from '../../../shared/domain/checklist';
import type { ErrorCode, Result } from '../../../shared/domain/errors';
import type { Incident } from '../../../shared/domain/incident';
import { useApp } from '../../app/session-context';
import { channelsAddDefaults } from '../../db/channels';
import {
  checklistItemAdd,
  checklistItemComplete,
  checklistItemReopen,
  checklistItemSkip,
  checklistsInstantiate,
} from '../../db/checklists';
import { useChannels, useChecklistItems, useTemplates } from '../../db/people-hooks';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { FormFooter } from '../../ui/FormFooter';
import { timeFormat } from '../../ui/format';
import { Panel } from '../../ui/Panel';
import { useRoleLabel } from '../profile/RoleSelect';
import { languageOf } from '../../i18n';

export function ChecklistPanel({ incident }: { incident: Incident }) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const items = useChecklistItems(session.db, incident.id);
  const channels = useChannels(session.db);
  const templates = useTemplates(session.db) ?? [];
  const [error, setError] = useState<ErrorCode | null>(null);
  const [skipping, setSkipping] = useState<ChecklistItem | null>(null);

  const groups = useMemo(() => checklistsByChannel(items ?? []), [items]);
  const total = checklistProgress(items ?? []);
  const inUse = (channels ?? []).filter((c) => c.active);
  const missing = inUse.filter(
    (c) => !groups.has(c.id) && templatesFor(templates, c.kind, incident.crisisType).length > 0,
  );
  const shown = [...(channels ?? [])].filter((c) => groups.has(c.id));

  async function run(action: Promise<Result<unknown>>) {
    const result = await action;
    setError(result.ok ? null : result.error.code);
  }

  async function addStandardChannels() {
    const added = await channelsAddDefaults(session, languageOf(i18n.language));
    if (!added.ok) return setError(added.error.code);
    await run(checklistsInstantiate(session, incident.id, languageOf(i18n.language)));
  }

  return (
    <Panel
      name="checklists"
      title={t('checklists.title')}
      summary={
        total.total > 0
          ? t('checklists.summary', { closed: total.done + total.notApplicable, total: total.total })
          : undefined
      }
    >
      {channels && inUse.length === 0 && shown.length === 0 && (
        <div className="empty-state">
          <p>{t('checklists.noChannels')}</p>
          <button type="button" className="primary" onClick={() => void addStandardChannels()}>
            {t('checklists.addStandardChannels')}
          </button>
        </div>
      )}
      {items && items.length === 0 && inUse.length > 0 && (
        <p className="empty-state">{t('checklists.none')}</p>
      )}
      {missing.length > 0 && (
        <div className="panel-actions">
          <button
            type="button"
            className={items?.length ? undefined : 'primary'}
            onClick={() => void run(checklistsInstantiate(session, incident.id, languageOf(i18n.language)))}
          >
            {items?.length ? t('checklists.newChannels', { count: missing.length }) : t('checklists.create')}
          </button>
        </div>
      )}
      <ErrorText code={error} />
      {shown.map((channel) => (
        <ChannelChecklist
          key={channel.id}
          incident={incident}
          channel={channel}
          items={groups.get(channel.id) ?? []}
          onSkip={setSkipping}
          onResult={(r) => setError(r.ok ? null : r.error.code)}
        />
      ))}
      <p className="panel-footer">
        <a href="#/channels">{t('checklists.editChannels')}</a>
      </p>
      {skipping && <SkipDialog item={skipping} onClose={() => setSkipping(null)} />}
    </Panel>
  );
}

interface ChannelProps {
  incident: Incident;
  channel: Channel;
  items: ChecklistItem[];
  onSkip(item: ChecklistItem): void;
  onResult(result: Result<unknown>): void;
}

function ChannelChecklist({ incident, channel, items, onSkip, onResult }: ChannelProps) {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const roleLabel = useRoleLabel();
  const [text, setText] = useState('');
  const progress = checklistProgress(items);
  const closed = progress.done + progress.notApplicable;

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await checklistItemAdd(session, incident.id, channel.id, text, channel.ownerRole);
    onResult(result);
    if (result.ok) setText('');
  }

  return (
    <section className="channel-checklist">
      <h3>
        {channel.name}{' '}
        <span className="muted">{t('checklists.count', { closed, total: progress.total })}</span>
      </h3>
      <progress
        max={progress.total}
        value={closed}
        aria-label={t('checklists.progressLabel', { channel: channel.name })}
        aria-valuetext={t('checklists.progress', { channel: channel.name, closed, total: progress.total })}
      />
      <ol className="checklist" aria-label={t('checklists.itemsLabel', { channel: channel.name })}>
        {items.map((item) => (
          <li key={item.id} className={`checklist-item status-${item.status}`}>
            <span className="checklist-text">
              {item.status === 'done' ? '✔ ' : item.status === 'notApplicable' ? '– ' : ''}
              {item.text}
              {item.assigneeRole && (
                <span className="muted">
                  {' '}
                  · {t('checklists.role', { role: roleLabel(item.assigneeRole) })}
                </span>
              )}
            </span>
            {item.status !== 'open' && item.closedAt && (
              <span className="muted checklist-closed">
                {item.status === 'done'
                  ? t('checklists.doneBy', {
                      name: item.closedByName,
                      time: timeFormat(item.closedAt, i18n.language),
                    })
                  : t('checklists.skippedBy', {
                      reason: item.reason,
                      name: item.closedByName,
                      time: timeFormat(item.closedAt, i18n.language),
                    })}
              </span>
            )}
            <span className="checklist-actions">
              {item.status === 'open' ? (
                <>
                  <button
                    type="button"
                    aria-label={t('checklists.done', { text: item.text })}
                    onClick={() => void checklistItemComplete(session, item.id).then(onResult)}
                  >
                    {t('checklists.doneButton')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('checklists.skip', { text: item.text })}
                    onClick={() => onSkip(item)}
                  >
                    {t('checklists.skipButton')}
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="link"
                  aria-label={t('checklists.reopen', { text: item.text })}
                  onClick={() => void checklistItemReopen(session, item.id).then(onResult)}
                >
                  {t('checklists.reopenButton')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <input
          aria-label={t('checklists.addStep', { channel: channel.name })}
          placeholder={t('checklists.addStep', { channel: channel.name })}
          value={text}
          maxLength={300}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={text.trim() === ''}>
          {t('checklists.addButton')}
        </button>
      </form>
    </section>
  );
}

function SkipDialog({ item, onClose }: { item: ChecklistItem; onClose(): void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await checklistItemSkip(session, item.id, reason);
    if (result.ok) onClose();
    else setError(result.error.code);
  }

  return (
    <Dialog title={t('checklists.reasonDialog.title')} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p>{item.text}</p>
        <label>
          {t('checklists.reasonDialog.reason')}
          <textarea
            value={reason}
            rows={3}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </label>
        <FormFooter
          error={error}
          cancel={t('checklists.reasonDialog.cancel')}
          submit={t('checklists.reasonDialog.submit')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
