/**
 * The scribe's input: type, press Enter. A prefix ("d: …") or Alt+1–6 picks the kind; Alt+T opens the
 * time field for something that happened earlier. On a refusal the text stays, with the reason below it.
 */
import { forwardRef, useId, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/domain/errors';
import type { IncidentId } from '../../../shared/domain/ids';
import { occurredAtFormat, occurredAtParse } from '../../../shared/domain/occurred-at';
import { quickEntryKindKeys, quickEntryParse } from '../../../shared/domain/quick-entry';
import { manualEntryKinds, type EntryKind } from '../../../shared/domain/timeline-entry';
import { entryValidate } from '../../../shared/domain/timeline-rules';
import { useApp } from '../../app/session-context';
import { entryLog } from '../../db/timeline';
import { ErrorText } from '../../ui/ErrorText';

type ManualKind = Exclude<EntryKind, 'system'>;

export interface QuickEntryHandle {
  focus(): void;
}

export const QuickEntry = forwardRef<QuickEntryHandle, { incidentId: IncidentId }>(function QuickEntry(
  { incidentId },
  handle,
) {
  const { t } = useTranslation();
  const { session } = useApp();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ManualKind>('observation');
  const [when, setWhen] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const whenRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useImperativeHandle(handle, () => ({ focus: () => textRef.current?.focus() }), []);

  const parsed = quickEntryParse(text, kind);

  /**
   * Validates synchronously and clears the box at once, so the scribe can type the next entry while this
   * one is written. Nothing is dropped: a second Enter during a write starts its own write, and if storage
   * fails the text comes back into the box.
   */
  async function submit() {
    const now = Date.now();
    const occurredAt = occurredAtParse(when ?? '', now);
    if (!occurredAt.ok) {
      setError(occurredAt.error.code);
      whenRef.current?.focus();
      return;
    }
    const input = { kind: parsed.kind, text: parsed.text, occurredAt: occurredAt.value };
    const valid = entryValidate(input, now);
    if (!valid.ok) {
      setError(valid.error.code);
      return;
    }
    const typed = text;
    setText('');
    setWhen(null);
    setError(null);
    textRef.current?.focus();
    const result = await entryLog(session, incidentId, input);
    if (!result.ok) {
      setError(result.error.code);
      setText((current) => (current === '' ? typed : `${typed}\n${current}`));
    }
  }

  function openTime() {
    setWhen((w) => w ?? occurredAtFormat(new Date().toISOString()));
    requestAnimationFrame(() => whenRef.current?.select());
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
      return;
    }
    if (event.altKey && /^Digit[1-6]$/.test(event.code)) {
      event.preventDefault();
      setKind(quickEntryKindKeys[Number(event.code.slice(5)) - 1]!);
      return;
    }
    if (event.altKey && event.code === 'KeyT') {
      event.preventDefault();
      if (when === null) openTime();
      else setWhen(null);
    }
  }

  return (
    <form
      className="quick-entry"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className="quick-entry-row">
        <label className="kind-select">
          <span className="visually-hidden">{t('timeline.kind')}</span>
          <select
            aria-label={t('timeline.kind')}
            value={parsed.prefixed ? parsed.kind : kind}
            onChange={(e) => setKind(e.target.value as ManualKind)}
            className={`kind kind-${parsed.kind}`}
          >
            {manualEntryKinds.map((k, i) => (
              <option key={k} value={k}>
                {i + 1} · {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <textarea
          ref={textRef}
          aria-label={t('timeline.entryLabel')}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          placeholder={t('timeline.entryPlaceholder')}
          value={text}
          rows={2}
          onChange={(e) => setText(e.target.value)}
          autoFocus
        />
        <button type="submit" className="primary">
          {t('timeline.add')}
        </button>
      </div>
      <div className="quick-entry-row secondary">
        {when === null ? (
          <button type="button" className="link" onClick={openTime}>
            {t('timeline.occurredAt')}: {t('timeline.occurredAtNow')} · {t('timeline.setTime')}
          </button>
        ) : (
          <>
            <label>
              {t('timeline.occurredAt')}
              <input
                ref={whenRef}
                value={when}
                onChange={(e) => setWhen(e.target.value)}
                placeholder={t('timeline.timeFormat')}
                inputMode="numeric"
                size={18}
              />
            </label>
            <button type="button" className="link" onClick={() => setWhen(null)}>
              {t('timeline.useNow')}
            </button>
          </>
        )}
        <span className="hint">{t('timeline.hint')}</span>
      </div>
      <ErrorText code={error} id={errorId} />
    </form>
  );
});
