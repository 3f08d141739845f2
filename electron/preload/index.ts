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

const commandEvent: IpcEvent = 'desktop:command';

/**
 * Passes only the payload on: the IPC event object would hand the page `event.sender`, that is
 * ipcRenderer itself. The renderer validates the payload (desktopCommandSchema) before using it.
 */
function onDesktopCommand(listener: (command: unknown) => void): () => void {
  const forward = (_event: unknown, command: unknown): void => listener(command);
  ipcRenderer.on(commandEvent, forward);
  return () => {
    ipcRenderer.removeListener(commandEvent, forward);
  };
}

const api = {
  appInfo: () => invoke('app:info'),
  hubHost: (request) => invoke('hub:host', request),
  hubStatus: () => invoke('hub:status'),
  hubStop: () => invoke('hub:stop'),
  desktopAttention: (report) => invoke('desktop:attention', report),
  desktopLanguage: (language) => invoke('desktop:language', language),
  onDesktopCommand,
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(apiKey, api);
