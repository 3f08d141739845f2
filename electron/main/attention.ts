/**
 * The dock / taskbar badge and desktop notifications. The renderer reports counts (shared/ipc.ts,
 * `desktop:attention`); the badge shows unsynced changes plus open approval requests, and a rise in
 * approval requests or conflicts raises a notification unless the user switched them off.
 * Notifications carry counts only, never a statement's text or a person's name: the operating system
 * shows them on lock screens and keeps them in its notification centre.
 */
import type { AppLanguage, DesktopAttention } from '../../shared/ipc';
import { desktopText } from './desktop-text';

export type AttentionCounts = Required<DesktopAttention>;

export interface AttentionNotice {
  kind: 'approvals' | 'conflicts';
  title: string;
  body: string;
}

export function attentionBadge(counts: AttentionCounts): number {
  return counts.unsyncedChanges + counts.openApprovals;
}

/** What deserves a notification in going from `before` to `after`: only rises, never a drop. */
export function attentionNotices(
  before: AttentionCounts,
  after: AttentionCounts,
  language: AppLanguage,
): AttentionNotice[] {
  const notices: AttentionNotice[] = [];
  if (after.openApprovals > before.openApprovals) {
    notices.push({
      kind: 'approvals',
      title: desktopText(language, 'approvalsTitle'),
      body: desktopText(language, 'approvalsBody', { count: after.openApprovals }),
    });
  }
  if (after.conflicts > before.conflicts) {
    notices.push({
      kind: 'conflicts',
      title: desktopText(language, 'conflictsTitle'),
      body: desktopText(language, 'conflictsBody', { count: after.conflicts }),
    });
  }
  return notices;
}

/** The operating-system side, injected so the rules above run in tests without Electron. */
export interface AttentionOutput {
  badgeSet(count: number, description: string): void;
  notify(notice: AttentionNotice): void;
  notificationsEnabled(): boolean;
  language(): AppLanguage;
}

export class Attention {
  private counts: AttentionCounts = { unsyncedChanges: 0, openApprovals: 0, conflicts: 0 };
  /** The first report says how things stand at start-up: nothing has just happened, so no notification. */
  private reported = new Set<keyof AttentionCounts>();

  constructor(private readonly output: AttentionOutput) {}

  report(update: DesktopAttention): number {
    const before = { ...this.counts };
    for (const [key, value] of Object.entries(update) as [keyof AttentionCounts, number | undefined][]) {
      if (value === undefined) continue;
      if (!this.reported.has(key)) before[key] = value;
      this.reported.add(key);
      this.counts[key] = value;
    }
    const after = { ...this.counts };
    const badge = attentionBadge(after);
    const language = this.output.language();
    this.output.badgeSet(
      badge,
      desktopText(language, 'badgeDescription', {
        unsynced: after.unsyncedChanges,
        approvals: after.openApprovals,
      }),
    );
    if (this.output.notificationsEnabled()) {
      for (const notice of attentionNotices(before, after, language)) this.output.notify(notice);
    }
    return badge;
  }

  /** Re-applies the badge, e.g. after the language changed. */
  refresh(): void {
    this.report({});
  }
}
