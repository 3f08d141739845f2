/** Instants are ISO 8601 strings in UTC (`…Z`), so they compare correctly as strings and survive JSON. */
import { z } from 'zod';

export type Instant = string;

export const instantSchema = z.iso.datetime({ offset: false });

export function instantFrom(date: Date): Instant {
  return date.toISOString();
}

export function instantToMs(instant: Instant): number {
  return Date.parse(instant);
}
