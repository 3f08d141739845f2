/**
 * Placeholders in message templates: `{organisation}`, `{incident}`, `{time}`, `{date}`, `{phoneLine}`,
 * `{website}`. Filling a template replaces those the app knows; one without a value stays in the text and
 * is listed, so the writer sees what is still to fill in. Any other `{word}` is left alone, and so are the
 * `[…]` blanks that templates use for facts only the writer knows.
 */
import { DRAFT_TITLE_MAX, type DraftKind, type DraftLanguage } from './draft';
import type { MessageTemplateId } from './ids';
import type { MessageTemplate } from './message-template';
import type { Organisation } from './organisation';

export const placeholders = ['organisation', 'incident', 'time', 'date', 'phoneLine', 'website'] as const;
export type Placeholder = (typeof placeholders)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return (placeholders as readonly string[]).includes(name);
}

/** How a placeholder is written in a template: `{phoneLine}`. */
export function placeholderToken(placeholder: Placeholder): string {
  return `{${placeholder}}`;
}

export interface TemplateFilled {
  body: string;
  /** Known placeholders left in the text for want of a value, each once, in order of appearance. */
  missing: Placeholder[];
}

export function templateFill(body: string, values: PlaceholderValues): TemplateFilled {
  const missing = new Set<Placeholder>();
  const filled = body.replace(PLACEHOLDER, (token, name: string) => {
    if (!isPlaceholder(name)) return token;
    const value = values[name]?.trim();
    if (value) return value;
    missing.add(name);
    return token;
  });
  return { body: filled, missing: [...missing] };
}

/**
 * The values the app knows: the organisation's details (empty ones are left out, so they show as
 * missing), the incident's title, and the time ("14:05") and date ("24 November 2026", "24 november
 * 2026") in the draft's language, in `timeZone` or the device's own.
 */
export function placeholderValues(
  org: Organisation | undefined,
  incident: { title: string },
  now: Date,
  language: DraftLanguage,
  timeZone?: string,
): PlaceholderValues {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const values: PlaceholderValues = {
    incident: incident.title,
    time: new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }).format(now),
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(now),
  };
  for (const field of ['name', 'phoneLine', 'website'] as const) {
    const value = org?.[field].trim();
    if (value) values[field === 'name' ? 'organisation' : field] = value;
  }
  return values;
}

export interface DraftFromTemplate {
  kind: DraftKind;
  language: DraftLanguage;
  /** "Holding statement – general — Fire at the harbour warehouse", within DRAFT_TITLE_MAX. */
  title: string;
  body: string;
  missing: Placeholder[];
  templateId: MessageTemplateId;
}

/** What a new draft starts with when it is written from `template` for `incident`. */
export function draftFromTemplate(
  template: MessageTemplate,
  org: Organisation | undefined,
  incident: { title: string },
  now: Date,
  timeZone?: string,
): DraftFromTemplate {
  const { body, missing } = templateFill(
    template.body,
    placeholderValues(org, incident, now, template.language, timeZone),
  );
  const title = `${template.name} — ${incident.title}`.trim();
  return {
    kind: template.kind,
    language: template.language,
    title: title.length > DRAFT_TITLE_MAX ? `${title.slice(0, DRAFT_TITLE_MAX - 1).trimEnd()}…` : title,
    body,
    missing,
    templateId: template.id,
  };
}
