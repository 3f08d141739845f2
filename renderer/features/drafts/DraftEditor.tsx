/**
 * Writing the text. Saving always makes a new version from the version the writer started from; if
 * someone else saved meanwhile, both stay as siblings. With siblings, the writer picks one or merges them
 * here (the new version names all of them as parents). Ctrl+S saves. Live counters per target channel.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel';
import type { Draft } from '../../../shared/domain/draft';
import type { DraftState } from '../../../shared/domain/draft-state';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { VersionId } from '../../../shared/domain/ids';
import { useApp } from '../../app/session-context';
import { versionSave } from '../../db/drafts';
import { useChannels } from '../../db/people-hooks';
import { ErrorText } from '../../ui/ErrorText';
import { ChannelFitMeter } from './ChannelFitMeter';
import { VersionDiff } from './VersionDiff';

export function DraftEditor({ draft, state }: { draft: Draft; state: DraftState }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const channels = useChannels(session.db) ?? [];
  const start = state.latest ?? state.heads[0];
  const [base, setBase] = useState<VersionId[]>(start ? [start.id] : []);
  const [text, setText] = useState(start?.body ?? '');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const baseVersion = state.versions.find((v) => v.id === base[0]);
  const dirty = text !== (baseVersion?.body ?? '') || base.length > 1;
  const merging = base.length > 1;

  // Follow the current version while there is nothing unsaved (someone else saved, or a merge landed).
  // Adjusted while rendering, when the latest version changes, as React advises instead of an effect.
  const latestId = state.latest?.id;
  const [followed, setFollowed] = useState(latestId);
  if (followed !== latestId) {
    setFollowed(latestId);
    if (!dirty && state.latest && base[0] !== state.latest.id) {
      setBase([state.latest.id]);
      setText(state.latest.body);
    }
  }

  async function save(body = text, parents = base) {
    const result = await versionSave(session, draft.id, body, parents);
    if (!result.ok) return setError(result.error.code);
    setError(null);
    setBase([result.value.id]);
    setText(result.value.body);
    setSaved(state.versions.length + 1);
  }

  function onKeyDown(event: KeyboardEvent) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  }

  const targets = draft.channelIds
    .map((id) => channels.find((c) => c.id === id))
    .filter((c): c is Channel => c !== undefined);
  const newer = dirty && state.latest && !base.includes(state.latest.id) ? state.latest : null;
  const headIds = state.heads.map((v) => v.id);

  return (
    <section className="draft-editor" aria-labelledby="draft-editor-title">
      <h2 id="draft-editor-title">{t('drafts.page.editor')}</h2>
      {state.siblings && !merging && (
        <div className="siblings-banner" role="status">
          <strong>{t('drafts.siblings.title')}</strong>
          <p>{t('drafts.siblings.explain')}</p>
          {state.heads.map((head) => (
            <button key={head.id} type="button" onClick={() => void save(head.body, headIds)}>
              {t('drafts.siblings.pick', { n: state.numbers.get(head.id) })}
            </button>
          ))}
          <button
            type="button"
            className="primary"
            onClick={() => {
              setBase(headIds);
              setText(state.heads[0]!.body);
            }}
          >
            {t('drafts.siblings.merge')}
          </button>
        </div>
      )}
      {merging && (
        <div className="siblings-banner">
          <p>{t('drafts.siblings.mergeHint', { n: state.numbers.get(base[0]!) })}</p>
          {state.heads.slice(1).map((other) => (
            <VersionDiff key={other.id} from={state.heads[0]!} to={other} numbers={state.numbers} />
          ))}
        </div>
      )}
      {baseVersion && !merging && (
        <p className="hint">{t('drafts.page.basedOn', { n: state.numbers.get(baseVersion.id) })}</p>
      )}
      {newer && (
        <p className="hint warning" role="status">
          {t('drafts.page.newerElsewhere', { n: state.numbers.get(newer.id) })}
        </p>
      )}
      <textarea
        className="draft-body"
        aria-label={t('drafts.page.bodyLabel')}
        value={text}
        rows={14}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="actions">
        {dirty && <span className="hint">{t('drafts.page.unsaved')}</span>}
        {saved !== null && !dirty && (
          <span className="hint" role="status">
            {t('drafts.page.saved', { n: saved })}
          </span>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          title={t('drafts.page.saveHint')}
        >
          {t('drafts.page.saveVersion')}
        </button>
      </div>
      <ErrorText code={error} />
      <h3>{t('drafts.page.fit')}</h3>
      {targets.length === 0 && <p className="hint">{t('drafts.page.noTargetChannels')}</p>}
      <div className="fit-meters">
        {targets.map((c) => (
          <ChannelFitMeter key={c.id} kind={c.kind} channelName={c.name} body={text} />
        ))}
      </div>
    </section>
  );
}
