/**
 * Tells the desktop shell how many approval requests are open, for the dock or taskbar badge and the
 * "approval requested" notification (electron/main/attention.ts). Mounted once beside DesktopBridge, in
 * the desktop app only: a browser has no badge, so the drafts are not read for it.
 */
import { useApp } from '../../app/session-context';
import { useOpenApprovalRequests } from '../../db/draft-hooks';
import { useDesktopAttention } from '../../platform/desktop-bridge';

export function ApprovalAttention(): null {
  const { session } = useApp();
  useDesktopAttention({ openApprovals: useOpenApprovalRequests(session.db) });
  return null;
}
