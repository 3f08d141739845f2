/** Date and time formatting in the UI language, in the device's time zone. */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format)
    cache.set(key, (format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', options)));
  return format;
}

export function timeFormat(instant: string, language: string): string {
  return formatter(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

export function dateTimeFormat(instant: string, language: string): string {
  return formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

export function dayFormat(ms: number, language: string): string {
  return formatter(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
}

/** A waiting time as the war room reads it: "4 min", "1 h 05 min" (the same in Dutch and English). */
export function durationFormat(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A calendar date (`YYYY-MM-DD`, a due date): the same day wherever it is read. */
export function dateFormat(date: string, language: string): string {
  return formatter(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}
