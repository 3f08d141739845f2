/**
 * What the renderers need to put a report in a reader's language and time zone, without shared/ knowing
 * i18next: the renderer builds a ReportTexts from its i18n instance (renderer/features/report). Labels are
 * the `reportDoc.*` keys; vocabulary (phases, roles, groups, kinds…) uses the app's own keys, so the
 * report calls things what the war room called them.
 */
import { isStandardRole } from '../domain/member';
import { isStandardGroup } from '../domain/stakeholder';
import type { Instant } from '../domain/time';
import type { TimelineEntry } from '../domain/timeline-entry';

export type ReportLanguage = 'en' | 'nl';

export interface ReportTexts {
  language: ReportLanguage;
  /** The IANA time zone every time is shown in (e.g. Europe/Amsterdam); the report names it. */
  timeZone: string;
  /** The text for a key, with `{{name}}` values filled in (and `count` choosing the plural). */
  t(key: string, values?: Record<string, string | number>): string;
  /** An entry's text in this language: system entries are rendered from their event. */
  entryText(entry: TimelineEntry): string;
}

/** Formatting in the report's language and time zone; made once per rendering (Intl formats are costly). */
export interface ReportFormat {
  texts: ReportTexts;
  t: ReportTexts['t'];
  /** Date and time in the report's zone, e.g. 24-11-2026 14:05; `ifNull` for a missing time. */
  time(instant: Instant | null, ifNull?: string): string;
  /** The day, written out: Tuesday 24 November 2026. */
  day(instant: Instant): string;
  /** Sortable local time for spreadsheets: 2026-11-24 14:05. */
  sortableTime(instant: Instant | null): string;
  /** A duration as people read it: 45 s, 12 min, 3 h 05 min, 2 d 4 h 10 min. */
  duration(ms: number | null, ifNull?: string): string;
  role(role: string): string;
  group(group: string): string;
  /** The text for a missing value ("unknown"). */
  unknown: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function reportFormat(texts: ReportTexts): ReportFormat {
  const locale = texts.language === 'nl' ? 'nl-NL' : 'en-GB';
  const options: Intl.DateTimeFormatOptions = {
    timeZone: texts.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  };
  const display = new Intl.DateTimeFormat(locale, options);
  const sortable = new Intl.DateTimeFormat('en-CA', options);
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: texts.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const t = texts.t;
  const unknown = t('reportDoc.unknown');
  return {
    texts,
    t,
    unknown,
    time: (instant, ifNull = unknown) =>
      instant === null ? ifNull : display.format(Date.parse(instant)).replace(',', ''),
    day: (instant) => day.format(Date.parse(instant)),
    sortableTime: (instant) => {
      if (instant === null) return '';
      const p = Object.fromEntries(sortable.formatToParts(Date.parse(instant)).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    },
    duration: (ms, ifNull = unknown) => {
      if (ms === null) return ifNull;
      const sign = ms < 0 ? '−' : '';
      const abs = Math.abs(ms);
      if (abs < MINUTE) return sign + t('reportDoc.duration.seconds', { s: Math.floor(abs / 1000) });
      const d = Math.floor(abs / DAY);
      const h = Math.floor((abs % DAY) / HOUR);
      const m = String(Math.floor((abs % HOUR) / MINUTE));
      if (abs < HOUR) return sign + t('reportDoc.duration.minutes', { m });
      if (abs < DAY) return sign + t('reportDoc.duration.hours', { h, m: m.padStart(2, '0') });
      return sign + t('reportDoc.duration.days', { d, h, m: m.padStart(2, '0') });
    },
    role: (role) => (isStandardRole(role) ? t(`roles.${role}`) : role),
    group: (group) => (isStandardGroup(group) ? t(`groups.${group}`) : group),
  };
}
