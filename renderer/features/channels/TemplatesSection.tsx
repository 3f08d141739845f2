/**
 * The checklist steps per channel kind, in order, in the reader's language: edit (both languages), add,
 * remove, move up or down, and bring back the shipped default steps.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelKinds } from '../../../shared/domain/channel';
import {
  byOrder,
  orderForMove,
  type ChecklistTemplateItem,
  type Language,
} from '../../../shared/domain/checklist';
import { defaultTemplates } from '../../../shared/domain/checklist-defaults';
import type { ErrorCode, Result } from '../../../shared/domain/errors';
import { useApp } from '../../app/session-context';
import { templatesAddDefaults, templateUpdate } from '../../db/checklists';
import { useTemplates } from '../../db/people-hooks';
import { ErrorText } from '../../ui/ErrorText';
import { useRoleLabel } from '../profile/RoleSelect';
import { ConfirmDialog } from '../stakeholders/ConfirmDialog';
import { TemplateDialog } from './TemplateDialog';
import { languageOf } from '../../i18n';

type Open = { dialog: 'add' } | { dialog: 'edit' | 'remove'; step: ChecklistTemplateItem } | null;

const defaultIds = new Set(defaultTemplates(new Date(0).toISOString()).map((d) => d.id));

export function TemplatesSection() {
  const { t, i18n } = useTranslation();
  const { session } = useApp();
  const headingId = useId();
  const templates = useTemplates(session.db);
  const roleLabel = useRoleLabel();
  const language: Language = languageOf(i18n.language);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const close = () => setOpen(null);

  const groups = useMemo(() => {
    const live = (templates ?? []).filter((s) => s.removedAt === null);
    return channelKinds
      .map((kind) => ({ kind, steps: live.filter((s) => s.channelKind === kind).sort(byOrder) }))
      .filter((g) => g.steps.length > 0);
  }, [templates]);

  async function run(action: Promise<Result<unknown>>) {
    const result = await action;
    setError(result.ok ? null : result.error.code);
    return result.ok;
  }

  // aria-disabled, not disabled, at the ends: the button keeps keyboard focus as its step reaches the top.
  const move = (steps: readonly ChecklistTemplateItem[], from: number, to: number) =>
    void run(templateUpdate(session, steps[from]!.id, { order: orderForMove(steps, from, to) }));

  /** Adds the defaults this database never had and brings back the ones the team removed. */
  async function addDefaults() {
    const removed = (templates ?? []).filter((s) => s.removedAt !== null && defaultIds.has(s.id));
    const added = await templatesAddDefaults(session);
    if (!added.ok) return setError(added.error.code);
    for (const step of removed)
      if (!(await run(templateUpdate(session, step.id, { removedAt: null })))) return;
    setError(null);
    const count = added.value.length + removed.length;
    setNotice(count === 0 ? t('templates.defaultsPresent') : t('templates.defaultsAdded', { count }));
  }

  return (
    <section aria-labelledby={headingId} className="stack templates">
      <header className="directory-header">
        <h2 id={headingId}>{t('templates.title')}</h2>
        <div className="directory-actions">
          <button type="button" className="primary" onClick={() => setOpen({ dialog: 'add' })}>
            {t('templates.add')}
          </button>
          <button type="button" onClick={() => void addDefaults()}>
            {t('templates.addDefaults')}
          </button>
        </div>
      </header>
      <p className="muted">{t('templates.explain')}</p>
      <ErrorText code={error} />
      {notice && <p role="status">{notice}</p>}
      {templates !== undefined && groups.length === 0 && (
        <p className="empty-state">{t('templates.empty')}</p>
      )}
      {groups.map(({ kind, steps }) => {
        const channel = t(`channelKinds.${kind}`);
        return (
          <div key={kind} className="template-group">
            <h3>{channel}</h3>
            <ol className="template-steps" aria-label={t('templates.stepsOf', { channel })}>
              {steps.map((step, i) => {
                const text = step.text[language];
                return (
                  <li key={step.id} className="template-step">
                    <span className="template-text">{text}</span>
                    {step.crisisType && (
                      <span className="badge">
                        {t('templates.onlyFor', { crisisType: t(`crisisTypes.${step.crisisType}`) })}
                      </span>
                    )}
                    {step.assigneeRole && (
                      <span className="muted">
                        {t('templates.role', { role: roleLabel(step.assigneeRole) })}
                      </span>
                    )}
                    <span className="template-actions">
                      <button
                        type="button"
                        className="icon"
                        aria-label={t('templates.moveUp', { text })}
                        aria-disabled={i === 0}
                        onClick={() => i > 0 && move(steps, i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon"
                        aria-label={t('templates.moveDown', { text })}
                        aria-disabled={i === steps.length - 1}
                        onClick={() => i < steps.length - 1 && move(steps, i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-label={t('templates.editOne', { text })}
                        onClick={() => setOpen({ dialog: 'edit', step })}
                      >
                        {t('templates.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('templates.removeOne', { text })}
                        onClick={() => setOpen({ dialog: 'remove', step })}
                      >
                        {t('templates.remove')}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
      {open?.dialog === 'add' && <TemplateDialog onClose={close} />}
      {open?.dialog === 'edit' && <TemplateDialog step={open.step} onClose={close} />}
      {open?.dialog === 'remove' && (
        <ConfirmDialog
          title={t('templates.removeTitle')}
          explain={t('templates.removeExplain', { text: open.step.text[language] })}
          confirm={t('templates.removeConfirm')}
          onConfirm={() => templateUpdate(session, open.step.id, { removedAt: new Date().toISOString() })}
          onClose={close}
        />
      )}
    </section>
  );
}
