import { describe, expect, it } from 'vitest';
import type { IncidentId, MemberId } from '../../../shared/domain/ids';
import { incidentMatchesFilter, type Incident } from '../../../shared/domain/incident';
import {
  elapsedLabel,
  incidentDraftValidate,
  phaseChange,
  severityChange,
  systemEventText,
} from '../../../shared/domain/incident-rules';

const incident: Incident = {
  id: '0190f5e2-0000-7000-8000-000000000001' as IncidentId,
  title: 'Warehouse fire',
  crisisType: 'fire',
  severity: 2,
  phase: 'detected',
  exercise: false,
  openedAt: '2026-11-24T08:00:00.000Z',
  closedAt: null,
  openedBy: '0190f5e2-0000-7000-8000-0000000000aa' as MemberId,
};

describe('incident drafts', () => {
  it('trims the title and refuses an empty or over-long one', () => {
    const base = { crisisType: 'fire', severity: 2, exercise: false } as const;
    expect(incidentDraftValidate({ ...base, title: '  Fire  ' })).toEqual({
      ok: true,
      value: { ...base, title: 'Fire' },
    });
    expect(incidentDraftValidate({ ...base, title: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'incident.titleEmpty' },
    });
    expect(incidentDraftValidate({ ...base, title: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'incident.titleTooLong' },
    });
  });
});

describe('phase changes', () => {
  it('yields the patch and a system event naming both phases', () => {
    const change = phaseChange(incident, 'assessing', '2026-11-24T09:00:00.000Z');
    expect(change).toEqual({
      ok: true,
      value: {
        patch: { phase: 'assessing' },
        event: { key: 'phaseChanged', values: { from: 'detected', to: 'assessing' } },
      },
    });
  });

  it('closing sets closedAt and reopening clears it', () => {
    const closed = phaseChange(incident, 'closed', '2026-11-24T20:00:00.000Z');
    expect(closed.ok && closed.value.patch).toEqual({
      phase: 'closed',
      closedAt: '2026-11-24T20:00:00.000Z',
    });
    const reopened = phaseChange(
      { ...incident, phase: 'closed', closedAt: '2026-11-24T20:00:00.000Z' },
      'responding',
      'x',
    );
    expect(reopened.ok && reopened.value.patch).toEqual({ phase: 'responding', closedAt: null });
  });

  it('refuses a change to the current phase or severity', () => {
    expect(phaseChange(incident, 'detected', 'x')).toMatchObject({
      ok: false,
      error: { code: 'incident.samePhase' },
    });
    expect(severityChange(incident, 2)).toMatchObject({
      ok: false,
      error: { code: 'incident.sameSeverity' },
    });
  });

  it('a severity change names old and new severity', () => {
    const change = severityChange(incident, 4);
    expect(change.ok && change.value.event.values).toEqual({ from: 2, to: 4 });
    expect(change.ok && systemEventText(change.value.event)).toBe('Severity changed from 2 to 4');
  });
});

describe('elapsed time', () => {
  const opened = Date.parse(incident.openedAt);
  it('counts hours past a day as T+hh:mm', () => {
    expect(elapsedLabel(incident, opened)).toBe('T+00:00');
    expect(elapsedLabel(incident, opened + 59_999)).toBe('T+00:00');
    expect(elapsedLabel(incident, opened + (3 * 60 + 7) * 60_000)).toBe('T+03:07');
    expect(elapsedLabel(incident, opened + (49 * 60 + 5) * 60_000)).toBe('T+49:05');
  });
  it('stops the clock when the incident is closed', () => {
    const closed = { ...incident, closedAt: '2026-11-24T10:30:00.000Z' };
    expect(elapsedLabel(closed, opened + 100 * 3_600_000)).toBe('T+02:30');
  });
});

describe('incident lists', () => {
  it('keeps exercises apart from real incidents', () => {
    expect(incidentMatchesFilter(incident, 'open')).toBe(true);
    expect(incidentMatchesFilter(incident, 'closed')).toBe(false);
    expect(incidentMatchesFilter({ ...incident, exercise: true }, 'open')).toBe(false);
    expect(incidentMatchesFilter({ ...incident, exercise: true }, 'exercise')).toBe(true);
    expect(incidentMatchesFilter({ ...incident, phase: 'closed' }, 'closed')).toBe(true);
    expect(incidentMatchesFilter({ ...incident, phase: 'closed' }, 'open')).toBe(false);
  });
});
