import { describe, expect, it, vi } from 'vitest';
import {
  Attention,
  attentionBadge,
  attentionNotices,
  type AttentionOutput,
} from '../../../electron/main/attention';

const zero = { unsyncedChanges: 0, openApprovals: 0, conflicts: 0 };

function output(enabled = true) {
  return {
    badgeSet: vi.fn(),
    notify: vi.fn(),
    notificationsEnabled: vi.fn(() => enabled),
    language: vi.fn(() => 'en' as const),
  } satisfies AttentionOutput;
}

describe('attention rules', () => {
  it('badges unsynced changes plus open approval requests', () => {
    expect(attentionBadge({ unsyncedChanges: 3, openApprovals: 2, conflicts: 5 })).toBe(5);
  });

  it('notifies when approval requests or conflicts rise, never when they fall', () => {
    const rise = attentionNotices(zero, { ...zero, openApprovals: 2, conflicts: 1 }, 'en');
    expect(rise.map((notice) => notice.kind)).toEqual(['approvals', 'conflicts']);
    expect(rise[0]?.body).toBe('2 statement(s) waiting for approval');
    expect(attentionNotices({ ...zero, openApprovals: 2 }, zero, 'en')).toEqual([]);
    expect(attentionNotices(zero, { ...zero, unsyncedChanges: 40 }, 'en')).toEqual([]);
  });

  it('writes notifications in Dutch for a Dutch app', () => {
    const [notice] = attentionNotices(zero, { ...zero, conflicts: 1 }, 'nl');
    expect(notice?.title).toBe('Botsende wijzigingen');
  });
});

describe('Attention', () => {
  it('keeps counts reported separately and badges their sum', () => {
    const out = output();
    const attention = new Attention(out);
    expect(attention.report({ unsyncedChanges: 4 })).toBe(4);
    expect(attention.report({ openApprovals: 1 })).toBe(5);
    expect(out.badgeSet).toHaveBeenLastCalledWith(5, '4 unsynced change(s), 1 open approval request(s)');
  });

  it('does not notify about how things stood when the app started, only about what comes after', () => {
    const out = output();
    const attention = new Attention(out);
    attention.report({ openApprovals: 3, conflicts: 2 });
    expect(out.notify).not.toHaveBeenCalled();
    attention.report({ openApprovals: 4 });
    expect(out.notify).toHaveBeenCalledTimes(1);
    expect(out.notify.mock.calls[0]?.[0]).toMatchObject({ kind: 'approvals' });
  });

  it('raises no notification when they are switched off, but still badges', () => {
    const out = output(false);
    const attention = new Attention(out);
    attention.report({ conflicts: 0 });
    attention.report({ conflicts: 3 });
    expect(out.notify).not.toHaveBeenCalled();
    expect(out.badgeSet).toHaveBeenCalledTimes(2);
  });

  it('ignores fields reported as undefined', () => {
    const attention = new Attention(output());
    attention.report({ unsyncedChanges: 2 });
    expect(attention.report({ unsyncedChanges: undefined })).toBe(2);
  });
});
