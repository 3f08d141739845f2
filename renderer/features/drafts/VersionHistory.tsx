/**
 * Every version of a draft, newest first: who wrote it when, from which version(s), its hash, and the
 * decisions on it (voided once a newer version exists). Any two versions can be compared.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftState } from '../../../shared/domain/draft-state';
import { dateTimeFormat } from '../../ui/format';
import { VersionDiff } from './VersionDiff';

export function VersionHistory({ state }: { state: DraftState }) {
  const { t, i18n } = useTranslation();
  const { versions, numbers } = state;
  const [fromId, setFromId] = useState(versions.at(-2)?.id ?? versions[0]?.id ?? '');
  const [toId, setToId] = useState(versions.at(-1)?.id ?? '');
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  // A draft can have hundreds of versions: the options and the list are made once per state and
  // language, so choosing what to compare re-renders the diff only (see docs/benchmarks.md, drafts).
  const options = useMemo(
    () =>
      [...versions].reverse().map((v) => (
        <option key={v.id} value={v.id}>
          {t('drafts.history.version', { n: numbers.get(v.id) })}
        </option>
      )),
    [versions, numbers, t],
  );
  const list = useMemo(() => <VersionList state={state} language={i18n.language} />, [state, i18n.language]);

  return (
    <section className="version-history" aria-labelledby="version-history-title">
      <h2 id="version-history-title">{t('drafts.history.title')}</h2>
      <div className="field-row compare">
        <label>
          {t('drafts.history.from')}
          <select value={fromId} onChange={(e) => setFromId(e.target.value)}>
            {options}
          </select>
        </label>
        <label>
          {t('drafts.history.to')}
          <select value={toId} onChange={(e) => setToId(e.target.value)}>
            {options}
          </select>
        </label>
      </div>
      {from && to && <VersionDiff from={from} to={to} numbers={numbers} />}
      {list}
    </section>
  );
}

function VersionList({ state, language }: { state: DraftState; language: string }) {
  const { t } = useTranslation();
  const { numbers } = state;
  const newest = [...state.versions].reverse();
  const label = (id: string) => `v${numbers.get(id) ?? '?'}`;
  const heads = new Set(state.heads.map((v) => v.id as string));
  const roleName = (role: string) => t(`roles.${role}`, { defaultValue: role });
  return (
    <ol className="version-list" reversed>
      {newest.map((v) => {
        const decisions = state.voided.filter((a) => a.versionId === v.id && a.kind !== 'request');
        return (
          <li key={v.id} data-current={state.latest?.id === v.id}>
            <strong>{t('drafts.history.version', { n: numbers.get(v.id) })}</strong>
            {state.latest?.id === v.id && <span className="tag">{t('drafts.history.current')}</span>}
            {state.siblings && heads.has(v.id) && (
              <span className="tag warning">{t('drafts.siblings.title')}</span>
            )}{' '}
            {t('drafts.history.by', {
              name: v.authorName,
              time: dateTimeFormat(v.createdAt, language),
            })}
            {v.parentIds.length === 1 &&
              ` · ${t('drafts.history.parents', { list: label(v.parentIds[0]!) })}`}
            {v.parentIds.length > 1 &&
              ` · ${t('drafts.history.merged', { list: v.parentIds.map(label).join(', ') })}`}
            <code className="hash" title={v.hash}>
              {t('drafts.history.hash', { hash: v.hash.slice(0, 12) })}
            </code>
            {decisions.map((a) => (
              <p key={a.id} className="voided">
                {t('drafts.approval.voided', {
                  role: roleName(a.role),
                  decision: t(a.kind === 'approve' ? 'drafts.approval.approved' : 'drafts.approval.rejected'),
                  n: numbers.get(v.id),
                  name: a.memberName,
                })}
                {a.comment && `: ${a.comment}`}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
