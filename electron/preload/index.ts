/**
 * The narrow bridge between the sandboxed renderer and main: named functions on `window.crisisRoom`,
 * each bound to one channel of the contract in shared/ipc.ts. The renderer never sees ipcRenderer, so
 * it can call nothing that is not listed here.
 */
import { contextBridge, ipcRenderer } from 'electron';
// Type-only: shared/ipc.ts also holds the zod schemas, and a sandboxed preload can require nothing
// but 'electron' at run time. The key's literal type keeps the string below in step with the contract.
import type {
  DESKTOP_API_KEY,
  DesktopApi,
  IpcChannel,
  IpcEvent,
  IpcRequest,
  IpcResult,
} from '../../shared/ipc';

const apiKey: typeof DESKTOP_API_KEY = 'crisisRoom';

/** Typed so that a channel name or argument list that is not in the contract fails to compile. */
function invoke<C extends IpcChannel>(channel: C, ...args: IpcRequest<C>): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>;
}

/**
 * Subscribes `listener` to one main → renderer event, passing only the payload on: the IPC event object
 * would hand the page `event.sender`, that is ipcRenderer itself. The renderer validates the payload
 * (with the event's schema in shared/ipc.ts) before using it. Returns the unsubscribe.
 */
function subscribe(event: IpcEvent, listener: (payload: unknown) => void): () => void {
  const forward = (_event: unknown, payload: unknown): void => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

const archiveEvent: IpcEvent = 'archive:open';
/** Enough for a few files double-clicked at once; each can be large, so not more. */
const ARCHIVES_WAITING_MAX = 3;
const archiveListeners = new Set<(file: unknown) => void>();
const archivesWaiting: unknown[] = [];

// An archive double-clicked to start the app arrives as soon as the page has loaded, which can be
// before the part of the UI that imports it has subscribed: it waits here for the first listener.
ipcRenderer.on(archiveEvent, (_event: unknown, file: unknown) => {
  if (archiveListeners.size === 0) {
    archivesWaiting.push(file);
    if (archivesWaiting.length > ARCHIVES_WAITING_MAX) archivesWaiting.shift();
    return;
  }
  for (const listener of archiveListeners) listener(file);
});

function onArchiveOpen(listener: (file: unknown) => void): () => void {
  archiveListeners.add(listener);
  for (const file of archivesWaiting.splice(0)) listener(file);
  return () => {
    archiveListeners.delete(listener);
  };
}

const api = {
  appInfo: () => invoke('app:info'),
  hubHost: (request) => invoke('hub:host', request),
  hubStatus: () => invoke('hub:status'),
  hubStop: () => invoke('hub:stop'),
  desktopAttention: (report) => invoke('desktop:attention', report),
  desktopLanguage: (language) => invoke('desktop:language', language),
  desktopNotifications: (request) => invoke('desktop:notifications', request),
  onDesktopCommand: (listener) => subscribe('desktop:command', listener),
  fileSave: (request) => invoke('file:save', request),
  reportPdf: (request) => invoke('report:pdf', request),
  fileOpen: (request) => invoke('file:open', request),
  backupWrite: (request) => invoke('backup:write', request),
  backupList: () => invoke('backup:list'),
  backupRead: (request) => invoke('backup:read', request),
  backupReveal: () => invoke('backup:reveal'),
  onBackupRequest: (listener) => subscribe('backup:request', listener),
  onArchiveOpen,
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(apiKey, api);
