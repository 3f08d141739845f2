/**
 * How a draft's text fits one channel, live while the team types: the length as the channel counts it
 * against its hard limit, a warning in words when it is over, SMS parts and encoding, and advice.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/domain/channel';
import { channelFit, NEAR_LIMIT_SHARE, SMS_MAX_SEGMENTS } from '../../../shared/domain/channel-fit';

interface Props {
  kind: ChannelKind;
  /** The channel as the team calls it ("X (corporate account)"). */
  channelName: string;
  body: string;
}

export function ChannelFitMeter({ kind, channelName, body }: Props) {
  const { t } = useTranslation();
  // Typing stays fast on long texts: the count may trail a keystroke behind.
  const text = useDeferredValue(body);
  const fit = useMemo(() => channelFit(kind, text), [kind, text]);
  const { length, limit, over, sms, hints } = fit;
  const channel = channelName;

  return (
    <section
      className={`fit-meter${over ? ' fit-over' : ''}`}
      aria-label={t('fit.label', { channel })}
      data-kind={kind}
    >
      <div className="fit-head">
        <span className="fit-channel">{channelName}</span>
        <span className="fit-count">
          {limit === null ? t('fit.counterNoLimit', { length }) : t('fit.counter', { length, limit })}
        </span>
      </div>
      {limit !== null && (
        <meter
          aria-label={t('fit.meter', { channel })}
          min={0}
          max={limit}
          low={NEAR_LIMIT_SHARE * limit}
          high={limit}
          optimum={0}
          value={Math.min(length, limit)}
        />
      )}
      {over && (
        <p role="alert" className="error fit-over-text">
          <span aria-hidden="true">⚠ </span>
          {sms
            ? t('fit.overSms', { segments: sms.segments, max: SMS_MAX_SEGMENTS })
            : t('fit.over', { n: length - limit!, channel })}
        </p>
      )}
      {sms && sms.segments > 0 && (
        <p className="fit-sms">
          {t('fit.sms', { count: sms.segments, encoding: sms.encoding, perSegment: sms.perSegment })}
        </p>
      )}
      {hints.length > 0 && (
        <ul className="fit-hints" aria-label={t('fit.hintsLabel', { channel })}>
          {hints.map((hint) => (
            <li key={hint.key}>{t(`fit.hints.${hint.key}`, hint.values ?? {})}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
