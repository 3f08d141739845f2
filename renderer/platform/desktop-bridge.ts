/**
 * The renderer's side of the desktop shell. Menu commands arrive from main, are validated, and are
 * re-dispatched as a DOM `crisisroom:command` event that any feature can listen to with
 * `useDesktopCommand`; counts for the badge and notifications go the other way with
 * `useDesktopAttention`. In a browser both are quiet: there is no menu bar and no badge.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopCommandSchema, type DesktopAttention, type DesktopCommand } from '../../shared/ipc';
import { useApp } from '../app/session-context';
import { languageOf } from '../i18n';
import { useSyncStatus } from '../sync/SyncProvider';
import type { Platform } from './index';

export const DESKTOP_COMMAND_EVENT = 'crisisroom:command';

export interface DesktopCommandDetail {
  command: DesktopCommand;
}

/**
 * Forwards the menu's commands to `target` as `crisisroom:command` events; anything that is not a
 * known command is dropped. Returns the unsubscribe.
 */
export function desktopCommandsForward(platform: Platform, target: EventTarget): () => void {
  return platform.onCommand((value) => {
    const parsed = desktopCommandSchema.safeParse(value);
    if (!parsed.success) return;
    const detail: DesktopCommandDetail = { command: parsed.data };
    target.dispatchEvent(new CustomEvent(DESKTOP_COMMAND_EVENT, { detail }));
  });
}

/** Runs `handler` whenever the desktop menu (or its shortcut) sends `command`. */
export function useDesktopCommand(command: DesktopCommand, handler: () => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<DesktopCommandDetail>).detail?.command === command) handler();
    };
    window.addEventListener(DESKTOP_COMMAND_EVENT, listener);
    return () => window.removeEventListener(DESKTOP_COMMAND_EVENT, listener);
  }, [command, handler]);
}

/**
 * Tells the desktop shell the counts this component knows, whenever they change; report only what you
 * count (e.g. `{ openApprovals }`), main keeps the others. Silent in a browser.
 */
export function useDesktopAttention(report: DesktopAttention): void {
  const { platform } = useApp();
  const { unsyncedChanges, openApprovals, conflicts } = report;
  useEffect(() => {
    const known = Object.fromEntries(
      Object.entries({ unsyncedChanges, openApprovals, conflicts }).filter(([, v]) => v !== undefined),
    );
    if (Object.keys(known).length > 0) void platform.attentionReport(known);
  }, [platform, unsyncedChanges, openApprovals, conflicts]);
}

/**
 * Mounted once inside the sync provider: forwards menu commands, reports the sync engine's unsynced
 * changes and conflicts, and keeps the menus in the app's language.
 */
export function DesktopBridge(): null {
  const { platform } = useApp();
  const { i18n } = useTranslation();
  const status = useSyncStatus();
  const language = languageOf(i18n.language);

  useEffect(() => desktopCommandsForward(platform, window), [platform]);
  useEffect(() => {
    void platform.languageSet(language);
  }, [platform, language]);
  // Not in a team: nothing is waiting to sync, whatever the outbox holds.
  useDesktopAttention({ unsyncedChanges: status?.pending ?? 0, conflicts: status?.conflicts ?? 0 });
  return null;
}
