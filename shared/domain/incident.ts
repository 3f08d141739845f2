/**
 * An incident: one crisis (or exercise) the team works on. Phase and severity are editable, and every
 * change is also logged on the timeline as a system entry (see incident-rules.ts).
 */
import { z } from 'zod';
import type { IncidentId, MemberId } from './ids';
import { instantSchema, type Instant } from './time';

export const crisisTypes = [
  'fire',
  'outage',
  'cyber',
  'dataBreach',
  'accident',
  'productRecall',
  'environmental',
  'naturalDisaster',
  'violence',
  'reputation',
  'financial',
  'health',
  'other',
] as const;
export type CrisisType = (typeof crisisTypes)[number];

export const phases = ['detected', 'assessing', 'responding', 'recovering', 'closed'] as const;
export type Phase = (typeof phases)[number];

export const severities = [1, 2, 3, 4] as const;
export type Severity = (typeof severities)[number];

export const INCIDENT_TITLE_MAX = 200;

export const incidentSchema = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1).max(INCIDENT_TITLE_MAX),
  crisisType: z.enum(crisisTypes),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  phase: z.enum(phases),
  exercise: z.boolean(),
  openedAt: instantSchema,
  closedAt: instantSchema.nullable(),
  openedBy: z.uuid(),
});

export interface Incident {
  id: IncidentId;
  title: string;
  crisisType: CrisisType;
  /** 1 is the least severe, 4 the most. */
  severity: Severity;
  phase: Phase;
  /** Exercise data is marked everywhere it appears, so it is never mistaken for a real crisis. */
  exercise: boolean;
  openedAt: Instant;
  closedAt: Instant | null;
  openedBy: MemberId;
}

export type IncidentListFilter = 'open' | 'closed' | 'exercise';

/** Which list an incident belongs in. Exercises are listed apart from real incidents, open or closed. */
export function incidentMatchesFilter(incident: Incident, filter: IncidentListFilter): boolean {
  if (filter === 'exercise') return incident.exercise;
  if (incident.exercise) return false;
  return filter === 'closed' ? incident.phase === 'closed' : incident.phase !== 'closed';
}

export function phaseIndex(phase: Phase): number {
  return phases.indexOf(phase);
}
